import { sequentialIds } from '../../src/domain/ids';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('sequentialIds', () => {
  it('makes UUID v7 ids that sort in the order they were made, past every counter boundary', () => {
    const next = sequentialIds(Date.UTC(2026, 10, 26));
    const ids = Array.from({ length: 70_000 }, next);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(UUID_V7);
    expect([...ids].sort()).toEqual(ids);
    // The time leads, in milliseconds since 1970.
    expect(ids[0]?.replace('-', '').slice(0, 12)).toBe(
      Date.UTC(2026, 10, 26).toString(16).padStart(12, '0'),
    );
  });

  it('keeps the order across the 16- and 30-bit carries of its counter', () => {
    for (const carry of [2 ** 16, 2 ** 30]) {
      const next = sequentialIds(1, carry - 2);
      const ids = [next(), next(), next(), next()];
      expect([...ids].sort()).toEqual(ids);
      expect(new Set(ids).size).toBe(4);
      for (const id of ids) expect(id).toMatch(UUID_V7);
    }
  });

  it('two imports in the same millisecond still get different ids', () => {
    const a = sequentialIds(1000)();
    const b = sequentialIds(1000)();
    expect(a).not.toBe(b);
  });
});
