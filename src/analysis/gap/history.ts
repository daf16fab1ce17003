/**
 * Change over time (docs/gap-analysis.md): the score and each type's status in every saved
 * version, oldest first. Each version is scored as of the day it was saved (a link that was fresh
 * then is not stale in hindsight); versions dated after `today` are left out. Coverage only: no
 * suggestions or structure, so a long history stays cheap.
 */
import type { MapDocument, Template } from '../../domain/types';
import { focalLinks, typeCoverage } from './coverage';
import { datePart } from './dates';
import { freshness } from './freshness';
import { prepare } from './prepare';
import type { ScorePoint } from './types';

export interface ScoredVersion {
  id: string;
  name: string;
  createdAt: string;
  document: MapDocument;
}

/** Score and type statuses of one document as of `day`. */
export function scoreAt(doc: MapDocument, template: Template, day: string) {
  const p = prepare(doc, template);
  return typeCoverage(p, focalLinks(p, freshness(p, day).stale));
}

export function scoreHistory(
  versions: readonly ScoredVersion[],
  template: Template,
  today: string,
): ScorePoint[] {
  const dated = versions
    .map((v, i) => ({ v, i, day: datePart(v.createdAt) }))
    .filter((x): x is typeof x & { day: string } => x.day !== null && x.day <= today)
    // Oldest first; same instant in the order given.
    .sort(
      (a, b) =>
        (a.v.createdAt < b.v.createdAt ? -1 : a.v.createdAt > b.v.createdAt ? 1 : 0) || a.i - b.i,
    );
  return dated.map(({ v, day }) => {
    const c = scoreAt(v.document, template, day);
    return {
      versionId: v.id,
      name: v.name,
      createdAt: v.createdAt,
      score: c.score,
      types: c.types.map((t) => ({
        typeId: t.typeId,
        status: t.status,
        notRelevant: t.notRelevant,
      })),
    };
  });
}
