/**
 * Benchmark page, driven by bench/run.mjs through playwright-core. Every method lays out the same
 * seeded graph and (except the synchronous reference) draws into a real Cytoscape instance with
 * the style the app uses. Results are plain JSON returned to the runner.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import {
  type ForceManyBody,
  forceCenter,
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  type SimulationNodeDatum,
} from 'd3-force';
import { ForceLayoutClient, type FrameCallback } from '../src/render/layout/layoutClient';
import {
  applier,
  cyPositions,
  finishRun,
  longestTask,
  makeCy,
  nextFrame,
  qualityOf,
  quiet,
  RENDER_OPTIONS,
  type RunResult,
  randomPositions,
  STYLE_VARIANT,
  watchFrames,
} from './benchKit';
import { type BenchGraph, FONT, generateGraph, generateUnstructured } from './graphs';

cytoscape.use(fcose);

const canvas = document.createElement('canvas');
const ctx2d = canvas.getContext('2d') as CanvasRenderingContext2D;
ctx2d.font = FONT;
const measure = (label: string) => ctx2d.measureText(label).width;

/**
 * `structured`: the partner maps of `generateGraph`, built round the nine sectors. `flat1` and
 * `flat9`: a tree plus random links with one sector or nine, unrelated to the links.
 */
export type GraphKind = 'structured' | 'flat1' | 'flat9';

const graphs = new Map<string, BenchGraph>();
/** `seed`: another graph of the kind (the flat ones; the default seed otherwise). */
function graph(size: number, kind: GraphKind = 'structured', seed?: number): BenchGraph {
  const key = `${kind}:${size}:${seed ?? ''}`;
  let g = graphs.get(key);
  if (!g) {
    const sectors = kind === 'flat1' ? 1 : 9;
    g =
      kind === 'structured'
        ? generateGraph(size, measure)
        : generateUnstructured(size, measure, seed === undefined ? { sectors } : { sectors, seed });
    graphs.set(key, g);
  }
  return g;
}

// One client for the whole page, as in the app: the worker is created once and reused.
let onFrame: FrameCallback = () => {};
const client = new ForceLayoutClient((ids, xy, settled) => onFrame(ids, xy, settled));

async function runOurs(size: number, kind?: GraphKind, seed?: number): Promise<RunResult> {
  const g = graph(size, kind, seed);
  const cy = makeCy(g, null);
  const apply = applier(cy);
  await quiet();
  let frames = 0;
  let maxApply = 0;
  let t0 = 0;
  const frameTimes: number[] = [];
  let settledAt = 0;
  const done = new Promise<number>((resolve) => {
    onFrame = (ids, xy, settled) => {
      frames++;
      if (settled) settledAt = performance.now();
      frameTimes.push(Math.round(performance.now() - t0));
      maxApply = Math.max(maxApply, apply(ids, xy));
      if (settled) resolve(performance.now());
    };
  });
  const watch = watchFrames();
  t0 = performance.now();
  client.start(g.input, { reset: true });
  const t1 = await done;
  onFrame = () => {};
  const extra = await finishRun(t0, watch);
  const q = qualityOf(g, cyPositions(cy, g));
  cy.destroy();
  return {
    timeMs: Math.round(t1 - t0),
    // Blocking while the worker computes, apart from the one unavoidable draw of the result.
    runBlockMs: longestTask(t0, settledAt),
    resultDrawMs: Math.round(t0 + extra.drawnMs - settledAt),
    ...q,
    ...extra,
    frames,
    frameTimes,
    ticks: client.lastSettle?.ticks ?? 0,
    theta: client.lastSettle?.theta,
    overlapsLeft: client.lastSettle?.overlaps,
    finishMs: Math.round(client.lastSettle?.finishMs ?? 0),
    workerMs: Math.round(client.lastSettle?.elapsedMs ?? 0),
    maxApplyMs: Math.round(maxApply * 10) / 10,
  };
}

interface D3Node extends SimulationNodeDatum {
  id: string;
  r: number;
}

/** The typical integration: d3 defaults, circular collision, its own timer, random start. */
function plainSimulation(g: BenchGraph) {
  const xy = randomPositions(g.input, 7);
  const nodes: D3Node[] = g.input.nodes.map((n, i) => ({
    id: n.id,
    r: Math.hypot(n.w, n.h) / 2,
    x: xy[2 * i] ?? 0,
    y: xy[2 * i + 1] ?? 0,
  }));
  const links = g.input.links.map((l) => ({ source: l.source, target: l.target }));
  const sim = forceSimulation<D3Node>(nodes)
    .force('charge', forceManyBody())
    .force(
      'link',
      forceLink<D3Node, { source: string | D3Node; target: string | D3Node }>(links).id(
        (d) => d.id,
      ),
    )
    .force('center', forceCenter())
    .force(
      'collide',
      forceCollide<D3Node>((d) => d.r),
    );
  return { sim, nodes, xy };
}

