/** Comparison key for names typed by people: case, accents' composition and spacing do not count. */
export function normalizeName(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('nb').replace(/\s+/g, ' ').trim();
}

/** Words of a name, split on anything that is not a letter or digit (æøå included). */
export function nameWords(name: string): string[] {
  return normalizeName(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
