import { visibleItems } from '../../analysis/visibility';
import { sectorLabel } from '../../domain/template';
import type { Locale, MapDocument, Template, View } from '../../domain/types';
import { toElements } from '../../render/elements';
import { buildScene } from '../../render/export/buildScene';
import type { Box, Dash, EdgeRole, LegendEntry, Scene } from '../../render/export/scene';
import type { Measure } from '../../render/nodeGeometry';
import { FOCAL_COLOUR, sectorColour } from '../../render/palette';
import { fixedLayout } from '../map/fixedLayouts';
import { gapOverlay } from '../map/gapOverlay';
import { liveMap } from '../map/liveMap';

export type Text = (key: string, options?: Record<string, unknown>) => string;

export interface PictureSource {
  scene: Scene;
  region: Box;
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
  const scene = buildScene(
    {
      model: live.model,
      positions: live.view.positions(),
      decorations: live.fixed?.decorations ?? [],
      visible,
    },
    measure,
  );
  return { scene, region: part === 'whole' ? pad(scene.bounds) : live.view.camera() };
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
  const visible = visibleItems(doc, view.filters);
  const scene = buildScene(
    { model, positions, decorations: fixed?.decorations ?? [], visible },
    measure,
  );
  return { scene, region: view.camera ?? pad(scene.bounds) };
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
