import { visibleItems } from '../../analysis/visibility';
import { sectorLabel } from '../../domain/template';
import type { Locale, MapDocument, Template, View } from '../../domain/types';
import { type ElementModel, toElements } from '../../render/elements';
import { buildScene, type SceneInput } from '../../render/export/buildScene';
import type { Box, Dash, EdgeRole, LegendEntry, Scene } from '../../render/export/scene';
import type { Measure } from '../../render/nodeGeometry';
import { FOCAL_COLOUR, sectorColour } from '../../render/palette';
import { fixedLayout } from '../map/fixedLayouts';
import { gapOverlay } from '../map/gapOverlay';
import { liveMap } from '../map/liveMap';

type Point = { x: number; y: number };

export type { Text } from '../hooks';

import type { Text } from '../hooks';

export interface PictureSource {
  scene: Scene;
  region: Box;
}

/**
 * How much labels may grow on a page: up to what reads as about 11 pt on a 16:9 slide's map area
 * (roughly 720 × 450 pt), never more than 2.5 times the screen size.
 */
function labelCap(region: Box): number {
  const k = Math.min(720 / Math.max(1, region.w), 450 / Math.max(1, region.h));
  return Math.min(2.5, Math.max(1, 11 / (15 * k)));
}

/** Builds once at screen size to learn the extent, then again with labels as large as fits. */
function sceneWithLabels(input: SceneInput, measure: Measure, region: Box | null): PictureSource {
  const first = buildScene(input, measure);
  const cap = labelCap(region ?? first.bounds);
  const scene = cap > 1 ? buildScene({ ...input, maxLabelScale: cap }, measure) : first;
  return { scene, region: region ?? pad(scene.bounds) };
}

/** Room around the drawn map so labels at the edge are not cut. */
const pad = (b: Box, p = 24): Box => ({ x: b.x - p, y: b.y - p, w: b.w + 2 * p, h: b.h + 2 * p });

/** The map exactly as the canvas shows it: the whole of it, or only the part on screen. */
export function liveScene(part: 'whole' | 'current', measure: Measure): PictureSource | null {
  const live = liveMap();
  if (!live) return null;
  const visible = {
    actors: new Set(live.visible.actors),
    collaborations: new Set(live.visible.collaborations),
  };
  for (const n of live.model.nodes) if (n.ghost) visible.actors.add(n.id);
  const input = {
    model: live.model,
    positions: live.view.positions(),
    decorations: live.fixed?.decorations ?? [],
    visible,
  };
  return sceneWithLabels(input, measure, part === 'whole' ? null : live.view.camera());
}

/**
 * Ghosts exist only on a canvas with "Show gaps" on; a view with gaps drawn elsewhere places each
 * one just outside its sector's actors (or on the rim, in sector order, when it has none).
 */
function placeGhosts(model: ElementModel, positions: Map<string, Point>): void {
  const placed = [...positions.values()];
  if (placed.length === 0) return;
  const cx = placed.reduce((a, p) => a + p.x, 0) / placed.length;
  const cy = placed.reduce((a, p) => a + p.y, 0) / placed.length;
  const rim = Math.max(200, ...placed.map((p) => Math.hypot(p.x - cx, p.y - cy)));
  const perSector = new Map<string, number>();
  model.nodes.forEach((n) => {
    if (!n.ghost || positions.has(n.id)) return;
    const members = model.nodes.filter((m) => !m.ghost && m.sectorId === n.sectorId);
    const at = members.flatMap((m) => positions.get(m.id) ?? []);
    const index = model.sectorOrder.indexOf(n.sectorId);
    const angle = (2 * Math.PI * Math.max(0, index)) / Math.max(1, model.sectorOrder.length);
    const base = at.length
      ? {
          x: at.reduce((a, p) => a + p.x, 0) / at.length,
          y: at.reduce((a, p) => a + p.y, 0) / at.length,
        }
      : { x: cx + rim * Math.cos(angle), y: cy + rim * Math.sin(angle) };
    const len = Math.hypot(base.x - cx, base.y - cy) || 1;
    const ux = (base.x - cx) / len;
    const uy = (base.y - cy) / len;
    const k = perSector.get(n.sectorId) ?? 0;
    perSector.set(n.sectorId, k + 1);
    // Outward past the sector, then side by side along the rim.
    const side = (k % 2 ? -1 : 1) * Math.ceil(k / 2) * 170;
    positions.set(n.id, { x: base.x + ux * 140 - uy * side, y: base.y + uy * 140 + ux * side });
  });
}

/** Loaded only when a view sizes nodes by centrality. */
async function centralityFor(doc: MapDocument, view: View) {
  if (view.sizeBy !== 'centrality') return null;
  const { relativeBetweenness } = await import('../../analysis/centrality');
  return relativeBetweenness(doc);
}

/**
 * A saved view drawn without touching the screen: its filter, layout and colouring. The force
 * layout's places come from the canvas (ghosts have no stored place) and else from the document.
 */
export async function viewScene(
  doc: MapDocument,
  template: Template,
  view: View,
  locale: Locale,
  t: Text,
  measure: Measure,
): Promise<PictureSource> {
  const overlay = view.showGaps
    ? gapOverlay(doc, template, locale, (type) => t('map.ghost', { type }))
    : null;
  const model = toElements(doc, template, await centralityFor(doc, view), measure, overlay);
  const fixed = fixedLayout(view.layout, view.ringsBy, doc, model, template, locale, t);
  const positions = new Map(liveMap()?.view.forcePositionsNow() ?? []);
  for (const n of model.nodes)
    if (!positions.has(n.id) && n.position) positions.set(n.id, n.position);
  for (const [id, p] of fixed?.positions ?? []) positions.set(id, p);
  placeGhosts(model, positions);
  const visible = visibleItems(doc, view.filters);
  const input = { model, positions, decorations: fixed?.decorations ?? [], visible };
  return sceneWithLabels(input, measure, view.camera);
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
    entries.push({ kind: 'sector', colour: FOCAL_COLOUR, label: t('legend.focal') });
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
    ['ended', 'solid', t('legend.ended'), drawn('ended', null)],
    ['weak', 'solid', t('legend.weak'), drawn('weak', null)],
    ['stale', 'dotted', t('legend.stale'), drawn('stale', null)],
    ['ghost', 'dashed', t('legend.ghost'), drawn('ghost', null)],
  ];
  for (const [role, dash, label, present] of links) {
    if (present) entries.push({ kind: 'link', role, dash, label });
  }
  return entries;
}
