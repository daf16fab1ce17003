/**
 * Big maps (issue 18, docs/big-maps.md). Above BIG_MAP_NODES actors the canvas shows the network
 * places as they are, with Cytoscape's own level of detail (labels below a readable size are not
 * drawn), instead of a frame-fit layout: no frame can name thousands of actors, and fitting one
 * takes seconds. A big map is put on the canvas in slices, one task each, the focal actor's
 * neighbourhood first, so the page answers input while it loads.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import { neighbourIndex } from './elementSync';
import type { ElementModel } from './elements';

/** A map of more actors than this is drawn as a big map (as hover fades, highlight.ts). */
export const BIG_MAP_NODES = 1500;
/**
 * Main-thread time a slice takes at first (adding, styling and measuring its elements). Every
 * frame between slices costs Cytoscape a pass over all elements on the canvas, so fewer, fuller
 * slices load sooner: at 5,000 actors, slices of 12 ms took 8.7 s, of 40 ms 5.0 s.
 */
export const SLICE_MS = 35;
/** A slice never takes longer than this, however long the frames between slices take. */
export const MAX_SLICE_MS = 400;

export const isBigMap = (nodes: number) => nodes > BIG_MAP_NODES;

/** Past this many actors links are not drawn while the map is panned or zoomed. */
export const MOVING_EDGES_MAX_NODES = 5000;

/**
 * Hides links while the viewport moves on a map past MOVING_EDGES_MAX_NODES actors: at 20,000
 * actors and 50,000 links a drag-pan ran at 1.6 fps with the links drawn and at 17–20 without
 * (docs/big-maps.md). Cytoscape reads the setting from its renderer at every frame and has no
 * setter after start-up, hence the renderer's own field.
 */
export function hideLinksWhileMoving(cy: Core, nodes: number): void {
  const renderer = (
    cy as unknown as { renderer(): { hideEdgesOnViewport?: boolean } | null }
  ).renderer();
  // A headless Cytoscape (unit tests) has a renderer that draws nothing; setting it is harmless.
  if (renderer) renderer.hideEdgesOnViewport = nodes > MOVING_EDGES_MAX_NODES;
}

/**
 * Node ids in the order they reach the canvas: breadth first from the focal actor (or the most
 * linked one), so the first slices fill the view the map opens on; actors not reached follow.
 */
export function loadOrder(model: ElementModel): string[] {
  const links = neighbourIndex(model);
  let start = model.nodes.find((n) => n.focal && !n.ghost);
  if (!start) for (const n of model.nodes) if (!start || n.degree > start.degree) start = n;
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (from: string) => {
    seen.add(from);
    order.push(from);
    for (let i = order.length - 1; i < order.length; i++) {
      for (const next of links.get(order[i] as string) ?? []) {
        if (seen.has(next)) continue;
        seen.add(next);
        order.push(next);
      }
    }
  };
  if (start) visit(start.id);
  for (const n of model.nodes) if (!seen.has(n.id)) visit(n.id);
  return order;
}

/** The elements to add, in slices' order: each edge as soon as both its ends are on the canvas. */
export function loadSequence(
  model: ElementModel,
  node: (id: string) => ElementDefinition | null,
): ElementDefinition[] {
  const rank = new Map(loadOrder(model).map((id, i) => [id, i]));
  const edgesAt = new Map<number, ElementDefinition[]>();
  for (const e of model.edges) {
    const at = Math.max(rank.get(e.source) ?? -1, rank.get(e.target) ?? -1);
    if (at < 0) continue;
    const list = edgesAt.get(at);
    const def: ElementDefinition = { group: 'edges', data: { ...e } };
    if (list) list.push(def);
    else edgesAt.set(at, [def]);
  }
  const out: ElementDefinition[] = [];
  const ids = [...rank.keys()];
  ids.forEach((id, i) => {
    const def = node(id);
    if (def) out.push(def);
    for (const e of edgesAt.get(i) ?? []) out.push(e);
  });
  return out;
}

/**
 * Adds elements in slices, one per task (SLICE_MS at first, then as long as the frame between two
 * slices), so the browser draws and answers input in between. Each slice is styled and measured as it is added (`style()`, `boundingBox()`), so the
 * frame after it draws only: left to the renderer, the styles of everything added since its last
 * frame are worked out inside that frame.
 */
export class SliceLoader {
  private cancelled = false;
  private index = 0;
  /** When the last slice ended, and this slice's time budget. */
  private lastEnd = 0;
  private budget = SLICE_MS;

  constructor(
    private readonly cy: Core,
    private readonly elements: readonly ElementDefinition[],
    private readonly onSlice: (added: number, total: number) => void,
    private readonly done: () => void,
    private readonly later: (fn: () => void) => void = (fn) => {
      setTimeout(fn, 0);
    },
  ) {}

  start(): void {
    this.later(() => this.slice());
  }

  cancel(): void {
    this.cancelled = true;
  }

  private slice(): void {
    if (this.cancelled || this.cy.destroyed()) return;
    const t0 = performance.now();
    // The time since the last slice is mostly Cytoscape drawing a frame, and that grows with the
    // elements on the canvas: a slice may take as long, so drawing never takes most of the load.
    if (this.lastEnd > 0)
      this.budget = Math.min(MAX_SLICE_MS, Math.max(SLICE_MS, t0 - this.lastEnd));
    const all = this.elements;
    // Small steps, so one slice overruns its time by little.
    while (this.index < all.length && performance.now() - t0 < this.budget) {
      const part = all.slice(this.index, this.index + 50);
      this.index += part.length;
      const added = this.cy.add(part);
      for (const el of added) {
        el.style('display');
        el.boundingBox();
      }
    }
    this.lastEnd = performance.now();
    this.onSlice(this.index, all.length);
    if (this.index < all.length) this.later(() => this.slice());
    else this.done();
  }
}
