import { useMemo } from 'react';
import type { NodeSize } from '../../analysis/layout/fixedBoxes';
import { powerInterestLayout } from '../../analysis/layout/powerInterest';
import { ringsLayout } from '../../analysis/layout/rings';
import { sectorLabel } from '../../domain/template';
import type { LayoutMode, Locale, MapDocument, Template } from '../../domain/types';
import type { ElementModel } from '../../render/elements';
import type { Decoration } from '../../render/mapView';
import {
  createMeasure,
  LABEL_FONT_FAMILY,
  type Measure,
  wrapLines,
} from '../../render/nodeGeometry';
import { sectorColour } from '../../render/palette';
import { COLOURS, DECORATION, LABEL } from '../../render/tokens';

export interface FixedLayout {
  key: string;
  positions: Map<string, { x: number; y: number }>;
  decorations: Decoration[];
  unscored: string[];
}

type Text = (key: string) => string;

/** Decorations draw only their label; these satisfy the node style's data mappings. */
const DECORATION_DATA = { colour: COLOURS.paper, size: 1 };

/**
 * How `node.decoration` (src/render/style.ts) draws a label: bold at the tokens' decoration size,
 * wrapped at their width, centred on the node but moved down by the node style's label margin.
 */
const DECORATION_FONT = DECORATION.size;
const DECORATION_WRAP = DECORATION.maxWidth;
const DECORATION_SHIFT = LABEL.margin;
/** `node.quadrant`: the title, bold on one line, its bottom 36 px below the top edge. */
const TITLE_FONT = DECORATION.quadrantSize;
const TITLE_BAND = 60;
/** Rings as ellipses this much wider than tall: screens and slides are wide. */
const RINGS_ASPECT = 1.3;
/** The power/interest grid's width over height: a wide canvas less the list beside it. */
const GRID_ASPECT = 1.1;
const GAP = 8;

let sharedMeasure: Measure | null = null;
/** One canvas measure for every layout computed in this page (it caches widths). */
function defaultMeasure(): Measure {
  sharedMeasure ??= createMeasure();
  return sharedMeasure;
}

/** Size of a decoration's drawn label, with a little room for Cytoscape's own padding. */
function labelBox(text: string, measure: Measure): { w: number; h: number } {
  const font = `700 ${DECORATION_FONT}px ${LABEL_FONT_FAMILY}`;
  const lines = wrapLines(text, DECORATION_WRAP, font, measure);
  const w = Math.max(0, ...lines.map((l) => measure(l, font)));
  return { w: w + 8, h: Math.max(1, lines.length) * DECORATION_FONT * 1.25 + 8 };
}

const text = (id: string, label: string, x: number, y: number): Decoration => ({
  group: 'nodes',
  data: { id, label, ...DECORATION_DATA },
  // Given the label's centre: the node goes where the style's shift puts the label there.
  position: { x, y: y - DECORATION_SHIFT },
  classes: 'decoration',
});

/** Positions and background labels for the "Rings" and "Power/interest" layouts. */
export function fixedLayout(
  mode: LayoutMode,
  ringsBy: 'distance' | 'strength',
  doc: MapDocument,
  model: ElementModel,
  template: Template,
  locale: Locale,
  t: Text,
  measure: Measure = defaultMeasure(),
): FixedLayout | null {
  if (mode === 'force') return null;
  const sectors = template.sectors.map((s) => s.id);
  const boxes = new Map<string, NodeSize>(
    model.nodes.map((n) => [n.id, { w: n.w, h: n.h, dy: n.dy }]),
  );
  if (mode === 'rings') {
    const order = [...sectors, 'custom'];
    const labels = new Map(
      order.map((s) => [s, sectorLabel(template, s, locale) ?? t('custom.sector')]),
    );
    const layout = ringsLayout(doc, order, ringsBy, {
      boxes,
      // Ghosts go on a ring of their own just outside, in their sector's segment.
      extras: model.nodes.filter((n) => n.ghost).map((n) => ({ id: n.id, sectorId: n.sectorId })),
      segmentLabels: new Map(order.map((s) => [s, labelBox(labels.get(s) ?? '', measure)])),
      gap: GAP,
      aspect: RINGS_ASPECT,
    });
    const decorations = layout.segments.map((s) =>
      text(`segment:${s.sectorId}`, labels.get(s.sectorId) ?? '', s.x, s.y),
    );
    return { key: `rings:${ringsBy}`, positions: layout.positions, decorations, unscored: [] };
  }
  const titleFont = `700 ${TITLE_FONT}px ${LABEL_FONT_FAMILY}`;
  const quadrantIds = ['keep-satisfied', 'manage-closely', 'monitor', 'keep-informed'] as const;
  const titleWidth = Math.max(
    ...quadrantIds.map((q) => measure(t(`map.quadrants.${q}`), titleFont)),
  );
  const layout = powerInterestLayout(doc, {
    boxes,
    titleBand: TITLE_BAND,
    minQuadrantWidth: titleWidth + 48,
    aspect: GRID_ASPECT,
    gap: GAP,
  });
  const decorations: Decoration[] = layout.quadrants.map((q, i) => ({
    group: 'nodes',
    data: {
      id: `quadrant:${q.id}`,
      label: t(`map.quadrants.${q.id}`),
      size: 1,
      w: q.w,
      h: q.h,
      colour: sectorColour(sectors, sectors[i * 2] ?? ''),
    },
    position: { x: q.x + q.w / 2, y: q.y + q.h / 2 },
    classes: 'decoration quadrant',
  }));
  // Scores 1–5 along both axes, at the middle of each score's sub-column and sub-row.
  const left = Math.min(...layout.quadrants.map((q) => q.x));
  const bottom = Math.max(...layout.quadrants.map((q) => q.y + q.h));
  const tick = labelBox('5', measure);
  const tickRow = bottom + GAP + tick.h / 2;
  const tickColumn = left - GAP - tick.w / 2;
  for (const c of layout.columns) {
    decorations.push(text(`tick:interest:${c.score}`, `${c.score}`, c.start + c.size / 2, tickRow));
  }
  for (const r of layout.rows) {
    decorations.push(text(`tick:power:${r.score}`, `${r.score}`, tickColumn, r.start + r.size / 2));
  }
  const power = labelBox(t('map.axisPower'), measure);
  const interest = labelBox(t('map.axisInterest'), measure);
  decorations.push(
    text('axis:power', t('map.axisPower'), tickColumn - tick.w / 2 - GAP - power.w / 2, 0),
    text('axis:interest', t('map.axisInterest'), 0, tickRow + tick.h / 2 + interest.h / 2),
  );
  // Unscored actors are listed beside the grid rather than drawn (issue #3: "set aside and listed").
  return { key: 'power', positions: layout.positions, decorations, unscored: layout.unscored };
}

export function useFixedLayout(
  mode: LayoutMode,
  ringsBy: 'distance' | 'strength',
  doc: MapDocument | null,
  model: ElementModel | null,
  template: Template,
  locale: Locale,
  t: Text,
): FixedLayout | null {
  return useMemo(
    () => (doc && model ? fixedLayout(mode, ringsBy, doc, model, template, locale, t) : null),
    [mode, ringsBy, doc, model, template, locale, t],
  );
}
