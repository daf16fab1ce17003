/** Pasted names: from a spreadsheet column, a document list or plain lines. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { namesFromPaste } from '../../../src/io/import';
import { LIMITS } from '../../../src/schema';

describe('namesFromPaste', () => {
  it('takes the first cell of each line, trims, drops blanks and duplicates', () => {
    const text =
      '\uFEFFBiblioteket\tKultur\r\n\r\n  NAV  \t\r\n"Kari ""K"" Hansen"\tx\r\nbiblioteket\r\nÅs   skole\n';
    expect(namesFromPaste(text)).toEqual(['Biblioteket', 'NAV', 'Kari "K" Hansen', 'Ås skole']);
  });

  it('reads quoted cells with line breaks as one name, and list bullets as nothing', () => {
    expect(
      namesFromPaste(
        '"Kor\nog korps"\tA\n• Frivilligsentralen\n- Ungdomsklubben\n17. mai-komiteen',
      ),
    ).toEqual(['Kor og korps', 'Frivilligsentralen', 'Ungdomsklubben', '17. mai-komiteen']);
  });

  it('survives a stray quote in plain text', () => {
    expect(namesFromPaste('"Glogerfestspillene\nSangskattekista\n')).toEqual([
      '"Glogerfestspillene',
      'Sangskattekista',
    ]);
  });

  it('caps the number of names and their length', () => {
    expect(namesFromPaste('a\nb\nc\nd', 2)).toEqual(['a', 'b']);
    expect(namesFromPaste('x'.repeat(LIMITS.shortText + 50))[0]).toHaveLength(LIMITS.shortText);
  });

  it('always gives trimmed, non-empty, distinct names (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const names = namesFromPaste(text);
        for (const n of names) {
          expect(n).toBe(n.trim());
          expect(n.length).toBeGreaterThan(0);
          expect(n.length).toBeLessThanOrEqual(LIMITS.shortText);
        }
        expect(new Set(names.map((n) => n.toLocaleLowerCase('nb'))).size).toBe(names.length);
      }),
      { numRuns: 200 },
    );
  });
});
