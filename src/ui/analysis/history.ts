/**
 * Change over time: the score and each type's status in the map's saved versions and now. The
 * annual-report view: one point per day that has a version (the latest of the day), oldest first.
 */
import {
  type CoverageStatus,
  type GapAnalysis,
  type ScorePoint,
  scoreHistory,
} from '../../analysis/gap';
import type { MapDocument, Template } from '../../domain/types';

/** A type's status in one version: 'not-relevant' when the map said so then, null if unknown. */
export type HistoryStatus = CoverageStatus | 'not-relevant' | null;

export interface HistoryPoint {
  /** YYYY-MM-DD: the day the version was saved, or today for the map as it is. */
  date: string;
  /** The version's name; empty for "now". */
  name: string;
  score: number;
  now: boolean;
}

export interface TypeHistory {
  typeId: string;
  sectorId: string;
  /** One per point, in the points' order. */
  statuses: HistoryStatus[];
}

export interface ScoreHistory {
  points: HistoryPoint[];
  /** The types to follow: every must-have and should-have type, in template order. */
  types: TypeHistory[];
}

export interface SavedVersion {
  id: string;
  name: string;
  createdAt: string;
  doc: MapDocument;
}

/** At most this many points: legible in the panel and on a slide. */
export const HISTORY_MAX_POINTS = 12;

const dayOf = (iso: string) => iso.slice(0, 10);

/**
 * The saved versions worth a point: the latest of each day before today, the newest
 * HISTORY_MAX_POINTS − 1 days, scored by the analysis (each as of the day it was saved).
 */
export function pastPoints(
  versions: readonly SavedVersion[],
  template: Template,
  today: string,
): ScorePoint[] {
  const byDay = new Map<string, SavedVersion>();
  const sorted = [...versions].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const v of sorted) if (dayOf(v.createdAt) < today) byDay.set(dayOf(v.createdAt), v);
  const kept = [...byDay.values()].slice(-(HISTORY_MAX_POINTS - 1));
  return scoreHistory(
    kept.map((v) => ({ id: v.id, name: v.name, createdAt: v.createdAt, document: v.doc })),
    template,
    today,
  );
}

/** The past points and the map now, with every followed type's status at each point. */
export function scoreHistoryOf(
  scored: readonly ScorePoint[],
  now: GapAnalysis,
  template: Template,
): ScoreHistory {
  const today = now.today;
  const statusOf = (types: ScorePoint['types']) =>
    new Map<string, HistoryStatus>(
      types.map((x) => [x.typeId, x.notRelevant ? 'not-relevant' : x.status]),
    );
  const points: HistoryPoint[] = [
    ...scored.map((p) => ({ date: dayOf(p.createdAt), name: p.name, score: p.score, now: false })),
    { date: today, name: '', score: now.score, now: true },
  ];
  const statuses = [...scored.map((p) => statusOf(p.types)), statusOf(now.types)];
  const types: TypeHistory[] = template.sectors.flatMap((sector) =>
    sector.types
      .filter((t) => t.expectation !== 'optional' && !t.owner)
      .map((t) => ({
        typeId: t.id,
        sectorId: sector.id,
        statuses: statuses.map((s) => s.get(t.id) ?? null),
      })),
  );
  return { points, types };
}

/** Which of `count` points to show in `max` columns: the first, the last, and evenly between. */
export function columnIndices(count: number, max: number): number[] {
  if (count <= max) return Array.from({ length: count }, (_, i) => i);
  if (max <= 1) return [count - 1];
  const step = (count - 1) / (max - 1);
  return [...new Set(Array.from({ length: max }, (_, i) => Math.round(i * step)))];
}

/** Whether any type's status changed across the points: the table is worth showing. */
export function changedTypes(history: ScoreHistory): TypeHistory[] {
  return history.types.filter((t) => t.statuses.some((s) => s !== t.statuses[0]));
}
