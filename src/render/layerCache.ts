import type { BoundingBox12, Core } from 'cytoscape';

/**
 * Cytoscape's canvas renderer tries, on every frame, to draw the map from layer textures: one
 * offscreen canvas per layer, at the level of the zoom. When the map at that level is larger
 * than a layer may be, the try fails, but only after a pass over every element for its bounding
 * box: at 5,000 actors and zoom 1 that was 30 ms of every 55 ms frame while panning, for
 * nothing (docs/big-maps.md). These limits are Cytoscape's own (layered-texture-cache.mjs).
 */
const MIN_LEVEL = -4;
const MAX_LEVEL = 2;
const MAX_ZOOM = 3.99;
const MAX_AREA = 4000 * 4000;
const MAX_SIDE = 32767;

interface LayerCache {
  firstGet: boolean;
  getLayers(eles: unknown[], pxRatio: number, level?: number): unknown[] | null;
  levelIsComplete(level: number, eles: unknown[]): boolean;
}

function layerCacheOf(cy: Core): LayerCache | null {
  const renderer = (
    cy as unknown as { renderer(): { data?: { lyrTxrCache?: unknown } } | null }
  ).renderer();
  const cache = renderer?.data?.lyrTxrCache as Partial<LayerCache> | undefined;
  const usable =
    typeof cache?.getLayers === 'function' && typeof cache.levelIsComplete === 'function';
  return usable ? (cache as LayerCache) : null;
}

/** Whether the map's box, at this level's scale, is larger than a layer may be. */
export function tooBigForLayer(box: BoundingBox12, level: number): boolean {
  const scale = 2 ** level;
  const w = Math.ceil((box.x2 - box.x1) * scale);
  const h = Math.ceil((box.y2 - box.y1) * scale);
  return w > MAX_SIDE || h > MAX_SIDE || w * h > MAX_AREA;
}

/**
 * Skips the renderer's layer try when it cannot succeed: the map's box, kept until something
 * is removed or moved (or added or restyled, while the box still fits), is too large for a
 * layer at the zoom's level. The
 * renderer then draws the elements one by one, as it would have after the failed try. Does
 * nothing without a canvas renderer (headless).
 */
export function skipHopelessLayers(cy: Core): void {
  const cache = layerCacheOf(cy);
  if (!cache) return;
  let box: BoundingBox12 | null = null;
  // Added elements only grow the map: a box too big before is too big still. A big map goes
  // onto the canvas in slices, and working the box out again for each frame between them was
  // a pass over every element (0.17 s at 20,000 actors).
  // Cytoscape says 'style' as it first styles each new element, too. A restyle that shrinks the
  // map is taken as growth: at worst a layer that would just fit is not tried until the next move.
  let grown = false;
  cy.on('remove position', () => {
    box = null;
  });
  cy.on('add style data', () => {
    grown = true;
  });
  const getLayers = cache.getLayers.bind(cache);
  cache.getLayers = (eles, pxRatio, level) => {
    if (level === undefined || level === null) {
      const zoom = cy.zoom();
      const at = Math.max(MIN_LEVEL, Math.ceil(Math.log2(zoom * pxRatio)));
      if (zoom < MAX_ZOOM && at <= MAX_LEVEL && !cache.levelIsComplete(at, eles)) {
        if (!box || (grown && !tooBigForLayer(box, at))) {
          box = cy.elements().boundingBox();
          grown = false;
        }
        if (tooBigForLayer(box, at)) {
          cache.firstGet = false;
          return null;
        }
      }
    }
    return getLayers(eles, pxRatio, level);
  };
}
