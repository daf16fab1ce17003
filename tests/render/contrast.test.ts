// @vitest-environment jsdom
/**
 * WCAG 2.2 contrast of every visual token (issue 15, point 7): each colour at the opacity it is
 * drawn with, blended over the background it lies on. Lines, node boundaries and rings need 3:1
 * (1.4.11), labels 4.5:1 (1.4.3), labels faded by a selection 3:1. The tokens are enumerated
 * from their exported objects, then checked again as drawn: by Cytoscape's own style resolution
 * on a headless canvas, and in exported SVG pages on every background.
 */
import {
  type Color,
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
  oklch,
  rgb,
} from 'culori';
import cytoscape, {
  type Core,
  type EdgeSingular,
  type ElementDefinition,
  type NodeSingular,
} from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { COLOR } from '../../src/io/pptx/layout';
import { showFixedLayout, syncElements } from '../../src/render/elementSync';
import type { EdgeModel, ElementModel, NodeModel } from '../../src/render/elements';
import { buildScene } from '../../src/render/export/buildScene';
import type { Background, Dash, EdgeRole, LegendEntry } from '../../src/render/export/scene';
import { sceneToSvg, svgToString } from '../../src/render/export/svg';
import { DASHES } from '../../src/render/export/svgMap';
import { exportTheme } from '../../src/render/export/theme';
import { highlightAround } from '../../src/render/highlight';
import { nodeOutline } from '../../src/render/palette';
import { mapStyle } from '../../src/render/style';
import {
  CHANGE_COLOURS,
  COLOURS,
  DASH,
  LINK_COLOURS,
  LINK_OPACITY,
  NODE_OUTLINES,
  SECTOR_COLOURS,
} from '../../src/render/tokens';
import { contrast, FADED_TEXT, NON_TEXT, over, ratio, TEXT } from './contrastKit';
import { measure, sampleFrame } from './export/fixtures';

const PAPER = COLOURS.paper;
/** Every fill an actor can have: the sector hues and the custom grey. */
const FILLS: string[] = [...SECTOR_COLOURS, COLOURS.custom];

/**
 * Drawn below 3:1 on purpose, and why. Kept short: a colour lands here only when something else
 * carries its meaning, and the test fails if the list grows.
 */
const DECORATIVE = {
  'COLOURS.focalRing':
    'ornament round the culture school, whose near-black fill is its boundary (17:1)',
  'COLOURS.fresh':
    'the soft ring that helps the room find a name just typed; the node keeps its own outline',
  FADE: 'what a selection leaves out and the links of the power/interest grid: context left pale on purpose, their labels keep 3:1',
  'pptx COLOR.rule':
    'hairlines of deck tables and chart grids; banding and alignment carry the rows',
} as const;

type Role =
  | { role: 'text'; floor?: number }
  | { role: 'non-text'; alpha?: number }
  | { role: 'fill' }
  | { role: 'background' }
  | { role: 'decorative'; why: keyof typeof DECORATIVE };

/** What each colour of COLOURS is drawn as; a new colour does not type-check until placed here. */
const COLOUR_ROLES: Record<keyof typeof COLOURS, Role> = {
  ink: { role: 'text' },
  inkContrast: { role: 'text' },
  // Ghost labels, background labels, footers.
  muted: { role: 'text' },
  fadedText: { role: 'text', floor: FADED_TEXT },
  paper: { role: 'background' },
  // The culture school's fill is its own boundary.
  focal: { role: 'non-text' },
  focalRing: { role: 'decorative', why: 'COLOURS.focalRing' },
  custom: { role: 'fill' },
  quadrantBorder: { role: 'non-text' },
  ghostLink: { role: 'non-text', alpha: LINK_OPACITY.ghost },
  linkContrast: { role: 'non-text', alpha: LINK_OPACITY.contrast },
  fresh: { role: 'decorative', why: 'COLOURS.fresh' },
  keyFocus: { role: 'non-text' },
};

