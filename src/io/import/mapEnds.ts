/**
 * Link ends a file's actors table lacks (`MapEnd`), against the map they are merged into: by id,
 * then with the matching actors get (name, definite form, the culture school's short name). A name
 * that fits several actors becomes a new actor with a warning, as an actor row would. A new map
 * refuses them: there only the file counts.
 */
import { homeName } from '../../domain/homePlace';
import { CUSTOM_TYPE_REF, guessType } from '../../domain/template';
import type { MapDocument, Template } from '../../domain/types';
import { fail } from './failure';
import type { NameIndex } from './match';
import type { ImportProblem, IncomingActor, MapEnd, MatchReport } from './types';

export interface ResolvedEnds {
  /** End key → id of the map's actor. */
  ids: Map<string, string>;
  found: MatchReport[];
  /** Ends that fit several actors: added as new actors, under the end's key. */
  added: IncomingActor[];
}

export function resolveMapEnds(
  ends: readonly MapEnd[],
  target: MapDocument | null,
  index: NameIndex,
  template: Template,
  warn: (p: ImportProblem) => void,
): ResolvedEnds {
  const out: ResolvedEnds = { ids: new Map(), found: [], added: [] };
  for (const end of ends) {
    const where = { ...end.origin, field: end.field, value: end.name };
    if (!target) return fail({ code: 'missing-node', ...where });
    const match = Object.hasOwn(target.actors, end.name)
      ? ({ id: end.name, by: 'id' } as const)
      : index.find(end.name, undefined);
    if (match && 'id' in match) {
      const existing = Object.hasOwn(target.actors, match.id) ? target.actors[match.id] : null;
      if (!existing) return fail({ code: 'missing-actor', ...where });
      out.ids.set(end.key, match.id);
      out.found.push({
        incoming: end.name,
        existing: existing.name,
        existingId: match.id,
        by: match.by,
      });
    } else if (match) {
      warn({ code: 'ambiguous-match', ...where });
      out.added.push({
        key: end.key,
        sourceId: null,
        name: end.name,
        origin: end.origin,
        fromLink: true,
        ...(guessType(template, end.name, homeName(target, template)) ?? CUSTOM_TYPE_REF),
        typeGuessed: true,
      });
    } else {
      // The map lost the actor since the files were read.
      fail({ code: 'missing-actor', ...where });
    }
  }
  return out;
}
