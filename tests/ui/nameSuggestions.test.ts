import { describe, expect, it } from 'vitest';
import { nameSuggestions, SUGGESTIONS } from '../../src/ui/common/nameSuggestions';

const actors = (names: string[]) => names.map((name, i) => ({ id: `a${i}`, name }));

describe('name suggestions', () => {
  it('offers nothing until something is typed', () => {
    expect(nameSuggestions(actors(['Biblioteket', 'Bygdekoret']), '  ')).toEqual([]);
  });

  it('puts the exact name first, then names that start with it, then names holding it', () => {
    const found = nameSuggestions(
      actors(['Folkebiblioteket', 'Bibliotekaren', 'bibliotek', 'Skolebibliotek', 'NAV']),
      'Bibliotek',
    ).map((a) => a.name);
    expect(found).toEqual(['bibliotek', 'Bibliotekaren', 'Folkebiblioteket', 'Skolebibliotek']);
  });

  it('orders each group the Norwegian way, æ, ø and å after z', () => {
    const found = nameSuggestions(actors(['Å-koret', 'Ø-koret', 'Z-koret', 'A-koret']), 'koret');
    expect(found.map((a) => a.name)).toEqual(['A-koret', 'Z-koret', 'Ø-koret', 'Å-koret']);
  });

  it('ignores case and spacing, and offers at most a handful of a big map', () => {
    const many = actors(Array.from({ length: 20_000 }, (_, i) => `Nordskole ${i}`));
    const found = nameSuggestions(many, '  NORDSKOLE   19999 ');
    expect(found.map((a) => a.name)).toEqual(['Nordskole 19999']);
    expect(nameSuggestions(many, 'nordskole')).toHaveLength(SUGGESTIONS);
  });
});
