/**
 * How long each collaboration has been quiet (dates.ts for the boundary rules): an active one with
 * no activity for STALE_MONTHS is stale and counts as weak; an idea or planned one with no activity
 * for STALLED_MONTHS has stalled.
 */
import type { Activity, Collaboration } from '../../domain/types';
import {
  datePart,
  monthsBetween,
  parseDate,
  quietCutoff,
  STALE_MONTHS,
  STALLED_MONTHS,
  type YMD,
} from './dates';
import { type Prepared, recordValues } from './prepare';
import type { LinkStatus, QuietCollaboration } from './types';

/** Latest activity date per collaboration id. */
export function latestActivities(p: Prepared): Map<string, string> {
  const latest = new Map<string, string>();
  for (const a of recordValues(p.doc.activities) as Activity[]) {
    const d = datePart(a.date);
    if (d === null) continue;
    const old = latest.get(a.collaborationId);
    if (old === undefined || d > old) latest.set(a.collaborationId, d);
  }
  return latest;
}

/** A collaboration's date: its latest activity, else its start date, else its creation date. */
export function collaborationDate(c: Collaboration, latest: Map<string, string>): string | null {
  return latest.get(c.id) ?? datePart(c.startDate) ?? datePart(c.createdAt);
}

export interface Freshness {
  /** Parallel to p.collabs: 1 when the collaboration is stale (active and quiet 12 months). */
  stale: Uint8Array;
  /** Stale collaborations, oldest first, ties in document order. */
  staleList: QuietCollaboration[];
  /** Ideas and planned collaborations quiet for 6 months, oldest first, ties in document order. */
  stalledList: QuietCollaboration[];
}

/** Day number of a valid YYYY-MM-DD for ordering (yyyymmdd as an integer). */
const dateKey = (d: string) =>
  Number(d.slice(0, 4)) * 10000 + Number(d.slice(5, 7)) * 100 + Number(d.slice(8, 10));

/** Oldest first, ties in document order: one numeric sort of (date, position) keys. */
function oldestFirst(found: QuietCollaboration[]): QuietCollaboration[] {
  const keys = new Float64Array(found.length);
  for (let i = 0; i < found.length; i++) {
    keys[i] = dateKey((found[i] as QuietCollaboration).lastDate) * 262144 + i;
  }
  keys.sort();
  const out = new Array<QuietCollaboration>(found.length);
  for (let i = 0; i < keys.length; i++) {
    out[i] = found[(keys[i] as number) % 262144] as QuietCollaboration;
  }
  return out;
}

export function freshness(p: Prepared, today: string): Freshness {
  const stale = new Uint8Array(p.collabs.length);
  const staleCut = quietCutoff(today, STALE_MONTHS);
  const stalledCut = quietCutoff(today, STALLED_MONTHS);
  const now = parseDate(today);
  if (!staleCut || !stalledCut || !now) return { stale, staleList: [], stalledList: [] };
  const latest = latestActivities(p);
  const staleFound: QuietCollaboration[] = [];
  const stalledFound: QuietCollaboration[] = [];
  for (let i = 0; i < p.collabs.length; i++) {
    const c = p.collabs[i] as Collaboration;
    const isActive = c.status === 'active';
    if (!isActive && c.status !== 'idea' && c.status !== 'planned') continue;
    const date = collaborationDate(c, latest);
    if (date === null || date >= (isActive ? staleCut : stalledCut)) continue;
    if (isActive) stale[i] = 1;
    (isActive ? staleFound : stalledFound).push({
      collaborationId: c.id,
      sourceId: c.sourceId,
      targetId: c.targetId,
      status: c.status as LinkStatus,
      lastDate: date,
      monthsSince: monthsBetween(parseDate(date) as YMD, now),
    });
  }
  return { stale, staleList: oldestFirst(staleFound), stalledList: oldestFirst(stalledFound) };
}
