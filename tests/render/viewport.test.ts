import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';
import {
  fitViewport,
  type Insets,
  showCamera,
  viewportCamera,
  zoomAtCentre,
} from '../../src/render/viewport';

/** A headless canvas of 800 × 600 CSS pixels with a few nodes. */
function canvas(points: Array<[number, number]>): Core {
  const cy = cytoscape({ headless: true, styleEnabled: true, minZoom: 0.05, maxZoom: 4 });
  vi.spyOn(cy, 'width').mockReturnValue(800);
  vi.spyOn(cy, 'height').mockReturnValue(600);
  cy.style([{ selector: 'node', style: { width: 20, height: 20 } }]);
  cy.add(
    points.map(([x, y], i) => ({ group: 'nodes', data: { id: `n${i}` }, position: { x, y } })),
  );
  return cy;
}

const insets: Insets = { top: 40, right: 300, bottom: 20, left: 20 };

/** The drawn box of the visible elements, in CSS pixels. */
function rendered(cy: Core) {
  const bb = cy.elements(':visible').boundingBox({});
  const { x, y } = cy.pan();
  const z = cy.zoom();
  return { x1: bb.x1 * z + x, x2: bb.x2 * z + x, y1: bb.y1 * z + y, y2: bb.y2 * z + y };
}

describe('viewport', () => {
  it('fits the visible map between the insets, centred', () => {
    const cy = canvas([
      [0, 0],
      [1000, 500],
      [-400, 300],
    ]);
    fitViewport(cy, insets, false);
    const r = rendered(cy);
    expect(r.x1).toBeGreaterThanOrEqual(insets.left - 0.01);
    expect(r.x2).toBeLessThanOrEqual(800 - insets.right + 0.01);
    expect(r.y1).toBeGreaterThanOrEqual(insets.top - 0.01);
    expect(r.y2).toBeLessThanOrEqual(600 - insets.bottom + 0.01);
    // Centred between the insets, and as large as fits: it touches one pair of sides.
    expect((r.x1 + r.x2) / 2).toBeCloseTo((insets.left + 800 - insets.right) / 2, 5);
    expect((r.y1 + r.y2) / 2).toBeCloseTo((insets.top + 600 - insets.bottom) / 2, 5);
    expect(r.x2 - r.x1).toBeCloseTo(800 - insets.left - insets.right, 5);
  });

  it('never zooms a small map past 1.6, and a floor may let it overflow', () => {
    const cy = canvas([
      [0, 0],
      [10, 10],
    ]);
    fitViewport(cy, insets, false);
    expect(cy.zoom()).toBe(1.6);
    const wide = canvas([
      [0, 0],
      [20000, 0],
    ]);
    fitViewport(wide, insets, false, 0.5);
    expect(wide.zoom()).toBe(0.5);
    expect((rendered(wide).x1 + rendered(wide).x2) / 2).toBeCloseTo(
      (insets.left + 800 - insets.right) / 2,
      5,
    );
  });

  it('ignores hidden elements and an empty map', () => {
    const cy = canvas([
      [0, 0],
      [100, 0],
      [5000, 5000],
    ]);
    cy.getElementById('n2').style('display', 'none');
    fitViewport(cy, insets, false);
    expect(cy.zoom()).toBe(1.6);
    const empty = canvas([]);
    empty.viewport({ zoom: 2, pan: { x: 5, y: 7 } });
    fitViewport(empty, insets, false);
    expect(empty.zoom()).toBe(2);
    expect(empty.pan()).toEqual({ x: 5, y: 7 });
  });

  it('saves the camera and shows it again on a canvas of another shape', () => {
    const cy = canvas([[0, 0]]);
    cy.viewport({ zoom: 0.8, pan: { x: 120, y: -40 } });
    const camera = viewportCamera(cy, insets);
    expect(camera).toEqual({
      x: (insets.left - 120) / 0.8,
      y: (insets.top + 40) / 0.8,
      w: 480 / 0.8,
      h: 540 / 0.8,
    });
    const other = canvas([[0, 0]]);
    vi.spyOn(other, 'width').mockReturnValue(1200);
    showCamera(other, insets, camera, false);
    const shown = viewportCamera(other, insets);
    // The whole saved rect is in view, centred where it was.
    expect(shown.x).toBeLessThanOrEqual(camera.x + 1e-9);
    expect(shown.y).toBeLessThanOrEqual(camera.y + 1e-9);
    expect(shown.x + shown.w).toBeGreaterThanOrEqual(camera.x + camera.w - 1e-9);
    expect(shown.y + shown.h).toBeGreaterThanOrEqual(camera.y + camera.h - 1e-9);
    expect(shown.x + shown.w / 2).toBeCloseTo(camera.x + camera.w / 2, 6);
    expect(shown.y + shown.h / 2).toBeCloseTo(camera.y + camera.h / 2, 6);
  });

  it('zooms about the middle of the canvas', async () => {
    const cy = canvas([[0, 0]]);
    cy.viewport({ zoom: 1, pan: { x: 100, y: 50 } });
    const middle = { x: (400 - 100) / 1, y: (300 - 50) / 1 };
    zoomAtCentre(cy, 2);
    await vi.waitFor(() => expect(cy.zoom()).toBeCloseTo(2, 6), { timeout: 5000 });
    // The map point under the middle of the canvas stays there.
    expect((400 - cy.pan().x) / cy.zoom()).toBeCloseTo(middle.x, 6);
    expect((300 - cy.pan().y) / cy.zoom()).toBeCloseTo(middle.y, 6);
  });
});
