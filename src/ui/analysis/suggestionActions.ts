/** What a gap suggestion does to the document: one undoable step each. */
import type { GapSuggestion } from '../../analysis/gap';
import { addCollaboration } from '../../domain/commands';
import { edit } from '../../state/documentStore';

/** Adds the school – actor collaboration a "connect" gap suggestion proposes, as an idea. */
export function connectAsIdea(focalId: string, s: GapSuggestion): string | null {
  const actorId = s.actorIds[0];
  if (s.action !== 'connect' || !actorId) return null;
  const added = edit((doc, meta) =>
    addCollaboration(
      doc,
      { sourceId: focalId, targetId: actorId, status: 'idea', strength: 1, purposeIds: [] },
      meta,
    ),
  );
  return added?.collaboration.id ?? null;
}
