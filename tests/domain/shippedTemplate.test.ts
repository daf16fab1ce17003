import { describe, expect, it } from 'vitest';
import templateJson from '../../data/templates/kulturskole.json';
import { AGE_GROUPS, type Template } from '../../src/domain/types';
import { templateSchema } from '../../src/schema/schemas';

/** Version 2 of the shipped template: every type says why it matters, on what source, and how to start. */
const template = templateSchema.parse(templateJson) as Template;
const types = template.sectors.flatMap((s) => s.types);
const sourceIds = new Set(template.sources.map((s) => s.id));

describe('the shipped template, version 2', () => {
  it('is version 2 and lists its sources with both labels', () => {
    expect(template.version).toBe(2);
    expect(template.sources.map((s) => s.id)).toEqual(
      expect.arrayContaining([
        'rammeplanen',
        'dks',
        'folkehelse',
        'integrering',
        'opplaeringslova',
        'founding',
        'ks-fremtidens-kulturskole',
      ]),
    );
    expect(sourceIds.size).toBe(template.sources.length);
    for (const s of template.sources) {
      expect(s.labels.nb.trim(), s.id).not.toBe('');
      expect(s.labels.en.trim(), s.id).not.toBe('');
    }
  });

  it.each(types.filter((t) => !t.owner).map((t) => [t.id, t] as const))(
    '%s has a reason, a source and a first step in nb and en',
    (_id, t) => {
      for (const text of [t.why.nb, t.why.en, t.firstStep.nb, t.firstStep.en]) {
        expect(text.trim().length).toBeGreaterThan(20);
        // One or two sentences, as the panel shows them.
        expect(text.length).toBeLessThanOrEqual(260);
      }
      expect(sourceIds.has(t.sourceId), t.sourceId).toBe(true);
      for (const g of t.ageGroups) expect(AGE_GROUPS).toContain(g);
    },
  );

  it('makes the municipal administration the owner, which still explains itself', () => {
    const owners = types.filter((t) => t.owner);
    expect(owners.map((t) => t.id)).toEqual(['administration']);
    expect(owners[0]?.weight).toBe(0);
    expect(owners[0]?.why.nb).toMatch(/eier/);
  });

  it('has every source used by some type', () => {
    const used = new Set(types.map((t) => t.sourceId));
    expect(template.sources.map((s) => s.id).filter((id) => !used.has(id))).toEqual([]);
  });

  it('gives no keyword to two types, the focal type included', () => {
    const owner = new Map<string, string>();
    const all: [string, string[]][] = [
      [template.focal.typeId, template.focal.keywords],
      ...types.map((t): [string, string[]] => [t.id, t.keywords]),
    ];
    const clashes: string[] = [];
    for (const [id, kws] of all) {
      for (const k of kws) {
        const before = owner.get(k);
        if (before && before !== id) clashes.push(`${k}: ${before} and ${id}`);
        owner.set(k, id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('pairs the kindergarten with the primary school, not the lower-secondary one', () => {
    const pairs = template.pairings.map((p) => [p.a, p.b].sort().join(' + '));
    expect(pairs).toContain('kindergarten + primary-school');
    expect(pairs).not.toContain('kindergarten + lower-secondary-school');
    expect(pairs.some((p) => p.split(' + ').includes('school'))).toBe(false);
    const sang = template.pairings.find((p) => p.example?.nb.startsWith('Sangskattekista'));
    expect(sang?.example?.nb).toMatch(/overgangen barnehage–skole/);
  });
});
