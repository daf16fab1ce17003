/**
 * Benchmark page, driven by bench/run.mjs through playwright-core. Every method lays out the same
 * seeded graph and (except the synchronous reference) draws into a real Cytoscape instance with
 * the style the app uses. Results are plain JSON returned to the runner.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import {
  forceCenter,
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  type SimulationNodeDatum,
} from 'd3-force';
import {
  boxesAt,
  countOverlaps,
  edgeLengthSpread,
  positionsFrom,
} from '../src/analysis/layout/metrics';
import { mulberry32 } from '../src/analysis/layout/prng';
import type { LayoutInput } from '../src/analysis/layout/types';
import { ForceLayoutClient, type FrameCallback } from '../src/render/layout/layoutClient';
import {
  type BenchGraph,
  FONT,
  FONT_SIZE,
  generateGraph,
  LABEL_GAP,
  NODE_DIAMETER,
} from './graphs';

cytoscape.use(fcose);

const params = new URLSearchParams(location.search);
/**
 * Style variants, to show what each option buys:
 * - `plain`: every label at every zoom;
 * - `min-zoomed`: Cytoscape's 'min-zoomed-font-size' (labels measured but not drawn when tiny);
 * - `tuned` (default, what the app should use): 'min-zoomed-font-size' and, below that zoom, no
 *   label in the stylesheet at all, so moving nodes does not recompute label boxes either.
 */
const STYLE_VARIANT =
  (['plain', 'min-zoomed', 'tuned'] as const).find((v) => v === params.get('style')) ?? 'tuned';

/** Style options the app should use too (see the bench report). */
export const RENDER_OPTIONS = {
  'min-zoomed-font-size': 8,
  'curve-style': 'haystack',
  labelsOffBelowZoom: 8 / FONT_SIZE,
} as const;

function styleSheet(showLabels = true): cytoscape.StylesheetJson {
  const node: Record<string, unknown> = {
    width: NODE_DIAMETER,
    height: NODE_DIAMETER,
    'background-color': '#2f6690',
    label: showLabels ? 'data(name)' : '',
    'font-family': 'system-ui, sans-serif',
    'font-weight': 600,
    'font-size': FONT_SIZE,
    color: '#1b1b1b',
    'text-valign': 'bottom',
    'text-halign': 'center',
    'text-margin-y': LABEL_GAP,
  };
  if (STYLE_VARIANT !== 'plain') {
    node['min-zoomed-font-size'] = RENDER_OPTIONS['min-zoomed-font-size'];
  }
  return [
    { selector: 'node', style: node },
    {
      selector: 'edge',
      style: { width: 1.5, 'line-color': '#9aa5b1', 'curve-style': RENDER_OPTIONS['curve-style'] },
    },
  ] as cytoscape.StylesheetJson;
}

/**
 * `tuned` only: labels leave the stylesheet while they would be drawn smaller than
 * 'min-zoomed-font-size' anyway, and come back when the user zooms in. One style swap per
 * threshold crossing; the app's adapter should do the same.
 */
function syncLabelsToZoom(cy: cytoscape.Core): void {
  if (STYLE_VARIANT !== 'tuned') return;
  let shown: boolean | null = null;
  const sync = () => {
    const show = cy.zoom() >= RENDER_OPTIONS.labelsOffBelowZoom;
    if (show === shown) return;
    shown = show;
    cy.style(styleSheet(show));
  };
  cy.on('zoom', sync);
  sync();
}

const canvas = document.createElement('canvas');
const ctx2d = canvas.getContext('2d') as CanvasRenderingContext2D;
ctx2d.font = FONT;
const measure = (label: string) => ctx2d.measureText(label).width;

const graphs = new Map<number, BenchGraph>();
function graph(size: number): BenchGraph {
  let g = graphs.get(size);
  if (!g) {
    g = generateGraph(size, measure);
    graphs.set(size, g);
  }
  return g;
}

// Long tasks (>50 ms) on the main thread, kept with their start time.
const longTasks: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
}).observe({ type: 'longtask', buffered: true });

function tasksIn(t0: number, t1: number): number[][] {
  return longTasks
    .filter((t) => t.start + t.duration >= t0 && t.start <= t1)
    .map((t) => [Math.round(t.start - t0), Math.round(t.duration)]);
}

function longestTask(t0: number, t1: number): number {
  let max = 0;
  for (const t of longTasks) {
    if (t.start + t.duration >= t0 && t.start <= t1) max = Math.max(max, t.duration);
  }
  return Math.round(max);
}

