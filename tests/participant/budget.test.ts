import { describe, expect, it } from 'vitest';
import { readConfig } from '../../server/config';
import { createBudget, ENTRIES_PER_MINUTE } from '../../src/participant/budget';

describe('the entry budget', () => {
  it('matches the server’s default of 30 entries a minute', () => {
    expect(ENTRIES_PER_MINUTE).toBe(30);
    expect(readConfig({}).participantEntriesPerMinute).toBe(ENTRIES_PER_MINUTE);
  });

  it('takes 30 at once, then refills half an entry a second', () => {
    const b = createBudget(30);
    const t0 = 1_000_000;
    expect(b.allows(30, 0, t0)).toBe(true);
    b.spend(30, t0);
    expect(b.allows(1, 0, t0 + 1000)).toBe(false);
    expect(b.allows(1, 0, t0 + 2000)).toBe(true);
    expect(b.allows(10, 0, t0 + 20_000)).toBe(true);
    expect(b.allows(11, 0, t0 + 20_000)).toBe(false);
    expect(b.allows(30, 0, t0 + 60_000)).toBe(true);
  });

  it('never lets the unsent queue outgrow what the server takes at once', () => {
    const b = createBudget(30);
    expect(b.allows(3, 27, 1)).toBe(true);
    expect(b.allows(4, 27, 1)).toBe(false);
  });
});
