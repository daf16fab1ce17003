/**
 * The phone's side of the server's entry limit (SAMSPILL_PARTICIPANT_ENTRIES_PER_MINUTE, 30): a
 * token bucket like the server's, so the person is asked to slow down before the server closes
 * the connection, and a queue built up offline never outgrows what the server takes at once
 * (it would be refused whole every time).
 */
export const ENTRIES_PER_MINUTE = 30;

export interface Budget {
  /** Whether `n` more records may be written now, with `waiting` not yet sent. */
  allows(n: number, waiting: number, now?: number): boolean;
  spend(n: number, now?: number): void;
}

export function createBudget(perMinute = ENTRIES_PER_MINUTE): Budget {
  let tokens = perMinute;
  let at = 0;
  const refill = (now: number) => {
    if (at) tokens = Math.min(perMinute, tokens + ((now - at) / 60_000) * perMinute);
    at = now;
  };
  return {
    allows(n, waiting, now = Date.now()) {
      refill(now);
      return n <= tokens && waiting + n <= perMinute;
    },
    spend(n, now = Date.now()) {
      refill(now);
      tokens = Math.max(0, tokens - n);
    },
  };
}
