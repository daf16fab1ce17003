/**
 * Input quoted in problem messages is bounded: a 10-million-character header line must not end up
 * in a message, a worker reply or the dialog. Lengths count code points, so the cut never splits a
 * surrogate pair, and reading stops at the cut, so a huge string is never copied or spread.
 */
import type { ImportProblem } from './types';

/** About one line of a dialog. */
export const QUOTE_MAX = 80;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Index just after `count` code points of `text` (or its length). */
function codePointEnd(text: string, count: number): number {
  let i = 0;
  for (let n = 0; n < count && i < text.length; n++) {
    i += isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
  }
  return i;
}

/** `text` if it has at most `max` code points, else its first `max - 1` and "…". */
export function quote(text: string, max: number = QUOTE_MAX): string {
  if (text.length <= max) return text;
  if (codePointEnd(text, max) >= text.length) return text;
  return `${text.slice(0, codePointEnd(text, max - 1))}…`;
}

/**
 * The first few non-blank items, joined by ", " within `max` code points (at least one, quoted),
 * and how many were left out. Items past the budget are counted, never joined.
 */
export function quoteList(
  items: readonly string[],
  max: number = QUOTE_MAX,
): { text: string; more: number } {
  const shown: string[] = [];
  let used = 0;
  let total = 0;
  let full = false;
  for (const item of items) {
    if (!item) continue;
    total++;
    if (full) continue;
    const q = quote(item, max);
    const cost = (shown.length ? 2 : 0) + codePointLength(q);
    if (shown.length > 0 && used + cost > max) {
      full = true;
      continue;
    }
    shown.push(q);
    used += cost;
  }
  return { text: shown.join(', '), more: total - shown.length };
}

function codePointLength(short: string): number {
  let n = 0;
  for (const _ of short) n++;
  return n;
}

const TEXT_FIELDS = ['file', 'sheet', 'field', 'value'] as const;

/** The problem with every quoted piece of input bounded; the same object when nothing is long. */
export function bounded(problem: ImportProblem): ImportProblem {
  let out = problem;
  for (const key of TEXT_FIELDS) {
    const text = problem[key];
    if (typeof text !== 'string') continue;
    const short = quote(text);
    if (short !== text) out = { ...out, [key]: short };
  }
  return out;
}