/** The opacity each link colour is drawn with (style.ts); a new colour must say its own. */
const LINK_ALPHA: Record<keyof typeof LINK_COLOURS, number> = {
  active: LINK_OPACITY.active,
  planned: LINK_OPACITY.active,
  ended: LINK_OPACITY.ended,
  highlight: LINK_OPACITY.highlight,
  weak: LINK_OPACITY.marked,
  stale: LINK_OPACITY.marked,
};
const CHANGE_ALPHA: Record<keyof typeof CHANGE_COLOURS, number> = {
  added: LINK_OPACITY.added,
  removed: LINK_OPACITY.removed,
};

/** The deck's own colours (pptx/layout.ts): text on white slides and banded table rows. */
const DECK_ROLES: Record<keyof typeof COLOR, Role> = {
  text: { role: 'text' },
  accent: { role: 'text' },
  muted: { role: 'text' },
  band: { role: 'background' },
  white: { role: 'background' },
  rule: { role: 'decorative', why: 'pptx COLOR.rule' },
};

const hex = (c: string) => `#${c}`;

describe('the exclusion list', () => {
  it('is short, and every decorative colour gives its reason there', () => {
    expect(Object.keys(DECORATIVE).length).toBeLessThanOrEqual(4);
    for (const r of [...Object.values(COLOUR_ROLES), ...Object.values(DECK_ROLES)]) {
      if (r.role === 'decorative') expect(DECORATIVE[r.why]).toBeTruthy();
    }
    expect(Object.keys(COLOUR_ROLES).sort()).toEqual(Object.keys(COLOURS).sort());
    expect(Object.keys(LINK_ALPHA).sort()).toEqual(Object.keys(LINK_COLOURS).sort());
    expect(Object.keys(DECK_ROLES).sort()).toEqual(Object.keys(COLOR).sort());
  });
});

describe('the tokens', () => {
  it.each(FILLS)('node fill %s has an outline of its own hue at 3:1 on the map', (fill) => {
    const outline = NODE_OUTLINES[fill];
    expect(outline, `no outline for ${fill}`).toBeDefined();
    if (!outline) return;
    expect(nodeOutline(fill)).toBe(outline);
    const r = contrast(outline, PAPER);
    expect(r, `${fill} outline ${outline} ${ratio(r)}`).toBeGreaterThanOrEqual(NON_TEXT);
    const f = oklch(fill);
    const o = oklch(outline);
    expect(o?.l ?? 1).toBeLessThan(f?.l ?? 0);
    // Grey has no hue to keep; every colour keeps its own within a few degrees.
    if ((f?.c ?? 0) > 0.04) {
      const turn = Math.abs((((o?.h ?? 0) - (f?.h ?? 0) + 540) % 360) - 180);
      expect(turn, `${fill} → ${outline} turns ${turn.toFixed(1)}°`).toBeLessThan(15);
    }
  });

  it('has an outline only for fills in use', () => {
    for (const fill of Object.keys(NODE_OUTLINES)) expect(FILLS).toContain(fill);
  });

  it('keeps the culture school and a removed actor their own boundary', () => {
    expect(nodeOutline(COLOURS.focal)).toBe(COLOURS.focal);
    expect(contrast(COLOURS.focal, PAPER)).toBeGreaterThanOrEqual(NON_TEXT);
    // A removed actor's name is drawn in its colour.
    expect(contrast(CHANGE_COLOURS.removed, PAPER)).toBeGreaterThanOrEqual(TEXT);
  });

  it.each(Object.entries(LINK_COLOURS))('link colour %s (%s) reaches 3:1 as drawn', (key, c) => {
    const alpha = LINK_ALPHA[key as keyof typeof LINK_COLOURS];
    const r = contrast(c, PAPER, alpha);
    expect(r, `${key} ${c} at ${alpha}: ${ratio(r)}`).toBeGreaterThanOrEqual(NON_TEXT);
  });

  it.each(Object.entries(CHANGE_COLOURS))('change colour %s (%s) reaches 3:1', (key, c) => {
    const alpha = CHANGE_ALPHA[key as keyof typeof CHANGE_COLOURS];
    const r = contrast(c, PAPER, alpha);
    expect(r, `${key} ${c} at ${alpha}: ${ratio(r)}`).toBeGreaterThanOrEqual(NON_TEXT);
  });

  it.each(Object.entries(COLOURS))('colour %s (%s) meets the floor of its role', (key, c) => {
    const role = COLOUR_ROLES[key as keyof typeof COLOURS];
    if (role.role === 'text') {
      expect(contrast(c, PAPER), key).toBeGreaterThanOrEqual(role.floor ?? TEXT);
    } else if (role.role === 'non-text') {
      expect(contrast(c, PAPER, role.alpha ?? 1), key).toBeGreaterThanOrEqual(NON_TEXT);
    } else if (role.role === 'fill') {
      expect(contrast(nodeOutline(c), PAPER), key).toBeGreaterThanOrEqual(NON_TEXT);
    } else if (role.role === 'background') {
      expect(c).toBe(PAPER);
    }
  });

  it('tells ended from active by its dash, not by colour alone', () => {
    expect(DASH.ended.length).toBeGreaterThan(2);
    expect([...DASH.ended]).not.toEqual([...DASH.dashed]);
  });

  it.each(Object.entries(COLOR))('deck colour %s (%s) meets the floor of its role', (key, c) => {
    const role = DECK_ROLES[key as keyof typeof COLOR];
    if (role.role !== 'text') return;
    for (const bg of [COLOR.white, COLOR.band]) {
      expect(contrast(hex(c), hex(bg)), `${key} on ${bg}`).toBeGreaterThanOrEqual(TEXT);
    }
  });
});

