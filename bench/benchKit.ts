/**
 * What the benchmark page (bench.ts) measures with: the Cytoscape style and instance every method
 * draws into, main-thread long tasks and frame gaps, and the quality of a layout.
 */
import cytoscape from 'cytoscape';
import {
  boxesAt,
  countOverlaps,
  edgeLengthSpread,
  positionsFrom,
} from '../src/analysis/layout/metrics';
import { mulberry32 } from '../src/analysis/layout/prng';
import type { LayoutInput } from '../src/analysis/layout/types';
import { type BenchGraph, FONT_SIZE, LABEL_GAP, NODE_DIAMETER } from './graphs';

const params = new URLSearchParams(location.search);
/**
 * Style variants, to show what each option buys:
 * - `plain`: every label at every zoom;
 * - `min-zoomed`: Cytoscape's 'min-zoomed-font-size' (labels measured but not drawn when tiny);
 * - `tuned` (default, what the app should use): 'min-zoomed-font-size' and, below that zoom, no
 *   label in the stylesheet at all, so moving nodes does not recompute label boxes either.
 */
export const STYLE_VARIANT =
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

// Long tasks (>50 ms) on the main thread, kept with their start time.
const longTasks: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
}).observe({ type: 'longtask', buffered: true });

export function tasksIn(t0: number, t1: number): number[][] {
  return longTasks
    .filter((t) => t.start + t.duration >= t0 && t.start <= t1)
    .map((t) => [Math.round(t.start - t0), Math.round(t.duration)]);
}

export function longestTask(t0: number, t1: number): number {
  let max = 0;
  for (const t of longTasks) {
    if (t.start + t.duration >= t0 && t.start <= t1) max = Math.max(max, t.duration);
  }
  return Math.round(max);
}

/** Largest gap between animation frames while `running()`: what a user feels as jank. */
export function watchFrames(): { stop(): number } {
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

export const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Waits until the main thread had no long task for `quietMs` (Cytoscape warms its caches). */
export async function quiet(quietMs = 300, maxMs = 5000): Promise<void> {
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

export function randomPositions(input: LayoutInput, seed: number): Float32Array {
  const rnd = mulberry32(seed);
  const side = extentOf(input);
  const xy = new Float32Array(2 * input.nodes.length);
  for (let i = 0; i < xy.length; i++) xy[i] = (rnd() - 0.5) * side;
  return xy;
}

export function makeCy(g: BenchGraph, xy: Float32Array | null): cytoscape.Core {
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
export function applier(cy: cytoscape.Core): (ids: string[], xy: ArrayLike<number>) => number {
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

export interface Quality {
  overlaps: number;
  spread: number;
}

export function qualityOf(g: BenchGraph, xy: ArrayLike<number>): Quality {
  const ids = g.input.nodes.map((n) => n.id);
  return {
    overlaps: countOverlaps(boxesAt(g.input.nodes, xy)),
    spread: Math.round(edgeLengthSpread(positionsFrom(ids, xy), g.input.links) * 1000) / 1000,
  };
}

export function cyPositions(cy: cytoscape.Core, g: BenchGraph): Float32Array {
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
  /** Barnes–Hut θ of the charge force. */
  theta?: number;
  /** Ours: label pairs the worker's clean-up reported left (0 unless its time budget ran out). */
  overlapsLeft?: number;
  /** Ours: worker time of that clean-up. */
  finishMs?: number;
  /** Long tasks as [start relative to the run's start, duration] in ms. */
  longTasks?: number[][];
  /** Frame arrival times relative to the start (ours only). */
  frameTimes?: number[];
  /** Worker time from start to settled (ours only). */
  workerMs?: number;
}

/**
 * Call right after a run ended (settled / end / layoutstop). Main-thread blocking is measured from
 * t0 until the final positions have been drawn (the next animation frame), so the last redraw
 * counts too.
 */
export async function finishRun(t0: number, watch: { stop(): number }) {
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
