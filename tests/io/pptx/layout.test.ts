import fc from 'fast-check';
import {
  clean,
  columnWidths,
  estimateLines,
  fitImage,
  fitRows,
  fitText,
  moreText,
  oneLine,
  textHeight,
  truncate,
} from '../../../src/io/pptx/layout';

describe('pptx text helpers', () => {
  it('removes characters XML 1.0 forbids and keeps the rest', () => {
    expect(clean('a\u0000b\u0008c\u000Bd\uFFFEe\uD800f\uDC00g')).toBe('abcdefg');
    expect(clean('tab\there\nline\r æøå 🎻')).toBe('tab\there\nline\r æøå 🎻');
    expect(clean(undefined)).toBe('');
  });

  it('puts titles on one line', () => {
    expect(oneLine('  Kart\n\tfor   Ørsta \r\n')).toBe('Kart for Ørsta');
  });

  it('truncates by code point with an ellipsis', () => {
    expect(truncate('kort', 10)).toBe('kort');
    expect(truncate('abcdefghij', 5)).toBe('abcd…');
    expect(truncate('🎻🎻🎻🎻', 3)).toBe('🎻🎻…');
    expect(truncate('ord  ord ord', 6)).toBe('ord…');
  });

  it('replaces {{count}}', () => {
    expect(moreText('… og {{count}} til', 28)).toBe('… og 28 til');
    expect(moreText('… and {{ count }} more', 3)).toBe('… and 3 more');
  });

  it('estimates word-wrapped lines', () => {
    expect(estimateLines('', 5, 12)).toBe(1);
    expect(estimateLines('a b c', 5, 12)).toBe(1);
    expect(estimateLines('x'.repeat(200), 1, 12)).toBeGreaterThan(10);
    expect(estimateLines('en\nto\ntre', 5, 12)).toBe(3);
  });
});

describe('pptx fitting', () => {
  it('keeps the largest size that fits, shrinks longer text', () => {
    expect(fitText('Kort tittel', 12, 0.85, 28, 16).pt).toBe(28);
    const long = fitText('Et langt kartnavn '.repeat(8), 12, 0.85, 28, 16);
    expect(long.pt).toBeLessThan(28);
    expect(long.pt).toBeGreaterThanOrEqual(16);
  });

  it('always returns text that fits its box', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 600 }),
        fc.double({ min: 1, max: 12, noNaN: true }),
        fc.double({ min: 0.4, max: 6, noNaN: true }),
        fc.boolean(),
        (text, w, h, bold) => {
          const fitted = fitText(text, w, h, 28, 12, bold);
          expect(fitted.pt).toBeGreaterThanOrEqual(12);
          expect(textHeight(fitted.text, w, fitted.pt, bold)).toBeLessThanOrEqual(Math.max(h, 0.2));
        },
      ),
    );
  });

  it('fits a picture inside its area, keeping the aspect ratio', () => {
    const area = { x: 0.5, y: 1.3, w: 12.333, h: 5.65 };
    const wide = fitImage(4000, 300, area);
    expect(wide.w).toBeCloseTo(area.w);
    expect(wide.w / wide.h).toBeCloseTo(4000 / 300);
    const tall = fitImage(300, 2000, area);
    expect(tall.h).toBeCloseTo(area.h);
    expect(tall.x).toBeGreaterThan(area.x);
    expect(tall.x + tall.w).toBeLessThanOrEqual(area.x + area.w);
    const fallback = fitImage(0, Number.NaN, area);
    expect(fallback.x).toBeCloseTo(area.x);
    expect(fallback.w).toBeCloseTo(area.w);
    expect(fallback.h).toBeCloseTo(area.h);
  });

  it('gives columns their longest word and sums to the table width', () => {
    const rows = [['Skole og barnehage', 'Aktørtype med et langt navn her', 'Mangler']];
    const widths = columnWidths(['Sektor', 'Type', 'Status'], rows, 5.9, 11, 0.08);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(5.9);
    expect(widths[2]).toBeGreaterThan(0.7); // "Mangler" on one line
    expect(widths[1]).toBeGreaterThan(widths[2] ?? 0);
  });

  it('caps rows by count and height, keeping room for the "more" line', () => {
    const header = ['Sektor', 'Type', 'Status'];
    const widths = [2, 2.5, 1.4];
    const rows = Array.from({ length: 40 }, (_, i) => ['Kultur', `Type ${i}`, 'Svak']);
    expect(fitRows(header, rows.slice(0, 5), widths, 11, 0.04, 0.08, 5, 12)).toEqual({
      rows: rows.slice(0, 5),
      cut: 0,
    });
    const capped = fitRows(header, rows, widths, 11, 0.04, 0.08, 5, 12);
    expect(capped.rows).toHaveLength(12);
    expect(capped.cut).toBe(28);
    const low = fitRows(header, rows, widths, 11, 0.04, 0.08, 1.5, 12);
    expect(low.rows.length).toBeLessThan(5);
    expect(low.rows.length + low.cut).toBe(40);
  });
});
