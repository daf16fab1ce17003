/** Comparison key for names typed by people: case, accents' composition and spacing do not count. */
export function normalizeName(name: string): string {
  // toLowerCase, not toLocaleLowerCase('nb'): Norwegian has no special case rules (only Turkish,
  // Azeri and Lithuanian do), and the locale-aware call is several times slower on large imports.
  return name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Words of a name, split on anything that is not a letter or digit (æøå included). */
export function nameWords(name: string): string[] {
  return normalizeName(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
