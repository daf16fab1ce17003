/** What a gap suggestion does to the document: one undoable step each. */
import type { GapSuggestion } from '../../analysis/gap';
import { addCollaboration } from '../../domain/commands';
import { edit } from '../../state/documentStore';

/** Adds the school – actor collaboration a "connect" gap suggestion proposes, as an idea. */
export function connectAsIdea(focalId: string, s: GapSuggestion): string | null {
  const actorId = s.actorIds[0];
  if (s.action !== 'connect' || !actorId) return null;
  let id: string | null = null;
  edit((doc, meta) => {
    const added = addCollaboration(
      doc,
      { sourceId: focalId, targetId: actorId, status: 'idea', strength: 1, purposeIds: [] },
      meta,
    );
    if (!added) return doc;
    id = added.collaboration.id;
    return added.doc;
  });
  return id;
}
