import { describe, expect, it } from 'vitest';
import templateJson from '../../data/templates/kulturskole.json';
import type { Template } from '../../src/domain/types';
import { templateSchema } from '../../src/schema/schemas';

/** Issue 14: the shipped template speaks nynorsk too, in its own words rather than a copy. */
type Texts = { nb: string; en: string; nn?: string };
const isTexts = (v: unknown): v is Texts =>
  typeof v === 'object' && v !== null && 'nb' in v && 'en' in v;

/** Every labels-like object of the raw file with where it sits, as the schema never sees them. */
function textsOf(value: unknown, at = ''): [string, Texts][] {
  if (isTexts(value)) return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => textsOf(v, `${at}[${v?.id ?? i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => textsOf(v, `${at}.${k}`));
  }
  return [];
}

const raw = textsOf(templateJson);
const template = templateSchema.parse(templateJson) as Template;
const types = template.sectors.flatMap((s) => s.types);

describe('the shipped template in nynorsk', () => {
  it('has a non-empty nn beside every nb and en in the file itself', () => {
    // 182 texts: the template, focal, sectors, types with why and first step, purposes,
    // pairing examples and sources.
    expect(raw.length).toBeGreaterThanOrEqual(180);
    const missing = raw.filter(([, t]) => typeof t.nn !== 'string' || t.nn.trim() === '');
    expect(missing.map(([at]) => at)).toEqual([]);
  });

  it.each(types.filter((t) => !t.owner).map((t) => [t.id, t] as const))(
    '%s has its reason and first step written in nynorsk',
    (_id, t) => {
      for (const [nn, nb] of [
        [t.why.nn, t.why.nb],
        [t.firstStep.nn, t.firstStep.nb],
      ] as const) {
        expect(nn.trim().length).toBeGreaterThan(20);
        expect(nn.length).toBeLessThanOrEqual(260);
        expect(nn).not.toBe(nb);
      }
    },
  );

  it('writes nynorsk forms, not bokmål ones', () => {
    const nn = raw.map(([, t]) => t.nn ?? '').join('\n');
    const nb = raw.map(([, t]) => t.nb).join('\n');
    // Words only bokmål writes: each is in the bokmål texts, and none is left in the nynorsk.
    for (const word of ['ikke', 'hva', 'hvordan', 'kulturskolens', 'skolen', 'bare', 'noe']) {
      const re = new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'iu');
      if (re.test(nb)) expect(nn, word).not.toMatch(re);
    }
    for (const word of ['kulturskulen', 'ikkje', 'kva', 'korleis', 'barneskular', 'gjev']) {
      expect(nn, word).toMatch(new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'iu'));
    }
  });

  it('keeps each nn label of a type, sector and purpose distinct', () => {
    for (const list of [
      types.map((t) => t.labels.nn),
      template.sectors.map((s) => s.labels.nn),
      template.purposes.map((p) => p.labels.nn),
    ]) {
      expect(new Set(list).size).toBe(list.length);
    }
  });

  it('reads the file as it is: the nn the file has, not the bokmål fallback', () => {
    expect(template.labels).toEqual({ nb: 'Kulturskole', nn: 'Kulturskule', en: 'Culture school' });
    expect(template.focal.sectorLabels.nn).toBe('Kulturskulen');
    expect(types.find((t) => t.id === 'primary-school')?.labels.nn).toBe('Barneskular');
  });
});

describe("a user's own template copy without nynorsk", () => {
  const withoutNn = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(withoutNn);
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(
        Object.entries(value)
          .filter(([k]) => k !== 'nn')
          .map(([k, v]) => [k, withoutNn(v)]),
      );
    }
    return value;
  };

  it('still reads, and shows the bokmål text where nn is missing', () => {
    const copy = withoutNn(templateJson);
    expect(textsOf(copy).some(([, t]) => 'nn' in t)).toBe(false);
    const parsed = templateSchema.safeParse(copy);
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    const t = parsed.data;
    expect(t.labels.nn).toBe('Kulturskole');
    const school = t.sectors.flatMap((s) => s.types).find((x) => x.id === 'primary-school');
    expect(school?.labels).toEqual({ nb: 'Barneskoler', nn: 'Barneskoler', en: 'Primary schools' });
    expect(school?.why.nn).toBe(school?.why.nb);
    expect(t.pairings.find((p) => p.example)?.example?.nn).toBe(
      t.pairings.find((p) => p.example)?.example?.nb,
    );
    expect(t.sources[0]?.labels.nn).toBe(t.sources[0]?.labels.nb);
  });

  it('falls back for a blank nn too, keeps a given one, and still requires nb and en', () => {
    const base = templateJson as unknown as { labels: Texts };
    const parse = (labels: object) => templateSchema.safeParse({ ...base, labels });
    const blank = parse({ nb: 'Musikkskole', nn: '  ', en: 'Music school' });
    expect(blank.success && blank.data.labels.nn).toBe('Musikkskole');
    const given = parse({ nb: 'Musikkskole', nn: 'Musikkskule', en: 'Music school' });
    expect(given.success && given.data.labels.nn).toBe('Musikkskule');
    expect(parse({ nn: 'Musikkskule', en: 'Music school' }).success).toBe(false);
    expect(parse({ nb: 'Musikkskole', nn: 'Musikkskule' }).success).toBe(false);
  });

  it('fills a missing reason with empty texts in all three languages', () => {
    const copy = structuredClone(templateJson) as unknown as {
      sectors: { types: Record<string, unknown>[] }[];
    };
    const first = copy.sectors[0]?.types[0];
    if (!first) throw new Error('the template has a type');
    delete first.why;
    const parsed = templateSchema.parse(copy);
    expect(parsed.sectors[0]?.types[0]?.why).toEqual({ nb: '', nn: '', en: '' });
  });
});
