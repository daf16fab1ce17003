/**
 * Big maps (issue 18, docs/big-maps.md): the order slices reach the canvas, the slices
 * themselves, and a map view that loads a big map without blocking and without frames.
 */
import cytoscape from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';
import { updateActor } from '../../src/domain/commands';
import {
  BIG_MAP_NODES,
  hideLinksWhileMoving,
  loadOrder,
  loadSequence,
  MOVING_EDGES_MAX_NODES,
  SliceLoader,
} from '../../src/render/bigMap';
import { setClass } from '../../src/render/elementSync';
import type { ElementModel } from '../../src/render/elements';
import type { WorkerResponse } from '../../src/render/layout/protocol';
import { mapStyle } from '../../src/render/style';
import { bigMap, headlessView, meta, model, noEvents, settle } from './harness';

const node = (id: string, degree = 0, focal = false) => ({
  id,
  label: id,
  lines: [id],
  sectorId: 's',
  colour: '#88c',
  size: 20,
  focal,
  kind: 'organisation',
  degree,
  pinned: false,
  position: null,
  w: 20,
  h: 20,
});
const edge = (source: string, target: string) => ({
  id: `${source}-${target}`,
  source,
  target,
  label: '',
  strength: 2,
  status: 'active',
});

/** f is the focal actor; a – f – b, b – c, and d – e apart from the rest. */
const small: ElementModel = {
  nodes: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => node(id, id === 'd' ? 9 : 1, id === 'f')),
  edges: [edge('a', 'f'), edge('f', 'b'), edge('b', 'c'), edge('d', 'e')],
} as unknown as ElementModel;

describe('the order a big map reaches the canvas', () => {
  it('starts at the focal actor, breadth first, then the actors it does not reach', () => {
    expect(loadOrder(small)).toEqual(['f', 'a', 'b', 'c', 'd', 'e']);
  });

  it('starts at the most linked actor when no actor is focal', () => {
    const none = { ...small, nodes: small.nodes.map((n) => ({ ...n, focal: false })) };
    expect(loadOrder(none)[0]).toBe('d');
  });

  it('adds each link right after the second of its ends', () => {
    const seq = loadSequence(small, (id) => ({ group: 'nodes', data: { id } }));
    const ids = seq.map((d) => String(d.data.id));
    expect(ids).toEqual(['f', 'a', 'a-f', 'b', 'f-b', 'c', 'b-c', 'd', 'e', 'd-e']);
    // Cytoscape refuses a link whose ends are not there yet: the whole sequence adds cleanly.
    const cy = cytoscape({ headless: true });
    for (const d of seq) cy.add(d);
    expect(cy.nodes()).toHaveLength(6);
    expect(cy.edges()).toHaveLength(4);
  });
});

/** `n` labelled nodes to add. */
const actorDefs = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    group: 'nodes' as const,
    data: { id: `n${i}`, label: `Aktør ${i}`, colour: '#88c', size: 20 },
  }));

/** A loader whose slices wait in `tasks` until the test runs them. */
function queuedLoader(cy: cytoscape.Core, defs: ReturnType<typeof actorDefs>) {
  const tasks: (() => void)[] = [];
  const loader = new SliceLoader(
    cy,
    defs,
    () => {},
    () => {},
    (fn) => tasks.push(fn),
  );
  return { loader, tasks };
}

/**
 * Runs a queued loader over `defs` with a clock that moves 5 ms each time it is read (a slice
 * then takes a few steps), moving the view before slice `moveAt`; says which slices let a frame
 * draw.
 */
function framesDrawn(defs: ReturnType<typeof actorDefs>, moveAt: number) {
  let clock = 0;
  const now = vi.spyOn(performance, 'now').mockImplementation(() => {
    clock += 5;
    return clock;
  });
  try {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: mapStyle() });
    const renderer = (cy as unknown as { renderer(): { skipFrame?: boolean } }).renderer();
    const { loader, tasks } = queuedLoader(cy, defs);
    const drawn: boolean[] = [];
    loader.start();
    let slices = 0;
    while (tasks.length) {
      if (slices === moveAt) cy.emit('viewport');
      (tasks.shift() as () => void)();
      slices++;
      if (tasks.length) drawn.push(renderer.skipFrame !== true);
    }
    return { drawn, slices };
  } finally {
    now.mockRestore();
  }
}