/**
 * Colour-blind safety, simulated (Machado et al. 2009, as culori implements it): no two sector
 * fills, and no two link marks the map can show side by side, come closer than a clearly
 * visible difference (CIEDE2000) for deuteranopia, protanopia or tritanopia.
 */
describe('colour-vision deficiencies', () => {
  const through =
    (filter: (c: Color) => Color) =>
    (c: string): Color | undefined => {
      const parsed = rgb(c);
      return parsed && filter(parsed);
    };
  const visions: Record<string, (c: string) => Color | undefined> = {
    normal: through((c) => c),
    deuteranopia: through(filterDeficiencyDeuter(1)),
    protanopia: through(filterDeficiencyProt(1)),
    tritanopia: through(filterDeficiencyTrit(1)),
  };
  const dE = differenceCiede2000();
  const closest = (colours: Record<string, string>, skip: readonly string[] = []) => {
    let min = { d: Number.POSITIVE_INFINITY, pair: '' };
    const names = Object.keys(colours);
    for (const [vision, see] of Object.entries(visions))
      names.forEach((a, i) => {
        for (const b of names.slice(i + 1)) {
          if (skip.includes(`${a}/${b}`)) continue;
          const [ca, cb] = [see(colours[a] ?? ''), see(colours[b] ?? '')];
          if (!ca || !cb) throw new Error(`not colours: ${a}, ${b}`);
          const d = dE(ca, cb);
          if (d < min.d) min = { d, pair: `${a}/${b} (${vision})` };
        }
      });
    return min;
  };

  it('keeps every sector fill apart', () => {
    const { d, pair } = closest(Object.fromEntries(FILLS.map((f) => [f, f])));
    expect(d, pair).toBeGreaterThanOrEqual(8);
  });

  it('keeps the link marks apart', () => {
    const marks = {
      weak: LINK_COLOURS.weak,
      stale: LINK_COLOURS.stale,
      highlight: LINK_COLOURS.highlight,
      added: CHANGE_COLOURS.added,
      removed: CHANGE_COLOURS.removed,
      grey: LINK_COLOURS.active,
    };
    // Never side by side at full strength: a selection draws its neighbourhood in the highlight
    // colour (weak links there included) and fades everything else.
    const { d, pair } = closest(marks, ['weak/highlight']);
    expect(d, pair).toBeGreaterThanOrEqual(10);
  });
});

// ---- As drawn on screen: Cytoscape resolves the stylesheet on a headless canvas. ----

const KINDS = ['organisation', 'person', 'project', 'group'] as const;
const STATUSES = ['active', 'planned', 'idea', 'paused', 'ended'] as const;
const MARKS = [undefined, 'weak', 'stale'] as const;
const CHANGES = [undefined, 'added', 'removed'] as const;

