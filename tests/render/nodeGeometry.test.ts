import { describe, expect, it } from 'vitest';
import { labelFont, type Measure, nodeBox, wrapLines } from '../../src/render/nodeGeometry';

/** 7 px a character, counting calls. */
function counting(): { measure: Measure; calls: () => number } {
  let calls = 0;
  return {
    measure: (text) => {
      calls++;
      return text.length * 7;
    },
    calls: () => calls,
  };
}

describe('label wrapping', () => {
  it('measures a name that fits on one line once, with its spacing tidied', () => {
    const { measure, calls } = counting();
    expect(wrapLines('  Vest   bibliotek ', 140, labelFont(false), measure)).toEqual([
      'Vest bibliotek',
    ]);
    expect(calls()).toBe(1);
  });

  it('wraps a longer name word by word, as before', () => {
    const { measure } = counting();
    const lines = wrapLines('Kulturskolen i Nordre Follo kommune', 100, labelFont(false), measure);
    expect(lines).toEqual(['Kulturskolen i', 'Nordre Follo', 'kommune']);
    for (const l of lines) expect(l.length * 7).toBeLessThanOrEqual(100);
  });
});

describe('node boxes', () => {
  it('works a box out once per name, size and scale, and again for another', () => {
    const { measure, calls } = counting();
    const a = nodeBox('Barnehagen Solsikken', 20, false, measure);
    const used = calls();
    expect(nodeBox('Barnehagen Solsikken', 20, false, measure)).toBe(a);
    expect(calls()).toBe(used);
    const larger = nodeBox('Barnehagen Solsikken', 20, false, measure, 2);
    expect(larger.labelH).toBeGreaterThan(a.labelH);
    expect(nodeBox('Barnehagen Solsikken', 30, false, measure).w).toBeGreaterThanOrEqual(a.w);
    expect(nodeBox('Barnehagen Solsikken', 20, false, counting().measure)).not.toBe(a);
  });
});
