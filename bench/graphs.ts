/**
 * Seeded generator of realistic partner maps for the benchmarks: one culture school (the focal
 * actor) and n − 1 partners in the 9 sectors of the kulturskole template, 2.5 collaborations per
 * actor by preferential attachment (mostly within a sector, some across), Norwegian names so label
 * widths are realistic. Pure: label widths come from the `measure` callback (a canvas in the page).
 */
import { nodeBox } from '../src/analysis/layout/metrics';
import { mulberry32 } from '../src/analysis/layout/prng';
import type { LayoutInput, LayoutLink, LayoutNode } from '../src/analysis/layout/types';

export const SECTORS = [
  'politics',
  'education',
  'health-welfare',
  'integration',
  'culture',
  'voluntary',
  'events',
  'business-funding',
  'regional-national',
] as const;
export const FOCAL_SECTOR = 'focal';

/** Node drawing used by the bench page's Cytoscape style and by the boxes. */
export const NODE_DIAMETER = 24;
export const FONT_SIZE = 14;
export const FONT = `600 ${FONT_SIZE}px system-ui, sans-serif`;
export const LABEL_LINE_HEIGHT = Math.ceil(FONT_SIZE * 1.2);
export const LABEL_GAP = 4;

/** Relative sector sizes: schools and associations dominate a real map. */
const SECTOR_WEIGHT = [0.6, 2.2, 1, 0.7, 1.2, 1.8, 0.6, 0.9, 0.5];

const PLACE_A = [
  'Nord',
  'Sør',
  'Øst',
  'Vest',
  'Stor',
  'Lille',
  'Berg',
  'Fjell',
  'Sjø',
  'Elve',
  'Skog',
  'Lien',
  'Haug',
  'Rød',
  'Grøn',
  'Bjørke',
  'Furu',
  'Eike',
  'Ås',
  'Strand',
  'Holme',
  'Solberg',
  'Kvål',
  'Tveit',
];
const PLACE_B = [
  'by',
  'vik',
  'dal',
  'haug',
  'li',
  'berg',
  'strand',
  'nes',
  'åsen',
  'heim',
  'seter',
  'mo',
  'fjord',
  'øy',
  'land',
  'stad',
];
const FIRST = [
  'Kari',
  'Ola',
  'Ingrid',
  'Lars',
  'Sigrid',
  'Håkon',
  'Solveig',
  'Bjørn',
  'Astrid',
  'Knut',
  'Marit',
  'Øystein',
  'Ragnhild',
  'Tor',
  'Åse',
  'Eirik',
  'Hilde',
  'Jørgen',
];
const LAST = [
  'Nordmann',
  'Hansen',
  'Johansen',
  'Olsen',
  'Larsen',
  'Andersen',
  'Berg',
  'Haugen',
  'Bakke',
  'Solheim',
  'Lund',
  'Strand',
  'Dahl',
  'Aasen',
  'Sæther',
];

/** Name patterns per sector; `{p}` is a place, `{n}` a person. */
const PATTERNS: Record<(typeof SECTORS)[number], string[]> = {
  politics: [
    '{n} (ordfører)',
    '{n}, hovedutvalg for oppvekst',
    'Kommunedirektør {n}',
    '{p} kommune',
    'Vestland fylkeskommune',
    'Kultursjef {n}',
  ],
  education: [
    '{p} barneskole',
    '{p} ungdomsskole',
    '{p} barnehage',
    '{p} skole',
    'FAU {p} skole',
    'SFO {p}',
    '{p} vgs, musikklinja',
    'PPT {p}',
  ],
  'health-welfare': [
    '{p} sykehjem',
    'NAV {p}',
    'Barnevernet i {p}',
    'BUP {p}',
    'Folkehelsekoordinator {n}',
    '{p} omsorgssenter',
  ],
  integration: [
    'Flyktningtjenesten {p}',
    '{p} asylmottak',
    '{p} voksenopplæring',
    'Røde Kors {p}',
    'Norsksenteret {p}',
  ],
  culture: [
    '{p} bibliotek',
    '{p} museum',
    '{p} kulturhus',
    'DKS {p}',
    '{p} scene',
    'Vitensenteret {p}',
    '{p} lydstudio',
  ],
  voluntary: [
    '{p} skolekorps',
    '{p} musikkorps',
    '{p} kammerkor',
    '{p} husflidslag',
    'UKM {p}',
    '{p} fritidsklubb',
    '{p} turlag',
    'Frivilligsentralen {p}',
    '{p} teaterlag',
    '{p} spelemannslag',
  ],
  events: ['{p}festivalen', '{p} jazzfestival', '17. mai-komiteen {p}', '{p} kulturnatt'],
  'business-funding': [
    '{p} Sparebank',
    'Sparebankstiftelsen {p}',
    '{p} Bygg AS',
    'Kulturrådet',
    '{p} Regionråd',
    '{p} Handelsforening',
  ],
  'regional-national': [
    'Norsk kulturskoleråd',
    'Høgskulen på {p}',
    'Talentprogram {p}',
    'Universitetet i {p}',
  ],
};