describe('slices', () => {
  it('hold the frames between them, and draw the first, one every 300 ms and one after a move', () => {
    const { drawn, slices } = framesDrawn(actorDefs(6000), 10);
    expect(slices).toBeGreaterThan(12);
    // The first slice is drawn at once, the next ones held…
    expect(drawn.slice(0, 3)).toEqual([true, false, false]);
    // …until FRAME_EVERY_MS has passed: a few frames in all, not one per slice.
    const frames = drawn.filter(Boolean).length;
    expect(frames).toBeGreaterThan(2);
    expect(frames).toBeLessThan(drawn.length / 2);
    // A move of the view is drawn at once, whatever the time.
    expect(drawn[10]).toBe(true);
  });

  it('draw nothing more while what they add lies outside the view', () => {
    // The first 50 at the view (the focal actor's neighbourhood), the rest far away.
    const defs = actorDefs(6000).map((d, i) => ({
      ...d,
      position: i < 50 ? { x: 0, y: 0 } : { x: 50_000 + i * 40, y: 50_000 },
    }));
    const { drawn, slices } = framesDrawn(defs, 10);
    expect(slices).toBeGreaterThan(12);
    // The first slice and the move: nothing else was in view.
    expect(drawn.flatMap((d, i) => (d ? [i] : []))).toEqual([0, 10]);
  });

  it('adds every element over several tasks, styled as it goes, and then says it is done', async () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: mapStyle() });
    const n = 3000;
    const defs = Array.from({ length: n }, (_, i) => ({
      group: 'nodes' as const,
      data: { id: `n${i}`, label: `Aktør ${i}`, colour: '#88c', size: 20 },
      position: { x: i, y: 0 },
    }));
    const progress: number[] = [];
    let done = false;
    const tasks: (() => void)[] = [];
    const loader = new SliceLoader(
      cy,
      defs,
      (added) => progress.push(added),
      () => {
        done = true;
      },
      (fn) => tasks.push(fn),
    );
    loader.start();
    // Nothing is added until the first task runs: the caller's task stays short.
    expect(cy.nodes()).toHaveLength(0);
    while (tasks.length) (tasks.shift() as () => void)();
    expect(done).toBe(true);
    expect(cy.nodes()).toHaveLength(n);
    expect(progress.at(-1)).toBe(n);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    await settle();
  });

  it('stops when cancelled', () => {
    const cy = cytoscape({ headless: true });
    const { loader, tasks } = queuedLoader(cy, actorDefs(500));
    loader.start();
    loader.cancel();
    while (tasks.length) (tasks.shift() as () => void)();
    expect(cy.nodes()).toHaveLength(0);
  });
});

describe('setting a class', () => {
  it('restyles only an element whose class changes (toggleClass restyles them all)', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: [{ data: { id: 'a' } }, { data: { id: 'b' }, classes: 'focal' }],
    });
    let styled = 0;
    cy.on('style', () => {
      styled++;
    });
    // What this guards against: Cytoscape's own toggle restyles even when nothing changes.
    cy.getElementById('a').toggleClass('focal', false);
    expect(styled).toBe(1);
    styled = 0;
    expect(setClass(cy.getElementById('a'), 'focal', false)).toBe(false);
    expect(setClass(cy.getElementById('b'), 'focal', true)).toBe(false);
    expect(styled).toBe(0);
    expect(setClass(cy.getElementById('a'), 'focal', true)).toBe(true);
    expect(styled).toBe(1);
    expect(cy.getElementById('a').hasClass('focal')).toBe(true);
  });
});