function modelNode(id: string, colour: string, extra: Partial<NodeModel> = {}): NodeModel {
  return {
    id,
    label: `Aktør ${id}`,
    sectorId: 's',
    colour,
    size: 30,
    focal: false,
    kind: 'organisation',
    degree: 1,
    pinned: false,
    position: null,
    w: 90,
    h: 60,
    dy: 10,
    lines: [`Aktør ${id}`],
    labelW: 70,
    labelH: 17,
    body: 32,
    ...extra,
  };
}

/** Every kind of actor and every kind of link the map can draw, in one model. */
function everything(): ElementModel {
  const nodes: NodeModel[] = [
    modelNode('focal', COLOURS.focal, { focal: true, size: 60 }),
    ...FILLS.map((c, i) => modelNode(`fill${i}`, c, { kind: KINDS[i % KINDS.length] })),
    ...FILLS.map((c, i) => modelNode(`ghost${i}`, c, { ghost: true, kind: 'ghost' })),
    modelNode('removed', CHANGE_COLOURS.removed, { ghost: true, change: 'removed' }),
    modelNode('added', SECTOR_COLOURS[1], { change: 'added' }),
    modelNode('pinned', SECTOR_COLOURS[5], { pinned: true }),
    // A loner: selecting it fades everything but its one link.
    modelNode('loner', SECTOR_COLOURS[2]),
  ];
  nodes.forEach((n, i) => {
    n.position = { x: (i % 8) * 150, y: Math.floor(i / 8) * 150 };
  });
  const edges: EdgeModel[] = [];
  let k = 0;
  for (const status of STATUSES)
    for (const mark of MARKS)
      for (const change of CHANGES) {
        const target = `fill${k % FILLS.length}`;
        edges.push({
          id: `e${k++}`,
          source: 'focal',
          target,
          label: '',
          strength: 1,
          status,
          ...(mark ? { mark } : {}),
          ...(change ? { change } : {}),
        });
      }
  FILLS.forEach((_, i) => {
    edges.push({
      id: `g${i}`,
      source: 'focal',
      target: `ghost${i}`,
      label: '',
      strength: 1,
      status: 'idea',
      mark: 'ghost',
    });
  });
  edges.push({
    id: 'lone',
    source: 'loner',
    target: 'added',
    label: '',
    strength: 2,
    status: 'active',
  });
  return { nodes, edges, sectorOrder: ['s'] };
}

/** The background labels of the computed layouts: a ring's name, the four quadrants. */
const DECORATIONS: ElementDefinition[] = [
  {
    data: { id: 'segment', label: 'Kunst og kultur', colour: PAPER, size: 1 },
    position: { x: -300, y: -300 },
    classes: 'decoration',
  },
  ...[0, 2, 4, 6].map((s, i) => ({
    data: {
      id: `quadrant${i}`,
      label: 'Hold tett kontakt',
      colour: SECTOR_COLOURS[s],
      w: 400,
      h: 300,
      size: 1,
    },
    position: { x: -1000 + i * 420, y: -800 },
    classes: 'decoration quadrant',
  })),
];

function drawn(contrastMode: boolean): Core {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: mapStyle({ labelScale: 1, contrast: contrastMode }),
  });
  const model = everything();
  syncElements(cy, model, new Map(), {
    framed: () => false,
    nodeScale: () => 1,
    dragging: () => false,
    moved: () => {},
    unpin: () => {},
  });
  const all = new Map(model.nodes.map((n) => [n.id, n.position ?? { x: 0, y: 0 }]));
  showFixedLayout(cy, DECORATIONS, all, false);
  return cy;
}

/** Cytoscape's resolved style of an element (its `pstyle`, left out of the typings). */
type Styled = NodeSingular | EdgeSingular;
const pstyle = (el: Styled, p: string) =>
  (el as unknown as { pstyle(p: string): { value: unknown; strValue: string } }).pstyle(p);
const strOf = (el: Styled, p: string) => pstyle(el, p).strValue;
const numOf = (el: Styled, p: string) => Number(pstyle(el, p).value);

interface Finding {
  what: string;
  r: number;
  floor: number;
}