export interface BenchActor {
  id: string;
  name: string;
  sectorId: string;
}

export interface BenchGraph {
  size: number;
  actors: BenchActor[];
  input: LayoutInput;
}

function pick<T>(rnd: () => number, list: readonly T[]): T {
  const v = list[Math.floor(rnd() * list.length)];
  if (v === undefined) throw new Error('pick from an empty list');
  return v;
}

/**
 * A partner map of `n` actors (including the focal culture school) and round(2.5 n)
 * collaborations. `measure(label)` returns the label's width in pixels.
 */
export function generateGraph(
  n: number,
  measure: (label: string) => number,
  seed = 2026,
): BenchGraph {
  const rnd = mulberry32(seed ^ Math.imul(n, 0x9e3779b1));
  const actors: BenchActor[] = [
    { id: 'a0', name: 'Kulturskolen i Eksempel', sectorId: FOCAL_SECTOR },
  ];
  const used = new Set<string>(['Kulturskolen i Eksempel']);
  const weightSum = SECTOR_WEIGHT.reduce((a, b) => a + b, 0);
  for (let i = 1; i < n; i++) {
    let u = rnd() * weightSum;
    let s = 0;
    while (s < SECTORS.length - 1 && u >= (SECTOR_WEIGHT[s] ?? 0)) u -= SECTOR_WEIGHT[s++] ?? 0;
    const sectorId = SECTORS[s] ?? SECTORS[0];
    let name = '';
    for (let attempt = 0; attempt < 8; attempt++) {
      const place = pick(rnd, PLACE_A) + pick(rnd, PLACE_B);
      const person = `${pick(rnd, FIRST)} ${pick(rnd, LAST)}`;
      const cap = place.charAt(0).toUpperCase() + place.slice(1);
      name = pick(rnd, PATTERNS[sectorId]).replace('{p}', cap).replace('{n}', person);
      if (!used.has(name)) break;
    }
    if (used.has(name)) name = `${name} ${i}`;
    used.add(name);
    actors.push({ id: `a${i}`, name, sectorId });
  }

  // Preferential attachment: urns hold each node (degree + 1) times.
  const globalUrn: number[] = [0];
  const sectorUrn = new Map<string, number[]>([[FOCAL_SECTOR, [0]]]);
  const edges = new Set<string>();
  const links: LayoutLink[] = [];
  const target = Math.round(2.5 * n);
  const addEdge = (a: number, b: number): boolean => {
    if (a === b) return false;
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (edges.has(key)) return false;
    edges.add(key);
    links.push({
      source: `a${a}`,
      target: `a${b}`,
      weight: 1 + Math.floor(rnd() * 3),
    });
    for (const v of [a, b]) {
      globalUrn.push(v);
      const sector = actors[v]?.sectorId;
      if (sector) sectorUrn.get(sector)?.push(v);
    }
    return true;
  };
  for (let i = 1; i < n; i++) {
    const sectorId = actors[i]?.sectorId ?? FOCAL_SECTOR;
    const own = sectorUrn.get(sectorId) ?? [];
    const m = Math.min(i, rnd() < 0.5 ? 2 : 3);
    let made = 0;
    for (let tries = 0; made < m && tries < 20; tries++) {
      const urn = own.length > 0 && rnd() < 0.65 ? own : globalUrn;
      if (addEdge(i, pick(rnd, urn))) made++;
    }
    own.push(i);
    if (!sectorUrn.has(sectorId)) sectorUrn.set(sectorId, own);
    globalUrn.push(i);
  }
  // Top up (or trim) to exactly 2.5 collaborations per actor.
  for (let tries = 0; links.length < target && tries < 50 * n; tries++) {
    addEdge(Math.floor(rnd() * n), pick(rnd, globalUrn));
  }
  links.length = Math.min(links.length, target);

  const labelHeight = LABEL_LINE_HEIGHT;
  const nodes: LayoutNode[] = actors.map((a) => ({
    id: a.id,
    sectorId: a.sectorId,
    ...nodeBox(NODE_DIAMETER, Math.ceil(measure(a.name)), labelHeight, LABEL_GAP),
  }));
  return {
    size: n,
    actors,
    input: { nodes, links, sectorOrder: [FOCAL_SECTOR, ...SECTORS], focalId: 'a0' },
  };
}