/** The Barnes–Hut θ the plain run's charge uses (d3's default). */
function thetaOf(sim: ReturnType<typeof plainSimulation>['sim']): number | undefined {
  return sim.force<ForceManyBody<D3Node>>('charge')?.theta();
}

function packNodes(nodes: D3Node[]): Float32Array {
  const xy = new Float32Array(2 * nodes.length);
  nodes.forEach((d, i) => {
    xy[2 * i] = d.x ?? 0;
    xy[2 * i + 1] = d.y ?? 0;
  });
  return xy;
}

async function runD3Main(size: number, kind?: GraphKind): Promise<RunResult> {
  const g = graph(size, kind);
  const ids = g.input.nodes.map((n) => n.id);
  const { sim, nodes, xy } = plainSimulation(g);
  sim.stop();
  const cy = makeCy(g, xy);
  const apply = applier(cy);
  await quiet();
  let frames = 0;
  let maxApply = 0;
  const watch = watchFrames();
  const t0 = performance.now();
  const t1 = await new Promise<number>((resolve) => {
    sim.on('tick', () => {
      frames++;
      maxApply = Math.max(maxApply, apply(ids, packNodes(nodes)));
    });
    sim.on('end', () => resolve(performance.now()));
    sim.restart();
  });
  const extra = await finishRun(t0, watch);
  const q = qualityOf(g, cyPositions(cy, g));
  cy.destroy();
  return {
    timeMs: Math.round(t1 - t0),
    ...q,
    ...extra,
    frames,
    ticks: frames,
    theta: thetaOf(sim),
    maxApplyMs: Math.round(maxApply * 10) / 10,
  };
}

async function runD3Sync(size: number, kind?: GraphKind): Promise<RunResult> {
  const g = graph(size, kind);
  const { sim, nodes } = plainSimulation(g);
  sim.stop();
  await quiet();
  const watch = watchFrames();
  const t0 = performance.now();
  sim.tick(300);
  const t1 = performance.now();
  const extra = await finishRun(t0, watch);
  const q = qualityOf(g, packNodes(nodes));
  return { timeMs: Math.round(t1 - t0), ...q, ...extra, ticks: 300, theta: thetaOf(sim) };
}

async function runCytoscape(
  size: number,
  name: 'cose' | 'fcose',
  kind?: GraphKind,
): Promise<RunResult> {
  const g = graph(size, kind);
  const cy = makeCy(g, randomPositions(g.input, 7));
  await quiet();
  const watch = watchFrames();
  const t0 = performance.now();
  const t1 = await new Promise<number>((resolve) => {
    const layout = cy.layout({ name, animate: false } as cytoscape.LayoutOptions);
    layout.one('layoutstop', () => resolve(performance.now()));
    layout.run();
  });
  const extra = await finishRun(t0, watch);
  const q = qualityOf(g, cyPositions(cy, g));
  cy.destroy();
  return { timeMs: Math.round(t1 - t0), ...q, ...extra };
}

/**
 * The floor set by Cytoscape itself: one redraw of the whole map with nothing moving (a 1 px pan),
 * repeated; reports the longest task. No layout can stream frames cheaper than this.
 */
async function runRedraw(size: number, kind?: GraphKind): Promise<RunResult> {
  const g = graph(size, kind);
  const cy = makeCy(g, randomPositions(g.input, 7));
  await quiet();
  const watch = watchFrames();
  const t0 = performance.now();
  const costs: number[] = [];
  for (let k = 0; k < 6; k++) {
    const a = performance.now();
    cy.panBy({ x: 1, y: 0 });
    await nextFrame();
    await nextFrame();
    costs.push(performance.now() - a);
  }
  const extra = await finishRun(t0, watch);
  cy.destroy();
  costs.sort((a, b) => a - b);
  return {
    timeMs: Math.round(costs[costs.length >> 1] ?? 0),
    overlaps: 0,
    spread: 0,
    ...extra,
  };
}

/**
 * Not measured: loads the worker and brings both d3-force code paths (worker and main thread) and
 * Cytoscape's renderer to a steady JIT state on a 300-actor graph, so no method pays warm-up.
 */
async function warmup(): Promise<void> {
  for (let k = 0; k < 2; k++) {
    await runOurs(300);
    const { sim } = plainSimulation(graph(300));
    sim.stop();
    sim.tick(60);
  }
}

function describe(size: number, kind?: GraphKind) {
  const g = graph(size, kind);
  const sectors = new Set(g.input.nodes.slice(1).map((n) => n.sectorId)).size;
  return { actors: g.input.nodes.length, collaborations: g.input.links.length, sectors };
}

const api = {
  styleVariant: STYLE_VARIANT,
  renderOptions: RENDER_OPTIONS,
  describe,
  warmup,
  runOurs,
  runD3Main,
  runD3Sync,
  runCytoscape,
  runRedraw,
};
declare global {
  interface Window {
    samspillBench?: typeof api;
  }
}
window.samspillBench = api;