/** Every line, node boundary and label of the canvas, measured as Cytoscape will paint it. */
function measureCanvas(cy: Core): Finding[] {
  const out: Finding[] = [];
  cy.edges().forEach((e) => {
    if (e.hasClass('faded') || e.hasClass('faint')) return; // DECORATIVE.FADE
    const r = contrast(strOf(e, 'line-color'), PAPER, e.effectiveOpacity());
    const d = e.data();
    out.push({ what: `link ${d.status}/${d.mark ?? '-'}/${d.change ?? '-'}`, r, floor: NON_TEXT });
  });
  cy.nodes().forEach((n) => {
    const id = n.id();
    const op = n.effectiveOpacity();
    const decoration = n.hasClass('decoration');
    const faded = n.hasClass('faded');
    const fill = strOf(n, 'background-color');
    const fillAlpha = numOf(n, 'background-opacity') * op;
    if (!faded && (!decoration || n.hasClass('quadrant'))) {
      const border = numOf(n, 'border-width') > 0;
      const r = Math.max(
        decoration ? 0 : contrast(fill, PAPER, fillAlpha),
        border ? contrast(strOf(n, 'border-color'), PAPER, numOf(n, 'border-opacity') * op) : 0,
      );
      out.push({ what: `boundary of ${id}`, r, floor: NON_TEXT });
    }
    if (!n.data('label')) return;
    // A quadrant's title sits on its own tint; every other label on the white map.
    const under = n.hasClass('quadrant') ? over(fill, fillAlpha, PAPER) : PAPER;
    const r = contrast(strOf(n, 'color'), under, numOf(n, 'text-opacity') * op);
    out.push({
      what: `label of ${id}${faded ? ' (faded)' : ''}`,
      r,
      floor: faded ? FADED_TEXT : TEXT,
    });
  });
  return out;
}

const failures = (found: Finding[]) =>
  found.filter((f) => f.r < f.floor).map((f) => `${f.what}: ${ratio(f.r)} < ${f.floor}:1`);

describe.each([
  ['desk', false],
  ['projector', true],
])('on screen (%s)', (_, contrastMode) => {
  it('draws every line, node boundary and label at WCAG contrast', () => {
    const cy = drawn(contrastMode);
    const found = measureCanvas(cy);
    // Everything was measured: every link, and a boundary for every actor and quadrant.
    expect(found.filter((f) => f.what.startsWith('link'))).toHaveLength(cy.edges().length);
    expect(found.filter((f) => f.what.startsWith('boundary'))).toHaveLength(cy.nodes().length - 1);
    expect(failures(found)).toEqual([]);
  });

  it('keeps a selection and its neighbourhood at contrast, and faded labels at 3:1', () => {
    const cy = drawn(contrastMode);
    cy.getElementById('loner').select();
    cy.getElementById('e0').select();
    highlightAround(cy, 'loner');
    const found = measureCanvas(cy);
    const faded = found.filter((f) => f.what.endsWith('(faded)'));
    expect(faded.length).toBeGreaterThan(20);
    expect(failures(found)).toEqual([]);
    const selected = cy.getElementById('loner');
    expect(strOf(selected, 'border-color')).toBe('rgb(213,94,0)');
  });

  it('draws ended links dash-dotted, unlike active and planned ones', () => {
    const cy = drawn(contrastMode);
    const look = (status: string) => {
      const e = cy.edges(`[status = "${status}"]`).filter((x) => !x.data('mark'))[0];
      return e
        ? [pstyle(e, 'line-style').value, JSON.stringify(pstyle(e, 'line-dash-pattern').value)]
        : null;
    };
    expect(look('ended')).toEqual(['dashed', JSON.stringify([...DASH.ended])]);
    expect(look('active')?.[0]).toBe('solid');
    expect(look('planned')?.[1]).not.toEqual(look('ended')?.[1]);
  });
});

// ---- As exported: the SVG page that PNG, PDF and the deck's pictures are made from. ----

const SVG_DECORATIONS: ElementDefinition[] = [
  { data: { id: 't', label: 'Kunst og kultur' }, position: { x: -300, y: -300 } },
  {
    data: { id: 'q', label: 'Hold tett kontakt', w: 400, h: 300, colour: SECTOR_COLOURS[0] },
    position: { x: -900, y: -700 },
  },
];