/** Rough label width without a canvas (node-side tests): 7.6 px per character at 14 px bold. */
export function approxMeasure(label: string): number {
  return label.length * 7.6;
}

/**
 * A graph with no sector structure: a random recursive tree (actor i links to a uniformly chosen
 * earlier actor) plus `extraLinks` links between uniformly chosen pairs, default 1.5 n, so 2.5
 * links per actor as in `generateGraph`. Sectors are drawn at random, unrelated to the links:
 * `sectors: 1` puts every partner in one sector, 9 spreads them over all nine. The culture school
 * sits in the focal sector, as in the app. Overlap removal has no sector regions to lean on here.
 */
export function generateUnstructured(
  n: number,
  measure: (label: string) => number,
  options: { sectors?: 1 | 9; extraLinks?: number; seed?: number } = {},
): BenchGraph {
  const sectors = options.sectors ?? 9;
  const rnd = mulberry32((options.seed ?? 2027) ^ Math.imul(n, 0x85ebca6b) ^ sectors);
  const actors: BenchActor[] = [
    { id: 'a0', name: 'Kulturskolen i Eksempel', sectorId: FOCAL_SECTOR },
  ];
  const used = new Set<string>(['Kulturskolen i Eksempel']);
  for (let i = 1; i < n; i++) {
    // Names from any sector's patterns, so label widths match the structured graphs.
    const pattern = pick(rnd, PATTERNS[pick(rnd, SECTORS)]);
    const place = pick(rnd, PLACE_A) + pick(rnd, PLACE_B);
    const person = `${pick(rnd, FIRST)} ${pick(rnd, LAST)}`;
    let name = pattern.replace('{p}', place).replace('{n}', person);
    if (used.has(name)) name = `${name} ${i}`;
    used.add(name);
    const sectorId = sectors === 1 ? 'culture' : pick(rnd, SECTORS);
    actors.push({ id: `a${i}`, name, sectorId });
  }
  const seen = new Set<string>();
  const links: LayoutLink[] = [];
  const add = (a: number, b: number) => {
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || seen.has(key)) return;
    seen.add(key);
    links.push({ source: `a${a}`, target: `a${b}`, weight: 1 + Math.floor(rnd() * 3) });
  };
  for (let i = 1; i < n; i++) add(i, Math.floor(rnd() * i));
  const target = links.length + (options.extraLinks ?? Math.round(1.5 * n));
  for (let tries = 0; links.length < target && tries < 50 * n; tries++) {
    add(Math.floor(rnd() * n), Math.floor(rnd() * n));
  }
  const nodes: LayoutNode[] = actors.map((a) => ({
    id: a.id,
    sectorId: a.sectorId,
    ...nodeBox(NODE_DIAMETER, Math.ceil(measure(a.name)), LABEL_LINE_HEIGHT, LABEL_GAP),
  }));
  return {
    size: n,
    actors,
    input: { nodes, links, sectorOrder: [FOCAL_SECTOR, ...SECTORS], focalId: 'a0' },
  };
}
