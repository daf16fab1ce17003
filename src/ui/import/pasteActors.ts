/** A pasted column of names → actors with guessed types, as one undoable edit. */
import { addActor } from '../../domain/commands';
import { homeName } from '../../domain/homePlace';
import { normalizeName } from '../../domain/names';
import { CUSTOM_TYPE_REF, guessType } from '../../domain/template';
import type { Template } from '../../domain/types';
import { edit } from '../../state/documentStore';

/** Two or more non-blank lines: a list to add, not one name to type. */
export const isMultiLine = (text: string): boolean =>
  text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '').length > 1;

/** Adds the names the map does not have yet (same name ignoring case and spacing). */
export function addPastedActors(
  names: readonly string[],
  template: Template,
): { added: number; existing: number } {
  let added = 0;
  let existing = 0;
  edit((doc, meta) => {
    const taken = new Set(Object.values(doc.actors).map((a) => normalizeName(a.name)));
    let next = doc;
    for (const name of names) {
      const key = normalizeName(name);
      if (taken.has(key)) {
        existing++;
        continue;
      }
      taken.add(key);
      const ref = guessType(template, name, homeName(next, template)) ?? CUSTOM_TYPE_REF;
      next = addActor(next, { name, ...ref }, meta).doc;
      added++;
    }
    return next;
  });
  return { added, existing };
}
