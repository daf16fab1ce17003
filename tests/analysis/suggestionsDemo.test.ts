import { describe, expect, it } from 'vitest';
import demo from '../../data/samples/eksempel-kommune.samspill-map.json';
import { analyse, isSummerOnly, type PairSuggestion } from '../../src/analysis/gap';
import type { Actor } from '../../src/domain/types';
import { restore } from '../../src/schema/restore';
import { template } from './arbitrary';

const restored = restore(demo);
if (!restored.ok) throw new Error(`demo map does not restore: ${JSON.stringify(restored.error)}`);
const doc = restored.value;

const actor = (id: string) => doc.actors[id] as Actor;
const roles = (id: string) => [actor(id).typeId, ...actor(id).extraTypeIds];
const is = (id: string, typeId: string) => roles(id).includes(typeId);
const isPair = (a: string, b: string, s: PairSuggestion) =>
  (a === s.sourceId && b === s.targetId) || (a === s.targetId && b === s.sourceId);

describe('suggestions on the demo map', () => {
  const a = analyse(doc, template, '2026-10-20');
  // Every suggestion the panel can show ("show more" lists up to 20 here, to look further down).
  const many = analyse(doc, template, '2026-10-20', { maxSuggestions: 20 });
  const pairs = many.suggestions.filter((s): s is PairSuggestion => s.kind === 'pair');

  it('has both kinds, never a project or the owner, and every id is in the map', () => {
    expect(a.suggestions.some((s) => s.kind === 'gap')).toBe(true);
    expect(pairs.length).toBeGreaterThan(0);
    for (const s of many.suggestions) {
      const ids = s.kind === 'pair' ? [s.sourceId, s.targetId] : s.actorIds;
      for (const id of ids) expect(doc.actors[id]).toBeDefined();
      if (s.kind === 'pair') {
        expect(ids.map((id) => actor(id).kind)).not.toContain('project');
        expect(ids.flatMap(roles)).not.toContain('administration'); // the school's owner
      }
    }
  });

  it('never pairs a kindergarten with a lower-secondary school', () => {
    const bad = pairs.filter(
      (s) =>
        (is(s.sourceId, 'kindergarten') && is(s.targetId, 'lower-secondary-school')) ||
        (is(s.targetId, 'kindergarten') && is(s.sourceId, 'lower-secondary-school')),
    );
    expect(bad).toEqual([]);
  });

  it('never pairs a summer festival (tagged «sommer») with a primary school', () => {
    const summer = Object.values(doc.actors).filter((x) => is(x.id, 'festival') && isSummerOnly(x));
    // Jazzevidence carries the tag «sommer» in the demo: the rule has something to hold back.
    expect(summer.map((x) => x.name)).toContain('Jazzevidence');
    const bad = pairs.filter((s) =>
      summer.some(
        (f) =>
          (s.sourceId === f.id && is(s.targetId, 'primary-school')) ||
          (s.targetId === f.id && is(s.sourceId, 'primary-school')),
      ),
    );
    expect(bad).toEqual([]);
  });

  it('never suggests the pairs the review found embarrassing', () => {
    // Kulturhuset is already the festival's venue; Innafor is a project for young people; Nordby
    // ungdomsskole is no kindergarten partner.
    for (const [x, y] of [
      ['a-p-glogerfestspillene', 'a-kulturhuset'],
      ['a-eksempel-barneskole', 'a-p-innafor'],
      ['a-eksempel-barnehage', 'a-nordby-ungdomsskole'],
    ] as const) {
      expect(pairs.filter((s) => isPair(x, y, s))).toEqual([]);
    }
  });

  it('puts at least three missing or weak core or recommended types in the top five', () => {
    const top = a.suggestions.slice(0, 5);
    const gaps = top.filter(
      (s) =>
        s.kind === 'gap' &&
        (s.expectation === 'core' || s.expectation === 'recommended') &&
        ['missing', 'unconnected', 'weak'].includes(s.status),
    );
    expect(gaps.length).toBeGreaterThanOrEqual(3);
  });

  it('is one list for every language: a pairing carries its example in all of them', () => {
    const paired = pairs.filter((s) => s.reasons.pairing);
    expect(paired.length).toBeGreaterThan(0);
    const known = template.pairings.map((p) => p.example);
    for (const s of paired) {
      const example = s.reasons.pairing?.example ?? null;
      expect(known).toContainEqual(example);
      if (example) expect(Object.keys(example).sort()).toEqual(['en', 'nb', 'nn']);
    }
  });
});
