/**
 * The canvas's frame (docs/legibility.md): asks the layout worker for the frame-fit layout of the
 * map for the canvas, puts each answer on the canvas, keeps the labels that must show (selected,
 * searched, just added), and places labels again after a zoom. The map view owns the document
 * side; this owns what the frame adds to it.
 */
import type { Core } from 'cytoscape';
import type { LabelSide } from '../analysis/layout/frameBoxes';
import type { FittedFrame, FrameRequest } from '../analysis/layout/frameSearch';
import type { Point } from '../analysis/layout/types';
import { isBigMap } from './bigMap';
import type { ElementModel, NodeModel } from './elements';
import { centreOn, frameRequestFor, scaleNodeSizes, showFrame, zoomLabels } from './frameView';
import { type Framed, toFrame, toNetwork } from './framing';
import { HOVER_FADE_MAX_NODES } from './highlight';
import { mapStyle, type StyleOptions } from './style';
import type { Insets } from './viewport';

/**
 * Label sizes a frame aims for, in CSS pixels: a desk screen fits the map with labels of at least
 * 11 px, a projector 18 px, a presentation 20 px.
 */
export interface FrameProfile {
  minPx: number;
  maxPx: number;
}

/** What the framer needs of the map view. */
export interface FramerHost {
  readonly cy: Core;
  fitFrame(request: FrameRequest): Promise<FittedFrame>;
  model(): ElementModel | null;
  nodes(): Iterable<NodeModel>;
  /** What to frame: the network places, or the rings' places; null for a grid shown as computed. */
  places(): { places: ReadonlyMap<string, Point>; rings: boolean } | null;
  insets(): Insets;
  userMoved(): boolean;
  dragging(id: string): boolean;
  /** A frame is on the canvas (`first`: the map's first), with its hidden names and label size. */
  shown(info: { hidden: number; px: number }, first: boolean): void;
}

/** How long a freshly added actor keeps its ring. */
const FRESH_MS = 2500;
/** Above this many actors a zoom does not restyle labels (it would cost more than a frame). */
const RELABEL_MAX_NODES = 1500;

export class CanvasFramer {
  private profile: FrameProfile = { minPx: 11, maxPx: 16 };
  private style: StyleOptions = { labelScale: 1, contrast: false };
  private current: Framed | null = null;
  private nodeScale = 1;
  private seq = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight = 0;
  /** Always labelled: the selected, the searched and the freshly added actors. */
  private selected: string | null = null;
  private searched = new Set<string>();
  private fresh = new Map<string, ReturnType<typeof setTimeout>>();
  /** Actors the view is centred on (a search): a new frame keeps them centred. */
  private focused: string[] | null = null;
  /** Labels placed again for a zoom: the label scale they were drawn at, or null (the frame's). */
  private zoomScale: number | null = null;
  private zoomTimer: ReturnType<typeof setTimeout> | null = null;
  /** The frame's own label sides, to go back to when zooming out again. */
  private sides: { ids: string[]; sides: (LabelSide | null)[] } | null = null;

  constructor(private readonly host: FramerHost) {}

  /** The frame on the canvas, or null before the first one (and after another map opened). */
  get framed(): Framed | null {
    return this.current;
  }

  /** Nodes are drawn this many times their size (a crowded frame shrinks them). */
  get scale(): number {
    return this.nodeScale;
  }

  /** Another map: its first frame is laid out afresh. */
  forget(): void {
    this.current = null;
  }

  setProfile(profile: FrameProfile): boolean {
    if (profile.minPx === this.profile.minPx && profile.maxPx === this.profile.maxPx) return false;
    this.profile = profile;
    this.schedule(0);
    return true;
  }

  setStyle(style: StyleOptions): void {
    this.style = {
      ...style,
      transitions: this.style.transitions ?? true,
      levelOfDetail: this.style.levelOfDetail ?? false,
    };
    this.zoomScale = null;
    this.host.cy.style(mapStyle(this.style));
  }

  /**
   * A map of more than HOVER_FADE_MAX_NODES nodes fades without transitions, and a big map
   * (bigMap.ts) names its actors by level of detail (StyleOptions).
   */
  sized(nodes: number): void {
    const transitions = nodes <= HOVER_FADE_MAX_NODES;
    const levelOfDetail = isBigMap(nodes);
    if (
      transitions !== (this.style.transitions ?? true) ||
      levelOfDetail !== (this.style.levelOfDetail ?? false)
    ) {
      this.style = { ...this.style, transitions, levelOfDetail };
      this.zoomScale = null;
      this.host.cy.style(mapStyle(this.style));
    }
  }

  /** The selected actor keeps its label; a frame that hid it is laid out again. */
  select(id: string | null): void {
    if (id === this.selected) return;
    this.selected = id;
    if (id && this.current?.hidden.includes(id)) this.schedule(0);
  }

  /** Searched actors keep their labels and stay centred through new frames. */
  search(ids: readonly string[]): void {
    this.searched = new Set(ids);
    this.focused = [...ids];
    if (ids.some((id) => this.current?.hidden.includes(id))) this.schedule(0);
  }

