import { describe, expect, it } from 'vitest';
import demo from '../data/samples/eksempel-kommune.samspill-map.json';
import templateJson from '../data/templates/kulturskole.json';
import { guessType } from '../src/domain/template';
import type { Actor, Template } from '../src/domain/types';
import { restore } from '../src/schema/restore';
import { templateSchema } from '../src/schema/schemas';

const template = templateSchema.parse(templateJson) as Template;
const types = template.sectors.flatMap((s) => s.types.map((t) => ({ ...t, sectorId: s.id })));
const typeIds = new Set(types.map((t) => t.id));
const purposeIds = new Set(template.purposes.map((p) => p.id));

/** The words of a name: lower case, split on anything that is not a letter or digit. */
function words(name: string): string[] {
  return name
    .normalize('NFC')
    .toLocaleLowerCase('nb')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Where a keyword is found in a name: a keyword with spaces in the words joined by spaces, a short
 * one (4 letters or fewer, like "nav") at the start of a word, a longer one anywhere in a word, so
 * Norwegian compounds and definite forms work ("Krimfestivalen").
 */
function hits(name: string, keyword: string): boolean {
  const ws = words(name);
  if (keyword.includes(' ')) return ws.join(' ').includes(keyword);
  return keyword.length <= 4
    ? ws.some((w) => w.startsWith(keyword))
    : ws.some((w) => w.includes(keyword));
}

const keywordOwners: [string, readonly string[]][] = [
  [template.focal.typeId, template.focal.keywords],
  ...types.map((t): [string, readonly string[]] => [t.id, t.keywords]),
];

/** Every type (the focal type included) with a keyword in the name. */
function matchTypes(name: string): string[] {
  return keywordOwners.filter(([, kws]) => kws.some((k) => hits(name, k))).map(([id]) => id);
}

/** The type whose longest keyword is in the name, as quick add guesses it. */
function bestType(name: string): string | null {
  let best: { id: string; length: number } | null = null;
  for (const [id, kws] of keywordOwners) {
    for (const k of kws) {
      if (hits(name, k) && (!best || k.length > best.length)) best = { id, length: k.length };
    }
  }
  return best?.id ?? null;
}

function typeById(id: string) {
  const found = types.find((t) => t.id === id);
  if (!found) throw new Error(`no type ${id}`);
  return found;
}

describe('kulturskole template', () => {
  it('has the sectors of DESIGN §3 in order', () => {
    expect(template.id).toBe('kulturskole');
    expect(template.sectors.map((s) => s.id)).toEqual([
      'politics',
      'education',
      'health-welfare',
      'integration',
      'culture',
      'voluntary',
      'events',
      'business-funding',
      'regional-national',
    ]);
    expect(template.focal).toMatchObject({ sectorId: 'focal', typeId: 'culture-school' });
    expect(template.version).toBe(2);
    // Version 2: "school" split in two; sports, media, parties, youth council, study associations,
    // the walking stick and plain upper-secondary schools added.
    expect(types).toHaveLength(48);
    expect(typeIds.size).toBe(types.length);
  });

  it('has the 11 purposes and 11 pairings', () => {
    expect(template.purposes.map((p) => p.id)).toEqual([
      'breadth',
      'talent',
      'inclusion',
      'health',
      'childhood',
      'lifelong',
      'competence',
      'voluntary-support',
      'community',
      'visibility',
      'funding',
    ]);
    expect(template.pairings).toHaveLength(11);
    expect(template.purposes.find((p) => p.id === 'lifelong')?.labels.nb).toBe('Kultur hele livet');
    for (const p of template.pairings) {
      expect(typeIds.has(p.a), p.a).toBe(true);
      expect(typeIds.has(p.b), p.b).toBe(true);
      expect(p.purposeIds.length).toBeGreaterThan(0);
      for (const id of p.purposeIds) expect(purposeIds.has(id), id).toBe(true);
    }
  });

  it('gives expectations and weights', () => {
    expect(typeById('politicians')).toMatchObject({ expectation: 'core', weight: 3, named: true });
    expect(typeById('county')).toMatchObject({ expectation: 'optional', weight: 1, named: false });
    expect(typeById('ppt')).toMatchObject({ expectation: 'recommended', weight: 2, named: true });
    // The owner is shown apart and never scored, so its weight is 0.
    expect(types.filter((t) => t.owner).map((t) => t.id)).toEqual(['administration']);
    expect(typeById('administration').weight).toBe(0);
    expect(typeById('child-welfare')).toMatchObject({ expectation: 'recommended', weight: 2 });
    expect(typeById('talent-programme')).toMatchObject({ expectation: 'recommended', weight: 2 });
    expect(typeById('primary-school')).toMatchObject({
      expectation: 'core',
      ageGroups: ['children'],
    });
    expect(typeById('lower-secondary-school')).toMatchObject({
      expectation: 'core',
      ageGroups: ['youth'],
    });
    const weight = { core: 3, recommended: 2, optional: 1 };
    for (const t of types.filter((x) => !x.owner))
      expect(t.weight, t.id).toBe(weight[t.expectation]);
  });

  it('has distinct, lower-case keywords, each of which guesses its own type', () => {
    const owner = new Map<string, string>();
    for (const [id, kws] of keywordOwners) {
      expect(kws.length, id).toBeGreaterThanOrEqual(2);
      expect(kws.length, id).toBeLessThanOrEqual(8);
      for (const k of kws) {
        // Lower case, at least 2 characters, and made of whole words so it can be found at all.
        expect(words(k).join(' '), `${id}: ${k}`).toBe(k);
        expect(k.length).toBeGreaterThanOrEqual(2);
        expect(owner.get(k), `${k} in ${id} and ${owner.get(k)}`).toBeUndefined();
        owner.set(k, id);
      }
    }
    const wrong = [...owner].filter(([k, id]) => bestType(k) !== id);
    expect(wrong).toEqual([]);
  });

  it('finds the type from a name', () => {
    expect(matchTypes('Biblioteket')).toEqual(['library']);
    expect(matchTypes('Eksempel barnehage')).toEqual(['kindergarten']);
    expect(matchTypes('NAV Eksempel')).toEqual(['nav']);
    expect(matchTypes('PPT-tjenesten')).toEqual(['ppt']);
    expect(matchTypes('Krimfestivalen')).toEqual(['festival']);
    expect(bestType('Nordby ungdomsskole')).toBe('lower-secondary-school');
    expect(bestType('Haugen barneskole')).toBe('primary-school');
    expect(bestType('Ås skole')).toBe('primary-school');
    expect(bestType('Musikklinja ved Eksempel VGS')).toBe('upper-secondary-arts');
    expect(bestType('Musikk, dans og drama ved Eksempel videregående skole')).toBe(
      'upper-secondary-arts',
    );
    expect(bestType('Eksempel videregående skole')).toBe('upper-secondary');
    expect(bestType('Eksempel skolekorps')).toBe('associations');
    expect(bestType('Byens kor')).toBe('associations');
    expect(bestType('Den kulturelle skolesekken')).toBe('dks');
    expect(bestType('Eksempel SFO')).toBe('sfo');
    expect(bestType('17. mai-komiteen')).toBe('civic-events');
    expect(bestType('Norsk kulturskoleråd')).toBe('kulturskoleradet');
    expect(bestType('Ola Nordmann')).toBeNull();
  });

  it('does not take the culture school for a school', () => {
    for (const name of ['Kulturskolen i Eksempel kommune', 'Eksempel musikk- og kulturskole']) {
      expect(bestType(name), name).toBe('culture-school');
    }
    expect(bestType('Culture school')).toBe('culture-school');
    // "skole" is in the name too; the longer focal keyword must win.
    expect(matchTypes('Kulturskolen')).toEqual(['culture-school', 'primary-school']);
  });

  it('agrees with quick add on every name in the demo map', () => {
    for (const a of Object.values((demo as { actors: { name: string }[] }).actors)) {
      expect(guessType(template, a.name)?.typeId ?? null, a.name).toBe(bestType(a.name));
    }
  });
});

describe('demo map', () => {
  const result = restore(demo);
  if (!result.ok) throw new Error(`demo map does not restore: ${JSON.stringify(result.error)}`);
  const doc = result.value;
  const actors = Object.values(doc.actors);
  const collaborations = Object.values(doc.collaborations);
  const degree = (id: string) =>
    collaborations.filter((c) => c.sourceId === id || c.targetId === id).length;

  it('restores with enough actors, sectors, collaborations and activities', () => {
    expect(result.ok).toBe(true);
    expect(doc.map.name).toBe('Kulturskolen i Eksempel kommune');
    expect(actors.length).toBeGreaterThanOrEqual(30);
    expect(collaborations.length).toBeGreaterThanOrEqual(40);
    expect(Object.keys(doc.activities).length).toBeGreaterThanOrEqual(10);
    const sectors = new Set(
      actors.map((a) => a.sectorId).filter((s) => s !== 'focal' && s !== 'custom'),
    );
    expect(sectors.size).toBeGreaterThanOrEqual(8);
  });

  it('ships three saved views, one per kind of slide, whose purposes are real', () => {
    const views = Object.values(doc.views).sort((a, b) => a.order - b.order);
    expect(views.map((v) => v.layout)).toEqual(['force', 'rings', 'force']);
    expect(views[2]?.showGaps).toBe(true);
    for (const v of views) for (const p of v.filters.purposes) expect(purposeIds.has(p)).toBe(true);
  });

  it('has the culture school as focal actor', () => {
    const focalId = doc.map.focalActorId;
    expect(focalId).not.toBeNull();
    const focal = doc.actors[focalId as string] as Actor;
    expect(focal).toMatchObject({ sectorId: 'focal', typeId: 'culture-school' });
  });

  it('has the five projects of the founding document, each with participants', () => {
    for (const name of [
      'Sangskattekista',
      'Glogerfestspillene',
      'Kom deg ut-dag',
      'Innafor',
      'Flerkulturell aktivitet',
    ]) {
      const project = actors.find((a) => a.kind === 'project' && a.name.startsWith(name));
      expect(project, name).toBeDefined();
      expect(degree((project as Actor).id), name).toBeGreaterThanOrEqual(2);
    }
  });

  it('uses only template sectors, types and purposes', () => {
    for (const a of actors) {
      const focal = a.sectorId === 'focal' && a.typeId === 'culture-school';
      const custom = a.sectorId === 'custom' && a.typeId === 'custom';
      const type = types.find((t) => t.id === a.typeId);
      expect(focal || custom || type?.sectorId === a.sectorId, `${a.name}: ${a.typeId}`).toBe(true);
    }
    for (const c of collaborations) {
      for (const p of c.purposeIds) expect(purposeIds.has(p), `${c.id}: ${p}`).toBe(true);
    }
  });

  it('has no self-links or duplicate pairs', () => {
    const pairs = new Set<string>();
    for (const c of collaborations) {
      expect(c.sourceId).not.toBe(c.targetId);
      const key = [c.sourceId, c.targetId].sort().join('|');
      expect(pairs.has(key), key).toBe(false);
      pairs.add(key);
    }
  });

  it('is written for template version 2: schools split, age groups, extra roles, next steps', () => {
    expect((demo as { version: number }).version).toBe(3);
    // The file itself carries the new types: restore() would split "school", but the demo shows
    // the data as it should be written.
    const raw = (demo as { actors: { id: string; typeId: string }[] }).actors;
    expect(raw.some((a) => a.typeId === 'school')).toBe(false);
    const type = (id: string) => doc.actors[id]?.typeId;
    expect(type('a-eksempel-barneskole')).toBe('primary-school');
    expect(type('a-haugen-barneskole')).toBe('primary-school');
    expect(type('a-nordby-ungdomsskole')).toBe('lower-secondary-school');
    expect(doc.actors['a-eksempel-barnehage']?.ageGroups).toEqual(['early-years']);
    expect(doc.actors['a-p-innafor']?.ageGroups).toEqual(['youth']);
    expect(doc.actors['a-eldresenteret']?.ageGroups).toEqual(['seniors']);
    // The county runs DKS: it counts for that type too.
    expect(doc.actors['a-fylkeskommunen']).toMatchObject({
      typeId: 'county',
      extraTypeIds: ['dks'],
    });
    const idea = doc.collaborations['c-034'];
    expect(idea).toMatchObject({ targetId: 'a-sparebankstiftelsen', status: 'idea' });
    expect(idea?.notes).toContain('Søknadsfrist 1. mars');
    const log = Object.values(doc.activities).filter((a) => a.collaborationId === 'c-034');
    expect(log.map((a) => a.date)).toEqual(['2024-11-15']);
    const next = collaborations.filter((c) => c.nextStep !== '');
    expect(next.length).toBeGreaterThanOrEqual(2);
    for (const c of next) expect(c.nextStepDate, c.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const a of actors) for (const t of a.extraTypeIds) expect(typeIds.has(t), t).toBe(true);
  });

  it('names its actors so that quick add would guess their type, or nothing', () => {
    for (const a of actors.filter((x) => x.kind !== 'project')) {
      const guess = bestType(a.name);
      if (guess !== null) expect(guess, a.name).toBe(a.typeId);
    }
  });
});