function exported(background: Background) {
  const model = everything();
  const positions = new Map(model.nodes.map((n) => [n.id, n.position ?? { x: 0, y: 0 }]));
  // Added since a saved version: the workshop summary's green ring.
  const scene = buildScene(
    { model, positions, decorations: SVG_DECORATIONS, visible: null },
    measure,
  );
  const roles = Object.keys(exportTheme(background).edge) as EdgeRole[];
  const dashes = Object.keys(DASHES) as Dash[];
  const entries: LegendEntry[] = [
    ...[COLOURS.focal, ...FILLS].map((colour) => ({
      kind: 'sector' as const,
      colour,
      label: colour,
    })),
    ...roles.flatMap((role) =>
      dashes.map((dash) => ({ kind: 'link' as const, role, dash, label: `${role} ${dash}` })),
    ),
  ];
  const frame = sampleFrame({
    background,
    region: scene.bounds,
    legend: { heading: 'Forklaring', entries },
  });
  const text = svgToString(sceneToSvg(scene, frame, measure));
  return { doc: new DOMParser().parseFromString(text, 'image/svg+xml'), scene, entries };
}

function inherited(el: Element, name: string): string | null {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const v = e.getAttribute(name);
    if (v !== null) return v;
  }
  return null;
}

function opacity(el: Element): number {
  let a = 1;
  for (let e: Element | null = el; e; e = e.parentElement)
    a *= Number(e.getAttribute('opacity') ?? 1);
  return a;
}

/** A shape's paint, 0:1 when it has none. */
function paint(el: Element, what: 'stroke' | 'fill', page: string): number {
  const colour = inherited(el, what);
  if (!colour || colour === 'none') return 0;
  if (what === 'stroke' && Number(inherited(el, 'stroke-width') ?? 1) <= 0) return 0;
  const alpha = Number(inherited(el, `${what}-opacity`) ?? 1) * opacity(el);
  return contrast(colour, page, alpha);
}

function measureSvg(doc: Document, page: string): Finding[] {
  const out: Finding[] = [];
  const q = (sel: string) => [...doc.querySelectorAll(sel)];
  for (const line of q('[data-layer="edges"] line, [data-layer="legend"] line'))
    out.push({
      what: `line ${line.getAttribute('stroke')}`,
      r: paint(line, 'stroke', page),
      floor: NON_TEXT,
    });
  for (const g of q('[data-layer="nodes"] > g')) {
    const shapes = [...g.children];
    const r = Math.max(
      ...shapes.flatMap((s) => [paint(s, 'fill', page), paint(s, 'stroke', page)]),
    );
    out.push({ what: `node ${g.getAttribute('data-node')}`, r, floor: NON_TEXT });
  }
  for (const c of q('[data-layer="legend"] circle')) {
    const r = Math.max(paint(c, 'fill', page), paint(c, 'stroke', page));
    out.push({ what: `legend swatch ${c.getAttribute('fill')}`, r, floor: NON_TEXT });
  }
  for (const rect of q('[data-layer="rects"] rect'))
    out.push({ what: 'quadrant border', r: paint(rect, 'stroke', page), floor: NON_TEXT });
  for (const t of q('text')) {
    const rect =
      t.parentElement?.getAttribute('data-layer') === 'rects' ? t.previousElementSibling : null;
    const under = rect
      ? over(rect.getAttribute('fill') ?? page, Number(rect.getAttribute('fill-opacity')), page)
      : page;
    out.push({ what: `text "${t.textContent}"`, r: paint(t, 'fill', under), floor: TEXT });
  }
  return out;
}

describe.each(['light', 'transparent', 'dark'] as const)('exported on a %s page', (background) => {
  it('draws every line, node boundary, swatch and text at WCAG contrast', () => {
    const { doc, scene, entries } = exported(background);
    // A transparent page assumes a light one: dark text with a white halo (theme.ts).
    const page = doc.querySelector('[data-layer="background"]')?.getAttribute('fill') ?? PAPER;
    const found = measureSvg(doc, page);
    expect(found.filter((f) => f.what.startsWith('node'))).toHaveLength(scene.nodes.length);
    expect(doc.querySelectorAll('[data-layer="edges"] line')).toHaveLength(scene.edges.length);
    expect(doc.querySelectorAll('[data-layer="legend"] line').length).toBeGreaterThan(
      entries.length / 2,
    );
    expect(failures(found)).toEqual([]);
  });
});
