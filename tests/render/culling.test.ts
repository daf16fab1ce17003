import type { Core } from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';
import { cullOffscreen } from '../../src/render/culling';

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** An element at (x, y), 20 px wide, whose box lookups are counted. */
function element(id: string, x: number, y: number) {
  const at = { x, y };
  const ele = {
    id,
    boundingBox: vi.fn((): Box => ({ x1: at.x - 10, y1: at.y - 10, x2: at.x + 10, y2: at.y + 10 })),
    moveTo(nx: number, ny: number) {
      at.x = nx;
      at.y = ny;
    },
  };
  return ele;
}

/** A Cytoscape stand-in whose renderer records what it was asked to draw. */
function fakeCy() {
  const handlers: { events: string; fn: (event: { target: unknown }) => void }[] = [];
  const drawn: string[][] = [];
  const record = (_c: unknown, eles: { id: string }[], _px: number, _extent: unknown) => {
    drawn.push(eles.map((e) => e.id));
  };
  const renderer = { drawCachedElements: record, drawCachedNodes: record };
  const cy = {
    renderer: () => renderer,
    on: (events: string, fn: (event: { target: unknown }) => void) => handlers.push({ events, fn }),
  } as unknown as Core;
  const emit = (event = 'position', target: unknown = null) => {
    for (const h of handlers) if (h.events.split(' ').includes(event)) h.fn({ target });
  };
  return { cy, renderer, drawn, emit };
}

const view = { x1: 0, y1: 0, x2: 100, y2: 100 };

describe('culling', () => {
  it('hands on only what meets the view, and looks each box up once until something moves', () => {
    const { cy, renderer, drawn, emit } = fakeCy();
    cullOffscreen(cy);
    const near = element('near', 50, 50);
    const edge = element('edge', 105, 50);
    const far = element('far', 5000, 50);
    const eles = [near, edge, far];
    renderer.drawCachedElements(null, eles as never, 1, view as never);
    renderer.drawCachedElements(null, eles as never, 1, view as never);
    expect(drawn).toEqual([
      ['near', 'edge'],
      ['near', 'edge'],
    ]);
    expect(far.boundingBox).toHaveBeenCalledTimes(1);

    far.moveTo(60, 60);
    emit();
    renderer.drawCachedNodes(null, eles as never, 1, view as never);
    expect(drawn.at(-1)).toEqual(['near', 'edge', 'far']);
    expect(far.boundingBox).toHaveBeenCalledTimes(2);
  });

  it('measures an element as it is added, and keeps that box for the frames after', () => {
    const { cy, renderer, drawn, emit } = fakeCy();
    cullOffscreen(cy);
    const added = element('added', 40, 40);
    emit('add', added);
    expect(added.boundingBox).toHaveBeenCalledTimes(1);
    renderer.drawCachedElements(null, [added] as never, 1, view as never);
    expect(drawn).toEqual([['added']]);
    expect(added.boundingBox).toHaveBeenCalledTimes(1);
  });

  it('measures again only the element restyled or given new data', () => {
    const { cy, renderer, emit } = fakeCy();
    cullOffscreen(cy);
    const a = element('a', 10, 10);
    const b = element('b', 20, 20);
    renderer.drawCachedElements(null, [a, b] as never, 1, view as never);
    emit('style', a);
    emit('data', a);
    renderer.drawCachedElements(null, [a, b] as never, 1, view as never);
    expect(a.boundingBox).toHaveBeenCalledTimes(2);
    expect(b.boundingBox).toHaveBeenCalledTimes(1);
  });

  it('hands on everything when there is no view (an image of the whole map)', () => {
    const { cy, renderer, drawn } = fakeCy();
    cullOffscreen(cy);
    const eles = [element('a', 0, 0), element('b', 9000, 9000)];
    renderer.drawCachedElements(null, eles as never, 1, null as never);
    expect(drawn).toEqual([['a', 'b']]);
  });

  it('leaves a headless Cytoscape alone', () => {
    expect(() => cullOffscreen({ renderer: () => null } as unknown as Core)).not.toThrow();
  });
});