  /** Centres the searched actors again (the canvas changed size under them). */
  recentre(): void {
    if (!this.focused) return;
    const cy = this.host.cy;
    const at = new Map(this.focused.map((id) => [id, cy.getElementById(id).position()] as const));
    centreOn(cy, this.focused, at);
  }

  /** The user moved the camera, or asked for the whole map: nothing to keep centred. */
  unfocus(): void {
    this.focused = null;
  }

  /** A new actor gets a ring for a moment and always a label, so the room can find it. */
  markFresh(id: string): void {
    const cy = this.host.cy;
    const old = this.fresh.get(id);
    if (old) clearTimeout(old);
    cy.getElementById(id).addClass('fresh');
    this.fresh.set(
      id,
      setTimeout(() => {
        this.fresh.delete(id);
        cy.getElementById(id).removeClass('fresh');
      }, FRESH_MS),
    );
  }

  /** A place in the frame → its network place; the same place before the first frame. */
  toNetwork(p: Point): Point {
    return this.current ? toNetwork(this.current, p) : p;
  }

  toFrame(p: Point): Point {
    return this.current ? toFrame(this.current, p) : p;
  }

  hidden(): string[] {
    return [...(this.current?.hidden ?? [])];
  }

  /** True while a frame is due or on its way. */
  busy(): boolean {
    return this.timer !== null || this.inFlight > 0;
  }

  /** Coalesces requests for a new frame: several changes in one task make one frame. */
  schedule(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.request();
    }, delay);
  }

  /** After a zoom comes to rest, labels are placed again for it (more appear as you zoom in). */
  zoomed(): void {
    if (this.zoomTimer) clearTimeout(this.zoomTimer);
    this.zoomTimer = setTimeout(() => {
      this.zoomTimer = null;
      this.relabel();
    }, 220);
  }

  /** The viewport moved: labels due for a zoom wait until it rests (a pan right after a zoom). */
  viewportMoved(): void {
    if (this.zoomTimer) this.zoomed();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.zoomTimer) clearTimeout(this.zoomTimer);
    for (const t of this.fresh.values()) clearTimeout(t);
  }

  private must(): Set<string> {
    const must = new Set([...this.searched, ...this.fresh.keys()]);
    if (this.selected) must.add(this.selected);
    return must;
  }

  /** The frame: the canvas between the insets, in CSS pixels. */
  private size(): { w: number; h: number } {
    const { top, right, bottom, left } = this.host.insets();
    return {
      w: Math.max(80, this.host.cy.width() - left - right),
      h: Math.max(80, this.host.cy.height() - top - bottom),
    };
  }

  private async request(): Promise<void> {
    const model = this.host.model();
    const what = this.host.places();
    if (!model || !what) return;
    const request = frameRequestFor(this.host.cy, model, what.places, {
      rings: what.rings,
      must: this.must(),
      style: this.style,
      profile: this.profile,
      frame: this.size(),
    });
    const seq = ++this.seq;
    let result: FittedFrame;
    this.inFlight++;
    try {
      result = await this.host.fitFrame(request);
    } catch {
      return;
    } finally {
      this.inFlight--;
    }
    if (seq !== this.seq || this.host.cy.destroyed()) return;
    this.apply(result, request);
  }

  private apply(result: FittedFrame, request: FrameRequest): void {
    const cy = this.host.cy;
    const first = this.current === null;
    const moved = this.host.userMoved();
    if (this.zoomScale !== null) {
      this.zoomScale = null;
      cy.style(mapStyle(this.style));
    }
    const shown = showFrame(cy, result, request, {
      insets: this.host.insets(),
      animate: !first,
      camera: !moved || first,
      still: (id) => this.host.dragging(id),
    });
    this.current = shown.framed;
    this.sides = { ids: result.ids, sides: result.sides };
    if (result.nodeScale !== this.nodeScale) {
      this.nodeScale = result.nodeScale;
      scaleNodeSizes(cy, this.host.nodes(), result.nodeScale);
    }
    if (!first && moved && this.focused) centreOn(cy, this.focused, shown.target);
    this.host.shown({ hidden: result.hidden.length, px: result.px }, first);
    if (moved) this.zoomed();
  }

  /** Nodes at their own size, labels below: a grid shown as computed. */
  unscaled(): void {
    if (this.nodeScale === 1) return;
    this.nodeScale = 1;
    scaleNodeSizes(this.host.cy, this.host.nodes(), 1);
  }

  private relabel(): void {
    const f = this.current;
    const model = this.host.model();
    const what = this.host.places();
    if (!f || !model || !what || what.rings || model.nodes.length > RELABEL_MAX_NODES) return;
    const again = zoomLabels(this.host.cy, model, {
      framed: f,
      sides: this.sides,
      must: this.must(),
      nodeScale: this.nodeScale,
      style: this.style,
      relabelled: this.zoomScale !== null,
    });
    if (!again) return;
    this.zoomScale = again.scale;
    this.host.shown({ hidden: again.hidden, px: again.px }, false);
  }
}
