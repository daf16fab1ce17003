import type { Core, NodeCollection } from 'cytoscape';

/** Room the map must leave for panels drawn over the canvas. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * Fits the visible map into the canvas minus the insets: cy.fit() with uneven padding. `floor`
 * keeps labels readable on a projector: the map may then overflow, centred on its middle.
 */
export function fitViewport(cy: Core, insets: Insets, animate: boolean, floor = 0): void {
  const eles = cy.elements(':visible');
  if (eles.empty()) return;
  const bb = eles.boundingBox({});
  const { top, right, bottom, left } = insets;
  const w = Math.max(50, cy.width() - left - right);
  const h = Math.max(50, cy.height() - top - bottom);
  const fitted = Math.max(floor, Math.min(w / bb.w, h / bb.h, 1.6));
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), fitted));
  const pan = {
    x: left + w / 2 - zoom * (bb.x1 + bb.w / 2),
    y: top + h / 2 - zoom * (bb.y1 + bb.h / 2),
  };
  // A newer fit (after a resize or a settled layout) replaces one still animating.
  cy.stop(true);
  if (animate) cy.animate({ zoom, pan }, { duration: 250 });
  else cy.viewport({ zoom, pan });
}

/** Moves nodes to their targets together; `done` runs once when the last one arrives. */
export function animateNodes(
  nodes: NodeCollection,
  target: ReadonlyMap<string, { x: number; y: number }>,
  done: () => void,
): void {
  const moving = nodes.filter((n) => target.has(n.id()));
  let left = moving.length;
  if (left === 0) {
    done();
    return;
  }
  moving.forEach((n) => {
    const to = target.get(n.id());
    if (!to) return;
    n.animate(
      { position: to },
      {
        duration: 600,
        easing: 'ease-in-out-cubic',
        complete: () => {
          if (--left === 0) done();
        },
      },
    );
  });
}

export interface CameraRect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The part of the map visible between the insets, in map coordinates. */
export function viewportCamera(cy: Core, insets: Insets): CameraRect {
  const zoom = cy.zoom();
  const pan = cy.pan();
  const w = Math.max(50, cy.width() - insets.left - insets.right);
  const h = Math.max(50, cy.height() - insets.top - insets.bottom);
  return {
    x: (insets.left - pan.x) / zoom,
    y: (insets.top - pan.y) / zoom,
    w: w / zoom,
    h: h / zoom,
  };
}

/** Shows a saved camera rect whole, centred between the insets, on a canvas of any shape. */
export function showCamera(cy: Core, insets: Insets, camera: CameraRect, animate: boolean): void {
  const w = Math.max(50, cy.width() - insets.left - insets.right);
  const h = Math.max(50, cy.height() - insets.top - insets.bottom);
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), Math.min(w / camera.w, h / camera.h)));
  const pan = {
    x: insets.left + w / 2 - zoom * (camera.x + camera.w / 2),
    y: insets.top + h / 2 - zoom * (camera.y + camera.h / 2),
  };
  if (animate) cy.animate({ zoom, pan }, { duration: 500, easing: 'ease-in-out-cubic' });
  else cy.viewport({ zoom, pan });
}

/** Zooms by `factor` about the middle of the canvas, briefly animated. */
export function zoomAtCentre(cy: Core, factor: number, done?: () => void): void {
  const renderedPosition = { x: cy.width() / 2, y: cy.height() / 2 };
  cy.animate(
    { zoom: { level: cy.zoom() * factor, renderedPosition } },
    { duration: 150, ...(done ? { complete: done } : {}) },
  );
}
