import type { BoundingBox12, Core } from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';
import { skipHopelessLayers, tooBigForLayer } from '../../src/render/layerCache';

const box = (w: number, h: number): BoundingBox12 => ({ x1: 0, y1: 0, x2: w, y2: h });

/** A Cytoscape stand-in with the renderer's layer cache: what the skip reads and replaces. */
function fakeCy(initial: BoundingBox12, zoom = 1) {
  const handlers: { events: string; fn: () => void }[] = [];
  let mapBox = initial;
  const boxes = vi.fn(() => mapBox);
  const built = vi.fn((_eles: unknown[], _px: number, _level?: number) => ['layer']);
  const cache = {
    firstGet: true,
    complete: false,
    getLayers: built as (eles: unknown[], px: number, level?: number) => unknown[] | null,
    levelIsComplete: vi.fn(() => cache.complete),
  };
  const cy = {
    renderer: () => ({ data: { lyrTxrCache: cache } }),
    zoom: () => zoom,
    elements: () => ({ boundingBox: boxes }),
    on: (events: string, fn: () => void) => handlers.push({ events, fn }),
  } as unknown as Core;
  const emit = (event: string, next: BoundingBox12) => {
    mapBox = next;
    for (const h of handlers) if (h.events.split(' ').includes(event)) h.fn();
  };
  const move = (next: BoundingBox12) => emit('position', next);
  const add = (next: BoundingBox12) => emit('add', next);
  const restyle = (next: BoundingBox12) => emit('style', next);
  return { cy, cache, built, boxes, move, add, restyle };
}

describe('layer textures', () => {
  it('are too big past 4,000 × 4,000 px or 32,767 px a side, at the scale of the level', () => {
    expect(tooBigForLayer(box(3000, 3000), 0)).toBe(false);
    expect(tooBigForLayer(box(5000, 4000), 0)).toBe(true);
    expect(tooBigForLayer(box(5000, 4000), -1)).toBe(false);
    expect(tooBigForLayer(box(40000, 10), 0)).toBe(true);
    expect(tooBigForLayer(box(3000, 3000), 1)).toBe(true);
  });

  it('are not tried when the map is too big for one at this zoom, and the box is kept until a move', () => {
    const { cy, cache, built, boxes, move } = fakeCy(box(20000, 15000));
    skipHopelessLayers(cy);
    expect(cache.getLayers([], 1)).toBeNull();
    expect(cache.getLayers([], 1)).toBeNull();
    expect(built).not.toHaveBeenCalled();
    expect(cache.firstGet).toBe(false);
    // The map's box is worked out once, not per frame.
    expect(boxes).toHaveBeenCalledTimes(1);
    move(box(2000, 1500));
    expect(cache.getLayers([], 1)).toEqual(['layer']);
    expect(boxes).toHaveBeenCalledTimes(2);
    expect(built).toHaveBeenCalledTimes(1);
  });

  it('are tried as before when they fit, when the level is complete, or for a level asked for', () => {
    const zoomedOut = fakeCy(box(20000, 15000), 0.1);
    skipHopelessLayers(zoomedOut.cy);
    // Zoom 0.1 is level -3: the map is 2,500 × 1,875 px there.
    expect(zoomedOut.cache.getLayers([], 1)).toEqual(['layer']);

    const complete = fakeCy(box(20000, 15000));
    complete.cache.complete = true;
    skipHopelessLayers(complete.cy);
    expect(complete.cache.getLayers([], 1)).toEqual(['layer']);

    const asked = fakeCy(box(20000, 15000));
    skipHopelessLayers(asked.cy);
    expect(asked.cache.getLayers([], 1, -4)).toEqual(['layer']);
    expect(asked.built).toHaveBeenCalledWith([], 1, -4);
  });

  it('keep a box too big while elements are added, and look again at one that fitted', () => {
    const { cy, cache, built, boxes, add, restyle } = fakeCy(box(20000, 15000));
    skipHopelessLayers(cy);
    expect(cache.getLayers([], 1)).toBeNull();
    add(box(30000, 15000));
    expect(cache.getLayers([], 1)).toBeNull();
    // Cytoscape says 'style' as it styles each new element: the same.
    restyle(box(30000, 16000));
    expect(cache.getLayers([], 1)).toBeNull();
    // Adding only grows the map: no pass over every element to learn it is still too big.
    expect(boxes).toHaveBeenCalledTimes(1);

    const small = fakeCy(box(1000, 1000));
    skipHopelessLayers(small.cy);
    expect(small.cache.getLayers([], 1)).toEqual(['layer']);
    small.add(box(9000, 9000));
    expect(small.cache.getLayers([], 1)).toBeNull();
    expect(small.boxes).toHaveBeenCalledTimes(2);
    expect(small.built).toHaveBeenCalledTimes(1);
    expect(built).not.toHaveBeenCalled();
  });

  it('leave a headless Cytoscape alone', () => {
    const headless = { renderer: () => null } as unknown as Core;
    expect(() => skipHopelessLayers(headless)).not.toThrow();
  });
});