describe('a map view loading a big map', () => {
  it('lays it out first, then adds it in slices, opens on the focal actor and is ready at the end', async () => {
    const doc = bigMap(BIG_MAP_NODES + 1);
    const progress: ({ shown: number; total: number } | null)[] = [];
    let ready = 0;
    const { view, of, worker } = headlessView({
      ...noEvents(),
      ready: () => {
        ready++;
      },
      loading: (p) => progress.push(p),
    });
    view.update(model(doc));
    // Nothing on the canvas yet: the worker lays the map out, never animated.
    expect(view.positions().size).toBe(0);
    expect(view.idle()).toBe(false);
    expect(progress).toEqual([{ shown: 0, total: BIG_MAP_NODES + 1 }]);
    const start = of('start')[0];
    if (start?.type !== 'start') throw new Error('no start');
    const ids = start.input.nodes.map((n) => n.id);
    const xy = new Float32Array(ids.flatMap((_, i) => [(i % 50) * 60, Math.floor(i / 50) * 60]));
    const reply: WorkerResponse = {
      type: 'settled',
      gen: start.gen,
      ids,
      xy,
      ticks: 9,
      elapsedMs: 1,
    };
    worker.onmessage?.({ data: reply } as MessageEvent<WorkerResponse>);
    // An edit while the slices go in is brought over at the end.
    const focal = doc.map.focalActorId as string;
    const renamed = updateActor(doc, focal, { name: 'Kulturskolen i Fylket' }, meta);
    await settle();
    view.update(model(renamed));
    for (let i = 0; i < 400 && progress.at(-1) !== null; i++) {
      await new Promise((r) => setTimeout(r, 5));
    }
    // The longer name needs a larger box: the worker lays the map out again (never animated).
    const again = of('start')[1];
    if (again?.type !== 'start') throw new Error('no second start');
    expect(view.idle()).toBe(false);
    const settledAgain: WorkerResponse = { ...reply, gen: again.gen };
    worker.onmessage?.({ data: settledAgain } as MessageEvent<WorkerResponse>);
    await settle();
    expect(view.idle()).toBe(true);
    expect(ready).toBe(1);
    expect(view.positions().size).toBe(BIG_MAP_NODES + 1);
    // At its network place, with no frame in between.
    const i = ids.indexOf(focal);
    expect(view.positions().get(focal)).toEqual({ x: (i % 50) * 60, y: Math.floor(i / 50) * 60 });
    expect(of('frame')).toHaveLength(0);
    expect(view.readout.labels().map((l) => l.name)).toContain('Kulturskolen i Fylket');
    const shown = progress.filter((p) => p !== null).map((p) => p.shown);
    expect(shown.length).toBeGreaterThan(2);
    expect(shown.at(-1)).toBe(BIG_MAP_NODES + 1);
    expect(progress.at(-1)).toBeNull();
    view.destroy();
  });
});

describe('links while the view moves', () => {
  it('are hidden past 5,000 actors, and drawn again on a smaller map', () => {
    const cy = cytoscape({ headless: true });
    const renderer = (
      cy as unknown as { renderer(): { hideEdgesOnViewport?: boolean } }
    ).renderer();
    hideLinksWhileMoving(cy, MOVING_EDGES_MAX_NODES + 1);
    expect(renderer.hideEdgesOnViewport).toBe(true);
    hideLinksWhileMoving(cy, MOVING_EDGES_MAX_NODES);
    expect(renderer.hideEdgesOnViewport).toBe(false);
  });
});

describe('a map view destroyed while a big map loads', () => {
  it('clears the status line it showed', () => {
    const progress: ({ shown: number; total: number } | null)[] = [];
    const { view } = headlessView({ ...noEvents(), loading: (p) => progress.push(p) });
    view.update(model(bigMap(BIG_MAP_NODES + 1)));
    expect(progress).toEqual([{ shown: 0, total: BIG_MAP_NODES + 1 }]);
    view.destroy();
    expect(progress.at(-1)).toBeNull();
  });
});