/** Largest gap between animation frames while `running()`: what a user feels as jank. */
function watchFrames(): { stop(): number } {
  let last = performance.now();
  let max = 0;
  let on = true;
  const loop = (t: number) => {
    if (!on) return;
    max = Math.max(max, t - last);
    last = t;
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  return {
    stop() {
      on = false;
      return Math.round(max);
    },
  };
}

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Waits until the main thread had no long task for `quietMs` (Cytoscape warms its caches). */
async function quiet(quietMs = 300, maxMs = 5000): Promise<void> {
  const start = performance.now();
  await nextFrame();
  while (performance.now() - start < maxMs) {
    await sleep(quietMs);
    const now = performance.now();
    const last = longTasks.reduce((m, t) => Math.max(m, t.start + t.duration), 0);
    if (now - last >= quietMs) return;
  }
}

/** Side of the square the layouts occupy, from the total label-box area at ~30 % density. */
function extentOf(input: LayoutInput): number {
  const area = input.nodes.reduce((s, n) => s + (n.w + 4) * (n.h + 4), 0);
  return 2 * Math.sqrt(area / (0.3 * Math.PI));
}

function randomPositions(input: LayoutInput, seed: number): Float32Array {
  const rnd = mulberry32(seed);
  const side = extentOf(input);
  const xy = new Float32Array(2 * input.nodes.length);
  for (let i = 0; i < xy.length; i++) xy[i] = (rnd() - 0.5) * side;
  return xy;
}

function makeCy(g: BenchGraph, xy: Float32Array | null): cytoscape.Core {
  const container = document.getElementById('cy') as HTMLElement;
  const elements: cytoscape.ElementDefinition[] = [];
  g.actors.forEach((a, i) => {
    elements.push({
      group: 'nodes',
      data: { id: a.id, name: a.name },
      position: { x: xy?.[2 * i] ?? 0, y: xy?.[2 * i + 1] ?? 0 },
    });
  });
  g.input.links.forEach((l, i) => {
    elements.push({ group: 'edges', data: { id: `e${i}`, source: l.source, target: l.target } });
  });
  const cy = cytoscape({
    container,
    elements,
    style: styleSheet(),
    layout: { name: 'preset' },
  });
  syncLabelsToZoom(cy);
  // The same fixed viewport for every method: the whole expected layout in view.
  const side = extentOf(g.input);
  cy.zoom(Math.min(container.clientWidth, container.clientHeight) / (side * 1.2));
  cy.pan({ x: container.clientWidth / 2, y: container.clientHeight / 2 });
  return cy;
}

/** Applies packed positions to Cytoscape in one batch (what the app's adapter does). */
function applier(cy: cytoscape.Core): (ids: string[], xy: ArrayLike<number>) => number {
  let lastIds: string[] | null = null;
  let nodes: cytoscape.NodeSingular[] = [];
  return (ids, xy) => {
    const t0 = performance.now();
    if (ids !== lastIds) {
      lastIds = ids;
      nodes = ids.map((id) => cy.getElementById(id) as cytoscape.NodeSingular);
    }
    cy.batch(() => {
      nodes.forEach((node, i) => {
        node.position({ x: xy[2 * i] ?? 0, y: xy[2 * i + 1] ?? 0 });
      });
    });
    return performance.now() - t0;
  };
}

interface Quality {
  overlaps: number;
  spread: number;
}

function qualityOf(g: BenchGraph, xy: ArrayLike<number>): Quality {
  const ids = g.input.nodes.map((n) => n.id);
  return {
    overlaps: countOverlaps(boxesAt(g.input.nodes, xy)),
    spread: Math.round(edgeLengthSpread(positionsFrom(ids, xy), g.input.links) * 1000) / 1000,
  };
}

function cyPositions(cy: cytoscape.Core, g: BenchGraph): Float32Array {
  const xy = new Float32Array(2 * g.input.nodes.length);
  g.input.nodes.forEach((n, i) => {
    const p = cy.getElementById(n.id).position();
    xy[2 * i] = p.x;
    xy[2 * i + 1] = p.y;
  });
  return xy;
}

export interface RunResult extends Quality {
  timeMs: number;
  /** From the start until the final positions were drawn. */
  drawnMs?: number;
  longestTaskMs: number;
  maxFrameGapMs: number;
  /** Ours: longest task from the start until the settled frame arrived. */
  runBlockMs?: number;
  /** Ours: applying and drawing the settled frame. */
  resultDrawMs?: number;
  frames?: number;
  maxApplyMs?: number;
  ticks?: number;
  /** Long tasks as [start relative to the run's start, duration] in ms. */
  longTasks?: number[][];
  /** Frame arrival times relative to the start (ours only). */
  frameTimes?: number[];
  /** Worker time from start to settled (ours only). */
  workerMs?: number;
}

// One client for the whole page, as in the app: the worker is created once and reused.
let onFrame: FrameCallback = () => {};
const client = new ForceLayoutClient((ids, xy, settled) => onFrame(ids, xy, settled));

/**
 * Call right after a run ended (settled / end / layoutstop). Main-thread blocking is measured from
 * t0 until the final positions have been drawn (the next animation frame), so the last redraw
 * counts too.
 */
async function finishRun(t0: number, watch: { stop(): number }) {
  await nextFrame();
  const drawn = performance.now();
  await sleep(100); // let the PerformanceObserver deliver
  return {
    drawnMs: Math.round(drawn - t0),
    longestTaskMs: longestTask(t0, drawn),
    maxFrameGapMs: watch.stop(),
    longTasks: tasksIn(t0, drawn).slice(0, 50),
  };
}

async function runOurs(size: number): Promise<RunResult> {
  const g = graph(size);
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

function packNodes(nodes: D3Node[]): Float32Array {
  const xy = new Float32Array(2 * nodes.length);
  nodes.forEach((d, i) => {
    xy[2 * i] = d.x ?? 0;
    xy[2 * i + 1] = d.y ?? 0;
  });
  return xy;
}

async function runD3Main(size: number): Promise<RunResult> {
  const g = graph(size);
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
    maxApplyMs: Math.round(maxApply * 10) / 10,
  };
}

async function runD3Sync(size: number): Promise<RunResult> {
  const g = graph(size);
  const { sim, nodes } = plainSimulation(g);
  sim.stop();
  await quiet();
  const watch = watchFrames();
  const t0 = performance.now();
  sim.tick(300);
  const t1 = performance.now();
  const extra = await finishRun(t0, watch);
  return { timeMs: Math.round(t1 - t0), ...qualityOf(g, packNodes(nodes)), ...extra, ticks: 300 };
}

async function runCytoscape(size: number, name: 'cose' | 'fcose'): Promise<RunResult> {
  const g = graph(size);
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
async function runRedraw(size: number): Promise<RunResult> {
  const g = graph(size);
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

function describe(size: number) {
  const g = graph(size);
  return { actors: g.input.nodes.length, collaborations: g.input.links.length };
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
