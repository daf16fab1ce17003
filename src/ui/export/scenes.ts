import type { Point } from '../../analysis/layout/types';
import { visibleItems } from '../../analysis/visibility';
import { sectorLabel } from '../../domain/template';
import type { LayoutMode, Locale, MapDocument, Template, View } from '../../domain/types';
import { type ElementModel, toElements } from '../../render/elements';
import { buildScene, type SceneInput } from '../../render/export/buildScene';
import { pageLayout } from '../../render/export/page';
import type {
  Box,
  Dash,
  EdgeRole,
  FrameOptions,
  LegendEntry,
  Scene,
} from '../../render/export/scene';
import { frameNodes } from '../../render/frameInput';
import { ringsCentre } from '../../render/frameView';
import { fitFrame } from '../../render/layout/frameService';
import type { Decoration } from '../../render/mapView';
import { type Measure, wrapLines } from '../../render/nodeGeometry';
import { sectorColour } from '../../render/palette';
import { COLOURS, DECORATION, FONT_FAMILY, LABEL } from '../../render/tokens';
import { fixedLayout } from '../map/fixedLayouts';
import { gapOverlay } from '../map/gapOverlay';
import type { LiveMap } from '../map/MapViewContext';
import { placeGhosts } from './ghosts';

export type { Text } from '../hooks';

import type { Text } from '../hooks';

/** A picture laid out for its page. */
export interface PictureSource {
  scene: Scene;
  region: Box;
  /** Full names of the actors drawn without a label (no room on the page), most important first. */
  unlabelled: string[];
}

/** What a picture shows, before it is laid out for its page. */
export interface MapSource {
  model: ElementModel;
  /** Network places, or the computed layout's places (rings, power/interest). */
  positions: ReadonlyMap<string, Point>;
  decorations: readonly Decoration[];
  visible: { actors: ReadonlySet<string>; collaborations: ReadonlySet<string> } | null;
  layout: LayoutMode;
}

/**
 * Label sizes on a page, in pixels of its 2× PNG (a 16:9 slide is 1920 px wide): 24 px is 12 pt
 * on the slide (docs/legibility.md). The layout aims as high as the page holds, and never goes
 * under 20 px; a map too big for that keeps the most important names and lists the rest in the
 * notes.
 */
export const PAGE_LABELS = { minPx: 20, maxPx: 32 } as const;
const PX_PER_PT = 2;

/** The map on the canvas: the whole of it, or the actors now on screen. */
export function liveSource(live: LiveMap | null, part: 'whole' | 'current'): MapSource | null {
  if (!live) return null;
  const onScreen = part === 'current' ? live.view.onScreen() : null;
  const actors = new Set(
    [...live.visible.actors].filter((id) => onScreen === null || onScreen.has(id)),
  );
  for (const n of live.model.nodes)
    if (n.ghost && (!onScreen || onScreen.has(n.id))) actors.add(n.id);
  const force = !live.fixed;
  return {
    model: live.model,
    positions: force ? live.view.networkPositions() : (live.fixed?.positions ?? new Map()),
    decorations: live.fixed?.decorations ?? [],
    visible: { actors, collaborations: new Set(live.visible.collaborations) },
    layout: live.fixed ? (live.fixed.key === 'power' ? 'power' : 'rings') : 'force',
  };
}

/** Loaded only when a view sizes nodes by centrality. */
async function centralityFor(doc: MapDocument, view: View) {
  if (view.sizeBy !== 'centrality') return null;
  const { relativeBetweenness } = await import('../../analysis/centrality');
  return relativeBetweenness(doc);
}

/**
 * A saved view, without touching the screen: its filter, layout and colouring. The force
 * layout's places come from the canvas (`network`: ghosts have no stored place) and else from
 * the document. A view with a camera shows the actors inside it.
 */
export async function viewSource(
  doc: MapDocument,
  template: Template,
  view: View,
  locale: Locale,
  t: Text,
  measure: Measure,
  network: ReadonlyMap<string, Point>,
): Promise<MapSource> {
  const overlay = view.showGaps
    ? gapOverlay(doc, template, locale, (type) => t('map.ghost', { type }))
    : null;
  const model = toElements(doc, template, await centralityFor(doc, view), measure, overlay);
  const fixed = fixedLayout(view.layout, view.ringsBy, doc, model, template, locale, t);
  const positions = new Map(network);
  for (const n of model.nodes)
    if (!positions.has(n.id) && n.position) positions.set(n.id, n.position);
  if (!fixed) placeGhosts(model, positions);
  const visible = visibleItems(doc, view.filters);
  for (const n of model.nodes) if (n.ghost) visible.actors.add(n.id);
  const camera = view.camera;
  if (camera && !fixed) {
    for (const id of [...visible.actors]) {
      const p = positions.get(id);
      const inside =
        p &&
        p.x >= camera.x &&
        p.x <= camera.x + camera.w &&
        p.y >= camera.y &&
        p.y <= camera.y + camera.h;
      if (!inside) visible.actors.delete(id);
    }
  }
  return {
    model,
    positions: fixed ? fixed.positions : positions,
    decorations: fixed?.decorations ?? [],
    visible,
    layout: view.layout,
  };
}

const shownIn = (source: MapSource) => (id: string) =>
  !source.visible || source.visible.actors.has(id);

/** The source drawn at its own places: what the legend is made from. */
export function previewScene(source: MapSource, measure: Measure): Scene {
  return buildScene({ ...source, decorations: [...source.decorations] }, measure);
}

/** Room round the drawn map so labels at the edge are not cut. */
const pad = (b: Box, p = 24): Box => ({ x: b.x - p, y: b.y - p, w: b.w + 2 * p, h: b.h + 2 * p });

