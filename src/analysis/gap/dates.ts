/**
 * Calendar arithmetic on YYYY-MM-DD strings, with no time zones: "today" is a plain date input.
 *
 * The 12-month rule (6 for stalled ideas): a date is stale when it is strictly before the cutoff,
 * today minus 12 calendar months (same day of month, clamped to the month's last day: 2024-02-29 →
 * 2023-02-28). A date exactly 12 months ago is not stale; one day earlier is.
 */
export interface YMD {
  y: number;
  m: number;
  d: number;
}

/** Digits at [from, from + count) of s as a number, or -1 (char codes: no regex, no allocation). */
function digits(s: string, from: number, count: number): number {
  let v = 0;
  for (let i = from; i < from + count; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** The date part (YYYY-MM-DD) of a date or ISO date-time, or null when there is none. */
export function datePart(s: string | null | undefined): string | null {
  if (!s || s.length < 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return null;
  const m = digits(s, 5, 2);
  const d = digits(s, 8, 2);
  if (digits(s, 0, 4) < 0 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  if (s.length > 10 && s.charCodeAt(10) !== 84 && s.charCodeAt(10) !== 32) return null; // T or space
  return s.length === 10 ? s : s.slice(0, 10);
}

export function parseDate(s: string | null | undefined): YMD | null {
  const part = datePart(s);
  if (part === null) return null;
  return { y: digits(part, 0, 4), m: digits(part, 5, 2), d: digits(part, 8, 2) };
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');
export const formatDate = ({ y, m, d }: YMD): string => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** The date `months` calendar months before `date`, the day clamped to the month's length. */
export function monthsBefore(date: YMD, months: number): YMD {
  const total = date.y * 12 + (date.m - 1) - months;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return { y, m, d: Math.min(date.d, daysInMonth(y, m)) };
}

/** Whole calendar months from `from` to `to` (0 when `to` is not later). */
export function monthsBetween(from: YMD, to: YMD): number {
  const months = (to.y - from.y) * 12 + (to.m - from.m) - (to.d < from.d ? 1 : 0);
  return Math.max(0, months);
}

/** An active collaboration with no activity for this many months is stale (counts as weak). */
export const STALE_MONTHS = 12;
/** An idea or planned collaboration with no activity for this many months has stalled. */
export const STALLED_MONTHS = 6;

/** The first date that is not `months` months old on `today`; null when today is not a date. */
export function quietCutoff(today: string, months: number): string | null {
  const t = parseDate(today);
  return t ? formatDate(monthsBefore(t, months)) : null;
}

/** The first date that is not stale on `today`; null when today is not a valid date. */
export const staleCutoff = (today: string): string | null => quietCutoff(today, STALE_MONTHS);
