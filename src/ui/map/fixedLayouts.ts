import { useMemo } from 'react';
import { powerInterestLayout } from '../../analysis/layout/powerInterest';
import { ringsLayout } from '../../analysis/layout/rings';
import { sectorLabel } from '../../domain/template';
import type { Locale, MapDocument, Template } from '../../domain/types';
import type { ElementModel } from '../../render/elements';
import type { Decoration } from '../../render/mapView';
import { sectorColour } from '../../render/palette';
import type { LayoutMode } from '../../state/uiStore';

export interface FixedLayout {
  key: string;
  positions: Map<string, { x: number; y: number }>;
  decorations: Decoration[];
  unscored: string[];
}

type Text = (key: string) => string;

/** Decorations draw only their label; these satisfy the node style's data mappings. */
const DECORATION_DATA = { colour: '#ffffff', size: 1 };

/** Positions and background labels for the "Rings" and "Power/interest" layouts. */
export function fixedLayout(
  mode: LayoutMode,
  ringsBy: 'distance' | 'strength',
  doc: MapDocument,
  model: ElementModel,
  template: Template,
  locale: Locale,
  t: Text,
): FixedLayout | null {
  if (mode === 'force') return null;
  const sectors = template.sectors.map((s) => s.id);
  if (mode === 'rings') {
    const order = [...sectors, 'custom'];
    const layout = ringsLayout(doc, order, ringsBy);
    const outer = layout.radii[layout.radii.length - 1] ?? 300;
    // Ghost nodes stand just outside the rings, in the middle of their sector's segment.
    for (const n of model.nodes.filter((x) => x.ghost)) {
      const seg = layout.segments.find((s) => s.sectorId === n.sectorId);
      if (seg)
        layout.positions.set(n.id, {
          x: (outer + 60) * Math.cos(seg.angle),
          y: (outer + 60) * Math.sin(seg.angle),
        });
    }
    const decorations = layout.segments.map((s) => ({
      group: 'nodes' as const,
      data: {
        id: `segment:${s.sectorId}`,
        label: sectorLabel(template, s.sectorId, locale) ?? t('custom.sector'),
        ...DECORATION_DATA,
      },
      position: { x: s.x, y: s.y },
      classes: 'decoration',
    }));
    return { key: `rings:${ringsBy}`, positions: layout.positions, decorations, unscored: [] };
  }
  const layout = powerInterestLayout(doc);
  // Unscored actors are listed beside the grid rather than drawn (issue #3: "set aside and listed").
  for (const id of layout.unscored) layout.positions.delete(id);
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
  decorations.push(
    {
      group: 'nodes',
      data: { id: 'axis:power', label: t('map.axisPower'), ...DECORATION_DATA },
      position: { x: Math.min(...layout.quadrants.map((q) => q.x)) - 90, y: 0 },
      classes: 'decoration',
    },
    {
      group: 'nodes',
      data: { id: 'axis:interest', label: t('map.axisInterest'), ...DECORATION_DATA },
      position: { x: 0, y: Math.max(...layout.quadrants.map((q) => q.y + q.h)) + 40 },
      classes: 'decoration',
    },
  );
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