/** How much labels may grow on a computed grid: up to about 11 pt on a 16:9 slide's map area. */
function labelCap(region: Box): number {
  const k = Math.min(720 / Math.max(1, region.w), 450 / Math.max(1, region.h));
  return Math.min(2.5, Math.max(1, 11 / (15 * k)));
}

/**
 * The picture laid out for its page (docs/legibility.md): the network map and the rings by the
 * frame-fit layout, for the exact map area the page leaves beside its title, legend and footer;
 * the power/interest grid as computed, since there a place is a score.
 */
export async function layoutPicture(
  source: MapSource,
  page: Omit<FrameOptions, 'region'>,
  measure: Measure,
  /** The map area in points, for a page laid out by hand (the workshop summary). */
  at?: Box,
): Promise<PictureSource> {
  if (source.layout === 'power') {
    const input: SceneInput = { ...source, decorations: [...source.decorations] };
    const first = buildScene(input, measure);
    const scene = buildScene({ ...input, maxLabelScale: labelCap(first.bounds) }, measure);
    return { scene, region: pad(scene.bounds), unlabelled: [] };
  }
  const area = at ?? pageLayout(page, measure).map;
  const frame = { w: area.w * PX_PER_PT, h: area.h * PX_PER_PT };
  const shown = shownIn(source);
  const model = source.model;
  const nodes = frameNodes(model, source.positions, {
    shown: (n) => shown(n.id),
    // A gap view is about its ghosts, a workshop's summary about what was added: their names stay.
    must: new Set(model.nodes.filter((n) => n.ghost || n.change === 'added').map((n) => n.id)),
    bleed: LABEL.exportHalo / 2,
  });
  const decorationFont = `700 ${DECORATION.size}px ${FONT_FAMILY}`;
  for (const d of source.decorations) {
    const data = d.data as { id?: string; label?: string };
    if (!d.position || !data.id || !data.label) continue;
    const lines = wrapLines(data.label, DECORATION.maxWidth, decorationFont, measure);
    nodes.push({
      id: data.id,
      x: d.position.x,
      y: d.position.y,
      d: 0,
      label: {
        w: Math.max(0, ...lines.map((l) => measure(l, decorationFont))),
        h: lines.length * DECORATION.size * 1.2,
      },
      importance: Number.MAX_SAFE_INTEGER,
      must: true,
      centred: true,
    });
  }
  const result = await fitFrame({
    nodes,
    gap: LABEL.margin,
    padding: 1,
    spread: source.layout === 'rings' ? 0 : 0.5,
    ...(source.layout === 'rings' ? { centre: ringsCentre(model, source.positions) } : {}),
    range: { frame, basePx: LABEL.size, ...PAGE_LABELS },
  });
  const positions = new Map<string, Point>();
  const sides = new Map<string, (typeof result.sides)[number]>();
  result.ids.forEach((id, i) => {
    positions.set(id, { x: result.xy[2 * i] ?? 0, y: result.xy[2 * i + 1] ?? 0 });
    sides.set(id, result.sides[i] ?? null);
  });
  const decorations = source.decorations.map((d) => {
    const at = positions.get(String((d.data as { id?: string }).id));
    return at ? { ...d, position: at } : d;
  });
  const scene = buildScene(
    { ...source, positions, decorations, sides, nodeScale: result.nodeScale },
    measure,
  );
  const w = frame.w / result.scale;
  const h = frame.h / result.scale;
  const region = { x: (result.model.w - w) / 2, y: (result.model.h - h) / 2, w, h };
  const names = new Map(model.nodes.map((n) => [n.id, n.label]));
  const unlabelled = result.hidden.flatMap((id) => names.get(id) ?? []);
  return { scene, region, unlabelled };
}

/** Sector colours actually drawn, then the link styles drawn: a legend with nothing extra. */
export function legendFor(
  scene: Scene,
  template: Template,
  locale: Locale,
  t: Text,
): LegendEntry[] {
  const entries: LegendEntry[] = [];
  if (scene.nodes.some((n) => n.focal)) {
    entries.push({ kind: 'sector', colour: COLOURS.focal, label: t('legend.focal') });
  }
  const fills = new Set(scene.nodes.filter((n) => !n.focal && !n.ghost).map((n) => n.fill));
  const sectors = template.sectors.map((s) => s.id);
  for (const id of sectors) {
    const colour = sectorColour(sectors, id);
    if (fills.delete(colour)) {
      entries.push({ kind: 'sector', colour, label: sectorLabel(template, id, locale) ?? id });
    }
  }
  for (const colour of fills) entries.push({ kind: 'sector', colour, label: t('custom.sector') });
  const drawn = (role: EdgeRole | null, dash: Dash | null) =>
    scene.edges.some(
      (e) =>
        (role === null ? e.role !== 'ghost' && e.role !== 'stale' : e.role === role) &&
        (dash === null || e.dash === dash),
    );
  const links: [EdgeRole, Dash, string, boolean][] = [
    ['active', 'solid', t('legend.active'), drawn('active', 'solid')],
    ['active', 'dashed', t('legend.planned'), drawn(null, 'dashed')],
    ['active', 'dotted', t('exporter.legendPaused'), drawn(null, 'dotted')],
    ['ended', 'dashdot', t('legend.ended'), drawn('ended', null)],
    ['weak', 'solid', t('legend.weak'), drawn('weak', null)],
    ['stale', 'dotted', t('legend.stale'), drawn('stale', null)],
    ['ghost', 'dashed', t('legend.ghost'), drawn('ghost', null)],
  ];
  for (const [role, dash, label, present] of links) {
    if (present) entries.push({ kind: 'link', role, dash, label });
  }
  return entries;
}
