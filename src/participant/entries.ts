import type { EditMeta } from '../domain/ids';
import { parseQuickAdd } from '../domain/quickAdd';
import { applyQuickAdd } from '../domain/quickAddCommand';
import type { Actor, Collaboration, MapDocument, Template } from '../domain/types';

/** The longest nickname the server takes (`NICKNAME_MAX` in src/schema/schemas.ts). */
export const NICKNAME_MAX = 40;
/** An actor's name, as the schema caps it (LIMITS.shortText). */
export const NAME_MAX = 300;

/** Who writes: the owner value of the phone's id, and the nickname if one was given. */
export interface Author {
  owner: string;
  nickname: string;
}

export const cleanNickname = (nickname: string): string =>
  nickname.replace(/\s+/g, ' ').trim().slice(0, NICKNAME_MAX).trim();

/** Stamps a record with its author, as the server requires of a participant's records. */
function stamp<T extends Actor | Collaboration>(record: T, author: Author): T {
  const name = cleanNickname(author.nickname);
  return { ...record, addedBy: author.owner, ...(name ? { addedByName: name } : {}) };
}

export type Entry =
  | { ok: true; actors: Actor[]; collaborations: Collaboration[] }
  | { ok: false; problem: 'empty' | 'too-long' | 'nothing-new' };

/**
 * What the phone writes for a line typed in the name box: the workshop's own quick add
 * (`applyQuickAdd`), so names are parsed, types guessed and existing actors reused as on the
 * leader's screen. Only the new actors and collaborations are kept, stamped with the author; the
 * map record is the leader's, so its touched `updatedAt` is left out.
 */
export function buildEntry(
  doc: MapDocument,
  text: string,
  template: Template,
  author: Author,
  meta: EditMeta,
): Entry {
  const parsed = parseQuickAdd(text);
  if (parsed.kind === 'empty') return { ok: false, problem: 'empty' };
  const names = parsed.kind === 'actor' ? [parsed.name] : parsed.names;
  if (
    names.some((n) => n.length > NAME_MAX) ||
    (parsed.kind === 'link' && parsed.label.length > NAME_MAX)
  )
    return { ok: false, problem: 'too-long' };
  const outcome = applyQuickAdd(doc, parsed, template, meta);
  const actors = outcome.addedActorIds.flatMap((id) => {
    const a = outcome.doc.actors[id];
    return a ? [stamp(a, author)] : [];
  });
  const collaborations = outcome.addedCollaborationIds.flatMap((id) => {
    const c = outcome.doc.collaborations[id];
    return c ? [stamp(c, author)] : [];
  });
  if (actors.length + collaborations.length === 0) return { ok: false, problem: 'nothing-new' };
  return { ok: true, actors, collaborations };
}
