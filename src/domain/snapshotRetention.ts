import type { Snapshot } from './types';

/** What retention reads of a version: never the map it holds. */
type Stamp = Pick<Snapshot, 'kind' | 'createdAt'>;

/** Automatic snapshots kept per map: the last two weeks of daily ones. */
export const AUTO_SNAPSHOTS_KEPT = 14;

/** The local calendar day of an ISO timestamp, as YYYY-MM-DD. */
export const localDay = (iso: string): string => {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

/** Whether today's automatic snapshot is still to be taken (first open of the day). */
export function needsDailySnapshot(snapshots: readonly Stamp[], now: string): boolean {
  const today = localDay(now);
  return !snapshots.some((s) => s.kind === 'auto' && localDay(s.createdAt) === today);
}

/** Automatic snapshots beyond the newest `keep`; others are never pruned. */
export function autoSnapshotsToPrune<S extends Stamp>(
  snapshots: readonly S[],
  keep = AUTO_SNAPSHOTS_KEPT,
): S[] {
  return snapshots
    .filter((s) => s.kind === 'auto')
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0))
    .slice(keep);
}
