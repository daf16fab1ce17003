/**
 * Big maps (issue 18, docs/big-maps.md). Above BIG_MAP_NODES actors the canvas shows the network
 * places as they are, with Cytoscape's own level of detail (labels below a readable size are not
 * drawn), instead of a frame-fit layout: no frame can name thousands of actors, and fitting one
 * takes seconds. A big map is put on the canvas in slices, one task each, the focal actor's
 * neighbourhood first, so the page answers input while it loads.
 */
import type { BoundingBox12, Core, ElementDefinition } from 'cytoscape';
import { neighbourIndex } from './elementSync';
import type { ElementModel } from './elements';

/** A map of more actors than this is drawn as a big map (as hover fades, highlight.ts). */
export const BIG_MAP_NODES = 1500;
/**
 * Main-thread time one slice takes (adding, styling and measuring its elements): short, so the
 * page answers input between slices. Frames between slices are held (FRAME_EVERY_MS), so short
 * slices cost no more than long ones.
 */
export const SLICE_MS = 40;
/**
 * While slices go in, the canvas is drawn at most this often, and at once when the view moves.
 * Each frame passes over every element on the canvas (z-order, culling): drawn after every slice,
 * frames took a third of a 5,000-actor load (docs/big-maps.md).
 */
export const FRAME_EVERY_MS = 300;
/**
 * Frames take at most this share of the load: at 20,000 actors one frame takes 300 ms or more,
 * and drawing every 300 ms took half the time.
 */
export const FRAME_SHARE = 0.25;

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
 * Skips Cytoscape's next frame, or lets it draw. The renderer reads `skipFrame` at every animation
 * frame and clears it after; there is no public way to hold a frame.
 */
function holdFrames(cy: Core, hold: boolean): void {
  const renderer = (cy as unknown as { renderer(): { skipFrame?: boolean } | null }).renderer();
  if (renderer) renderer.skipFrame = hold;
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
 * Adds elements in slices, one short task each, so the browser answers input in between. Each
 * slice is styled and measured as it is added (`style()`, `boundingBox()`): left to the renderer,
 * the styles of everything added since its last frame are worked out inside that frame. The
 * canvas is drawn after the first slice, then every FRAME_EVERY_MS or less often when frames are
 * slow (FRAME_SHARE) while slices add what is in view, and whenever the view moves, so a pan during
 * the load follows the pointer. Off screen nothing changes: a frame of a 20,000-actor map passes
 * over all 70,000 elements (0.4–0.7 s) to draw what was there already.
 */
export class SliceLoader {
  private cancelled = false;
  private index = 0;
  private nodes = 0;
  /** When the canvas was last let draw, what that frame took, and whether the view moved since. */
  private lastFrame = 0;
  private drawing = false;
  private frameMs = 0;
  private moved = false;
  /** An actor added since the last frame lies in view. */
  private unseen = false;
  private lastEnd = 0;
  private total = 0;
  private readonly onViewport = () => {
    this.moved = true;
  };

  constructor(
    private readonly cy: Core,
    private readonly elements: readonly ElementDefinition[],
    /** Nodes added so far, of the nodes in `elements`. */
    private readonly onSlice: (nodes: number, total: number) => void,
    private readonly done: () => void,
    private readonly later: (fn: () => void) => void = nextTask,
  ) {}

  start(): void {
    this.total = this.elements.filter((e) => e.group === 'nodes').length;
    this.cy.on('viewport', this.onViewport);
    this.later(() => this.slice());
  }

  cancel(): void {
    this.cancelled = true;
    this.cy.off('viewport', this.onViewport);
  }

  private slice(): void {
    if (this.cancelled || this.cy.destroyed()) return;
    const t0 = performance.now();
    // The time since the last slice, when a frame was let draw, is mostly that frame.
    if (this.drawing) this.frameMs = t0 - this.lastEnd;
    const all = this.elements;
    const view = this.cy.extent();
    // Small steps, so one slice overruns its time by little.
    while (this.index < all.length && performance.now() - t0 < SLICE_MS) {
      const part = all.slice(this.index, this.index + 50);
      this.index += part.length;
      const added = this.cy.add(part);
      for (const el of added) {
        el.style('display');
        const box = el.boundingBox();
        if (!el.isNode()) continue;
        this.nodes++;
        if (!this.unseen && overlaps(box, view)) this.unseen = true;
      }
    }
    this.onSlice(this.nodes, this.total);
    if (this.index >= all.length) {
      this.cy.off('viewport', this.onViewport);
      this.done();
      return;
    }
    const now = performance.now();
    const every = Math.max(FRAME_EVERY_MS, this.frameMs / FRAME_SHARE);
    // The first slice (the focal actor's neighbourhood) is drawn at once; later ones only when
    // they put an actor on screen. A long link crossing the view waits for the next frame: at
    // 20,000 actors nearly every slice holds one.
    const due = this.unseen && now - this.lastFrame >= every;
    const draw = this.lastFrame === 0 || this.moved || due;
    holdFrames(this.cy, !draw);
    if (draw) {
      this.lastFrame = now;
      this.unseen = false;
    }
    this.drawing = draw;
    this.lastEnd = now;
    this.moved = false;
    this.later(() => this.slice());
  }
}

const overlaps = (a: BoundingBox12, b: BoundingBox12) =>
  a.x1 <= b.x2 && b.x1 <= a.x2 && a.y1 <= b.y2 && b.y1 <= a.y2;

/** Runs `fn` in a task of its own, soon: without setTimeout's clamping after nested calls. */
export function nextTask(fn: () => void): void {
  if (typeof MessageChannel === 'undefined') {
    setTimeout(fn, 0);
    return;
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    fn();
  };
  channel.port2.postMessage(null);
}
