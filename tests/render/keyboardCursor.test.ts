import { describe, expect, it } from 'vitest';
import { KEY_FOCUS } from '../../src/render/keyboardCursor';
import { mapStyle } from '../../src/render/style';
import { COLOURS, LINK_COLOURS } from '../../src/render/tokens';
import { headlessView, model, placedMap } from './harness';

/** The culture school at (0, 0), Biblioteket (200, 0), Korpset (0, 200), Haugen skole (300, 100). */
function setup() {
  const map = placedMap();
  const { view } = headlessView();
  view.update(model(map.doc));
  return { view, ...map };
}

describe('the keyboard cursor on a headless map', () => {
  it('starts at the culture school, then moves to the nearest actor each way', () => {
    const { view, ids } = setup();
    expect(view.nextActor(null, 'left')).toBe(ids.school);
    expect(view.nextActor(ids.school, 'right')).toBe(ids.library);
    expect(view.nextActor(ids.school, 'down')).toBe(ids.band);
    expect(view.nextActor(ids.library, 'right')).toBe(ids.school2);
    expect(view.nextActor(ids.school2, 'left')).toBe(ids.library);
    expect(view.nextActor(ids.band, 'up')).toBe(ids.school);
    // Nothing lies left of or above the school: the edge.
    expect(view.nextActor(ids.school, 'left')).toBeNull();
    expect(view.nextActor(ids.school, 'up')).toBeNull();
    view.destroy();
  });

  it('skips filtered-out actors, and starts near the middle when the school is hidden', () => {
    const { view, ids } = setup();
    view.setVisible(new Set([ids.library, ids.band, ids.school2]), new Set());
    expect(
      view.readout
        .reachable()
        .map((a) => a.id)
        .sort(),
    ).toEqual([ids.library, ids.band, ids.school2].sort());
    expect(view.nextActor(null, 'right')).not.toBe(ids.school);
    expect([ids.library, ids.band, ids.school2]).toContain(view.nextActor(null, 'right'));
    // From Korpset, up would have been the school: now it is the one left in the cone, Biblioteket.
    expect(view.nextActor(ids.band, 'up')).toBe(ids.library);
    // A current actor that is filtered out starts again as if there were none.
    view.setVisible(new Set([ids.library, ids.band]), new Set());
    expect([ids.library, ids.band]).toContain(view.nextActor(ids.school2, 'left'));
    view.destroy();
  });

  it('names the reachable actors and draws the focus ring on one actor at a time', () => {
    const { view, ids } = setup();
    expect(view.readout.reachable().find((a) => a.id === ids.library)).toMatchObject({
      name: 'Biblioteket',
      x: 200,
      y: 0,
    });
    expect(view.readout.keyFocus()).toBeNull();
    view.showKeyFocus(ids.library);
    expect(view.readout.keyFocus()?.id).toBe(ids.library);
    view.showKeyFocus(ids.band);
    expect(view.readout.keyFocus()?.id).toBe(ids.band);
    view.showKeyFocus(null);
    expect(view.readout.keyFocus()).toBeNull();
    view.destroy();
  });
});

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('the focus ring style', () => {
  it('is an outline in its own colour, at least 3:1 on the white map, on desk and projector', () => {
    for (const contrast of [false, true]) {
      const rule = mapStyle({ labelScale: 1, contrast }).find(
        (r) => 'selector' in r && r.selector === `node.${KEY_FOCUS}`,
      );
      const style = rule && 'style' in rule ? (rule.style as Record<string, unknown>) : undefined;
      expect(style?.['outline-color']).toBe(COLOURS.keyFocus);
      expect(Number(style?.['outline-width'])).toBeGreaterThanOrEqual(3);
    }
    const ratio = (luminance(COLOURS.paper) + 0.05) / (luminance(COLOURS.keyFocus) + 0.05);
    expect(ratio).toBeGreaterThanOrEqual(3);
    // Not the orange of the selection border and the hover highlight.
    expect(COLOURS.keyFocus.toLowerCase()).not.toBe(LINK_COLOURS.highlight.toLowerCase());
  });
});
