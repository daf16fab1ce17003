import type { Snapshot } from './types';

/** Automatic snapshots kept per map: the last two weeks of daily ones. */
export const AUTO_SNAPSHOTS_KEPT = 14;

/** The local calendar day of an ISO timestamp, as YYYY-MM-DD. */
export const localDay = (iso: string): string => {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

/** Whether today's automatic snapshot is still to be taken (first open of the day). */
export function needsDailySnapshot(snapshots: readonly Snapshot[], now: string): boolean {
  const today = localDay(now);
  return !snapshots.some((s) => s.kind === 'auto' && localDay(s.createdAt) === today);
}

/** Automatic snapshots beyond the newest `keep`; others are never pruned. */
export function autoSnapshotsToPrune(
  snapshots: readonly Snapshot[],
  keep = AUTO_SNAPSHOTS_KEPT,
): Snapshot[] {
  return snapshots
    .filter((s) => s.kind === 'auto')
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0))
    .slice(keep);
}
