import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import type { FittedFrame, FrameRequest } from '../analysis/layout/frameSearch';
import { showFixedLayout, syncElements } from './elementSync';
import type { ElementModel, NodeModel } from './elements';
import { frameNodes } from './frameInput';
import {
  applySides,
  countLabelOverlaps,
  type Framed,
  type LabelInfo,
  labelInfo,
  mapRect,
  SIDE_CLASSES,
  toFrame,
  toNetwork,
} from './framing';
import { ForceLayoutClient } from './layout/layoutClient';
import { boxesChanged, toLayoutInput } from './layoutInput';
import { bindSelection, type MapViewEvents, type Move } from './mapViewEvents';
import { labelBleed } from './nodeGeometry';
import { mapStyle, type StyleOptions } from './style';
import { LABEL } from './tokens';
import {
  animateNodes,
  type CameraRect,
  fitViewport,
  type Insets,
  showCamera,
  viewportCamera,
  zoomAtCentre,
} from './viewport';

export type { MapViewEvents, Move } from './mapViewEvents';
export type { LabelInfo };

type Point = { x: number; y: number };

const round = (v: number) => Math.round(v * 10) / 10;

/** Background elements of a computed layout (segment and quadrant labels). */
export type Decoration = ElementDefinition;

export type { Insets };

/**
 * Label sizes a frame aims for, in CSS pixels (docs/legibility.md): a desk screen fits the map
 * with labels of at least 11 px, a projector 18 px, a presentation 20 px.
 */
export interface FrameProfile {
  minPx: number;
  maxPx: number;
}

/** How long nodes take to move to a new frame: smooth, and short enough to follow the room. */
const FRAME_MS = 380;
/** How long a freshly added actor keeps its ring. */
const FRESH_MS = 2500;

/**
 * The Cytoscape adapter. It draws an ElementModel and reports user gestures back; it owns no
 * document data. The force layout runs in a worker on the network places; the canvas shows those
 * places laid out for its own frame by the frame-fit layout (docs/legibility.md), so the names are
 * readable on any screen while the saved network places never change because of a screen.
 */
export class MapView {
  private readonly cy: Core;
  private readonly layout: ForceLayoutClient;
  private model: ElementModel | null = null;
  private nodeData = new Map<string, NodeModel>();
  /** Where the force layout puts each node: what is saved, and what frames are made from. */
  private network = new Map<string, Point>();
  /** Nodes under the pointer, with where each was grabbed. */
  private dragging = new Map<string, { x: number; y: number }>();
  private pendingDrops: Move[] = [];
  private readyFired = false;
  private userMoved = false;
  private mode: 'force' | 'fixed' = 'force';
  private fixedKey = '';
  /** A computed layout's places (rings: framed like the network; power/interest: as given). */
  private fixedPlaces: ReadonlyMap<string, Point> | null = null;
  /** Drags in a fixed layout move a node in that layout only (kept per layout, not saved). */
  private fixedOverrides = new Map<string, Map<string, { x: number; y: number }>>();
  private insets: Insets = { top: 24, right: 24, bottom: 24, left: 24 };
  private profile: FrameProfile = { minPx: 11, maxPx: 16 };
  private labelScale = 1;
  private contrast = false;
  private framed: Framed | null = null;
  private nodeScale = 1;
  private frameSeq = 0;
  private frameTimer: ReturnType<typeof setTimeout> | null = null;
  private inFlight = 0;
  /** Always labelled: the selected, the searched and the freshly added actors. */
  private selected: string | null = null;
  private searched = new Set<string>();
  /** Actors the view is centred on (a search): a new frame keeps them centred. */
  private focused: string[] | null = null;
  private fresh = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    container: HTMLElement,
    private readonly events: MapViewEvents,
  ) {
    this.cy = cytoscape({
      container,
      style: mapStyle(),
      minZoom: 0.05,
      maxZoom: 4,
      wheelSensitivity: 0.3,
      boxSelectionEnabled: false,
      selectionType: 'single',
      textureOnViewport: false,
      hideEdgesOnViewport: false,
      pixelRatio: 'auto',
    });
    this.layout = new ForceLayoutClient((ids, xy, settled) => this.applyLayout(ids, xy, settled));
    this.bindEvents();
  }

  /** Brings the canvas in line with the model; restarts the layout when the graph changed. */
  update(model: ElementModel): void {
    const previous = this.model;
    this.model = model;
    const switched = previous !== null && !model.nodes.some((n) => this.nodeData.has(n.id));
    if (switched) {
      // Another map: a new viewport, no borrowed places, no old frame.
      this.network.clear();
      this.framed = null;
      this.userMoved = false;
    }
    const added = previous && !switched ? model.nodes.filter((n) => !this.nodeData.has(n.id)) : [];
    for (const n of model.nodes) {
      if (n.position && !this.network.has(n.id)) this.network.set(n.id, { ...n.position });
    }
    const present = new Set(model.nodes.map((n) => n.id));
    for (const id of [...this.network.keys()]) if (!present.has(id)) this.network.delete(id);
    const structural = syncElements(this.cy, model, this.nodeData, {
      framed: () => this.framed !== null && this.mode === 'force',
      nodeScale: () => this.nodeScale,
      dragging: (id) => this.dragging.has(id),
      moved: (id, p, pinned) => this.followDocument(id, p, pinned),
      unpin: (id) => this.layout.unpin(id),
    });
    for (const n of added) if (!n.ghost) this.markFresh(n.id);
    const changed = structural || !previous || boxesChanged(previous, model);
    this.nodeData = new Map(model.nodes.map((n) => [n.id, n]));
    if (changed && this.mode === 'force') this.startLayout(false);
  }

  setVisible(actors: ReadonlySet<string>, collaborations: ReadonlySet<string>): void {
    let changed = false;
    this.cy.batch(() => {
      this.cy
        .nodes()
        .not('.decoration')
        .forEach((n) => {
          const hide = !actors.has(n.id());
          if (hide !== n.hasClass('hidden')) changed = true;
          n.toggleClass('hidden', hide);
        });
      this.cy.edges().forEach((e) => {
        e.toggleClass('hidden', !collaborations.has(e.id()));
      });
    });
    // What is shown fills the frame: a filter re-frames the map.
    if (changed && this.framed) this.scheduleFrame(0);
  }

  /** Fades everything but the neighbourhood of the hovered or selected element. */
  highlight(id: string | null): void {
    const cy = this.cy;
    cy.batch(() => {
      cy.elements().removeClass('faded highlighted');
      if (!id) return;
      const el = cy.getElementById(id);
      if (el.empty()) return;
      const hood = el.group() === 'nodes' ? el.closedNeighborhood() : el.union(el.connectedNodes());
      // An actor with no links has no neighbourhood to show: fading the rest would only hide it.
      if (hood.length <= 1) return;
      cy.elements().difference(hood).addClass('faded');
      hood.edges().addClass('highlighted');
    });
  }

  select(selection: { kind: string; id: string } | null): void {
    this.cy.batch(() => {
      this.cy.$(':selected').unselect();
      if (selection) this.cy.getElementById(selection.id).select();
    });
    const id = selection?.kind === 'actor' ? selection.id : null;
    if (id === this.selected) return;
    this.selected = id;
    if (id && this.framed?.hidden.includes(id)) this.scheduleFrame(0);
  }

  /** Centres on actors, zooming in far enough to read them; they keep a label while searched. */
  focus(ids: readonly string[]): void {
    let eles = this.cy.collection();
    for (const id of ids) eles = eles.union(this.cy.getElementById(id));
    if (eles.empty()) return;
    this.searched = new Set(ids);
    this.focused = [...ids];
    if (ids.some((id) => this.framed?.hidden.includes(id))) this.scheduleFrame(0);
    this.userMoved = true;
    const zoom = Math.max(this.cy.zoom(), this.framed?.zoom ?? 1.1);
    if (eles.length === 1) {
      this.cy.animate({ center: { eles }, zoom }, { duration: 350 });
    } else {
      this.cy.animate({ fit: { eles, padding: 80 } }, { duration: 350 });
    }
  }

  /** Lays the map out for the canvas again and shows all of it ("Fit to screen"). */
  fit(): void {
    this.userMoved = false;
    this.focused = null;
    if (this.mode === 'fixed' && !this.fixedFramed()) this.fitView(true);
    else this.scheduleFrame(0);
  }

  /** Room the map must leave for panels drawn over the canvas (legend, controls). */
  setInsets(insets: Partial<Insets>): void {
    this.insets = { ...this.insets, ...insets };
  }

  /** Label sizes the frame aims for (desk, projector, presentation); re-frames the map. */
  setFrameProfile(profile: FrameProfile): void {
    if (profile.minPx === this.profile.minPx && profile.maxPx === this.profile.maxPx) return;
    this.profile = profile;
    this.userMoved = false;
    this.scheduleFrame(0);
  }

  private fitView(animate: boolean): void {
    fitViewport(this.cy, this.insets, animate);
  }

  zoomBy(factor: number): void {
    this.userMoved = true;
    zoomAtCentre(this.cy, factor);
  }

  /** Lays the map out again from scratch, keeping only pinned actors in place. */
  relayout(): void {
    this.userMoved = false;
    for (const n of this.model?.nodes ?? []) if (!n.pinned) this.network.delete(n.id);
    this.startLayout(true);
  }

  /**
   * Switches between the live force layout (`positions` null) and a computed one (rings,
   * power/interest), animating every node to its new place. `decorations` are drawn behind the
   * map (segment and quadrant labels) and are never actors. `key` names the layout, so that a
   * node dragged in it keeps its place there. Rings are framed like the network map; the
   * power/interest grid is shown as computed, since there a place is a score.
   */
  setFixedLayout(
    positions: ReadonlyMap<string, { x: number; y: number }> | null,
    decorations: ElementDefinition[] = [],
    key = '',
  ): void {
    const cy = this.cy;
    cy.$('.decoration').remove();
    if (!positions) {
      if (this.mode === 'force') return;
      this.mode = 'force';
      this.fixedPlaces = null;
      cy.nodes().removeClass('mode-hidden');
      cy.edges().removeClass('faint');
      this.scheduleFrame(0);
      return;
    }
    if (this.mode === 'force') this.layout.stop();
    this.mode = 'fixed';
    this.fixedKey = key;
    const target = new Map(positions);
    for (const [id, p] of this.fixedOverrides.get(key) ?? []) if (target.has(id)) target.set(id, p);
    this.fixedPlaces = target;
    showFixedLayout(cy, decorations, target, key === 'power');
    if (this.fixedFramed()) {
      this.scheduleFrame(0);
      return;
    }
    applySides(
      cy,
      cy.nodes().map((n) => n.id()),
      cy.nodes().map(() => 'below'),
    );
    // The grid was laid out for nodes at their own size.
    this.scaleNodes(1);
    animateNodes(cy.nodes().not('.decoration'), target, () => {
      if (!this.userMoved) this.fitView(true);
    });
  }

  /** Rings are framed; the power/interest grid keeps its computed places. */
  private fixedFramed(): boolean {
    return this.mode === 'fixed' && this.fixedKey.startsWith('rings');
  }

  /** Larger labels and stronger contrast for a projector; the model's boxes must match. */
  setStyle(options: StyleOptions): void {
    this.labelScale = options.labelScale;
    this.contrast = options.contrast;
    this.cy.style(mapStyle(options));
  }

  /** During a presentation nothing on the map can be moved or selected. */
  setLocked(locked: boolean): void {
    this.cy.autoungrabify(locked);
    this.cy.autounselectify(locked);
  }

  /** The map area now shown, in network coordinates: what a saved view keeps. */
  camera(): CameraRect {
    const shown = viewportCamera(this.cy, this.insets);
    const f = this.framed;
    return f && this.mode === 'force' ? mapRect(shown, (p) => toNetwork(f, p)) : shown;
  }

  /** Shows a saved camera, or the whole map for `null`; it then stays until the user moves. */
  showCamera(camera: CameraRect | null, animate = true): void {
    if (!camera) return void this.fit();
    this.userMoved = true;
    this.focused = null;
    const f = this.framed;
    const rect = f && this.mode === 'force' ? mapRect(camera, (p) => toFrame(f, p)) : camera;
    showCamera(this.cy, this.insets, rect, animate);
  }

  /** Where every drawn node is on the canvas now, ghosts included. */
  positions(): Map<string, { x: number; y: number }> {
    const nodes = this.cy.nodes().not('.decoration');
    return new Map(nodes.map((n) => [n.id(), { ...(n as NodeSingular).position() }]));
  }

  /** The force layout's network places (what is saved), whatever the canvas shows. */
  networkPositions(): Map<string, { x: number; y: number }> {
    return new Map(this.network);
  }

  /** Ids of the actors now on screen (inside the canvas, not filtered out). */
  onScreen(): Set<string> {
    const ext = this.cy.extent();
    const ids = new Set<string>();
    this.cy
      .nodes(':visible')
      .not('.decoration')
      .forEach((n) => {
        const p = (n as NodeSingular).position();
        if (p.x >= ext.x1 && p.x <= ext.x2 && p.y >= ext.y1 && p.y <= ext.y2) ids.add(n.id());
      });
    return ids;
  }

  /** Pairs of visible actors where a label covers another label or node (DESIGN.md §10). */
  labelOverlaps(): number {
    return countLabelOverlaps(this.cy);
  }

  /** Every actor's label as drawn, in CSS pixels (`window.samspill.labels()`). */
  labels(): LabelInfo[] {
    return labelInfo(this.cy, (id) => {
      const n = this.nodeData.get(id);
      return n && !n.ghost ? n.label : undefined;
    });
  }

  /**
   * Nothing is about to move: the layout has settled, no frame is on its way and no animation
   * runs (`window.samspill.idle()`, so tests measure the map at rest).
   */
  idle(): boolean {
    return (
      !this.layout.running &&
      this.frameTimer === null &&
      this.inFlight === 0 &&
      !this.cy.animated() &&
      this.cy.nodes().every((n) => !(n as NodeSingular).animated())
    );
  }

  /** Actors whose labels the current frame has no room for. */
  hiddenLabels(): string[] {
    return [...(this.framed?.hidden ?? [])];
  }

  /** Where an actor is drawn, in pixels within the canvas; null when it is not drawn. */
  renderedPosition(name: string): { x: number; y: number } | null {
    const id = [...this.nodeData.values()].find((n) => n.label === name)?.id;
    if (!id) return null;
    const el = this.cy.getElementById(id);
    return el.nonempty() && el.visible() ? (el as NodeSingular).renderedPosition() : null;
  }

  zoom(): number {
    return this.cy.zoom();
  }

  /** Keeps the whole map framed as the window changes, until the user pans or zooms. */
  resize(): void {
    this.cy.resize();
    if (this.userMoved) return;
    const framed = (this.mode === 'force' && this.framed) || this.fixedFramed();
    if (framed) this.scheduleFrame(150);
    else this.fitView(false);
  }

  destroy(): void {
    if (this.frameTimer) clearTimeout(this.frameTimer);
    for (const t of this.fresh.values()) clearTimeout(t);
    this.layout.dispose();
    this.cy.destroy();
  }

  /** A new actor gets a ring for a moment and always a label, so the room can find it. */
  private markFresh(id: string): void {
    const old = this.fresh.get(id);
    if (old) clearTimeout(old);
    this.cy.getElementById(id).addClass('fresh');
    this.fresh.set(
      id,
      setTimeout(() => {
        this.fresh.delete(id);
        this.cy.getElementById(id).removeClass('fresh');
      }, FRESH_MS),
    );
  }

  /** The document moved a node (undo, redo, another tab): its network place follows. */
  private followDocument(id: string, p: Point, pinned: boolean): void {
    this.network.set(id, { ...p });
    if (!this.framed) (this.cy.getElementById(id) as NodeSingular).position(p);
    if (pinned) this.layout.pin(id, p.x, p.y);
    if (this.framed) this.scheduleFrame(60);
  }

  /** Starts gently when most actors already have a place, so a reopened map does not jump. */
  private startLayout(reset: boolean): void {
    if (!this.model) return;
    const positionOf = (id: string) =>
      this.network.get(id) ?? { ...(this.cy.getElementById(id) as NodeSingular).position() };
    const placed = new Set(this.network.keys());
    const input = toLayoutInput(this.model, positionOf, placed, reset);
    const known = input.nodes.filter((n) => n.x !== undefined).length;
    const settledMostly = known >= input.nodes.length * 0.8 && input.nodes.length > 0;
    // Once framed, the canvas shows frames, not the worker's ticks: only the settled result counts.
    const animate = this.framed ? false : undefined;
    this.layout.start(input, {
      ...(reset ? { reset: true } : settledMostly ? { alpha: 0.3 } : {}),
      ...(animate === false ? { animate } : {}),
    });
  }

  private applyLayout(ids: readonly string[], xy: Float32Array, settled: boolean): void {
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i];
      if (!id || this.dragging.has(id)) continue;
      this.network.set(id, { x: xy[2 * i] ?? 0, y: xy[2 * i + 1] ?? 0 });
    }
    // Before the first frame the canvas shows the layout as it forms.
    if (!this.framed && this.mode === 'force') {
      const cy = this.cy;
      cy.batch(() => {
        for (const id of ids) {
          const p = this.network.get(id);
          const el = cy.getElementById(id);
          if (p && el.nonempty() && !this.dragging.has(id)) (el as NodeSingular).position(p);
        }
      });
      if (!settled) this.fitView(false);
    }
    if (settled) this.onSettled(ids, xy);
  }

  private onSettled(ids: readonly string[], xy: Float32Array): void {
    const moves: Move[] = [];
    ids.forEach((id, i) => {
      const n = this.nodeData.get(id);
      // A node still under the pointer gets its place from the drop, as a pinned edit.
      if (!n || n.ghost || n.change === 'removed' || this.dragging.has(id)) return;
      const x = round(xy[2 * i] ?? 0);
      const y = round(xy[2 * i + 1] ?? 0);
      if (!n.position || Math.abs(n.position.x - x) > 0.5 || Math.abs(n.position.y - y) > 0.5) {
        moves.push({ id, x, y });
      }
    });
    if (moves.length) this.events.settled(moves);
    if (this.mode === 'force') this.scheduleFrame(0);
  }

  /** Coalesces requests for a new frame: several changes in one task make one frame. */
  private scheduleFrame(delay: number): void {
    if (this.frameTimer) clearTimeout(this.frameTimer);
    this.frameTimer = setTimeout(() => {
      this.frameTimer = null;
      void this.requestFrame();
    }, delay);
  }

  /** The frame: the canvas between the insets, in CSS pixels. */
  private frameSize(): { w: number; h: number } {
    const { top, right, bottom, left } = this.insets;
    return {
      w: Math.max(80, this.cy.width() - left - right),
      h: Math.max(80, this.cy.height() - top - bottom),
    };
  }

  private frameRequest(): FrameRequest | null {
    const model = this.model;
    if (!model) return null;
    const rings = this.fixedFramed();
    const places = rings ? this.fixedPlaces : this.network;
    if (!places) return null;
    const must = new Set([...this.searched, ...this.fresh.keys()]);
    if (this.selected) must.add(this.selected);
    const shown = (n: NodeModel) => {
      const el = this.cy.getElementById(n.id);
      return el.nonempty() && !el.hasClass('hidden') && !el.hasClass('mode-hidden');
    };
    const nodes = frameNodes(model, places, {
      shown,
      must,
      held: (n) => !rings && n.pinned,
      bleed: labelBleed(this.contrast),
    });
    if (rings) {
      this.cy.$('.decoration').forEach((d) => {
        const p = (d as NodeSingular).position();
        const bb = d.boundingBox({ includeLabels: true, includeNodes: false });
        nodes.push({
          id: d.id(),
          x: p.x,
          y: p.y,
          d: 0,
          label: { w: bb.w, h: bb.h },
          importance: Number.MAX_SAFE_INTEGER,
          must: true,
          centred: true,
        });
      });
    }
    return {
      nodes,
      gap: LABEL.margin,
      padding: 2,
      spread: rings ? 0 : 0.5,
      range: {
        frame: this.frameSize(),
        basePx: LABEL.size * this.labelScale,
        minPx: this.profile.minPx,
        maxPx: this.profile.maxPx,
      },
    };
  }

  private async requestFrame(): Promise<void> {
    if (this.mode === 'fixed' && !this.fixedFramed()) return;
    const request = this.frameRequest();
    if (!request) return;
    const seq = ++this.frameSeq;
    let result: FittedFrame;
    this.inFlight++;
    try {
      result = await this.layout.fitFrame(request);
    } catch {
      return;
    } finally {
      this.inFlight--;
    }
    if (seq !== this.frameSeq || this.cy.destroyed()) return;
    this.applyFramed(result, request);
  }

  private applyFramed(result: FittedFrame, request: FrameRequest): void {
    const cy = this.cy;
    const frame = request.range.frame;
    const first = this.framed === null;
    const zoom = result.scale;
    const pan = {
      x: this.insets.left + (frame.w - result.model.w * zoom) / 2,
      y: this.insets.top + (frame.h - result.model.h * zoom) / 2,
    };
    this.framed = {
      axes: result.axes,
      zoom,
      pan,
      px: result.px,
      hidden: result.hidden,
    };
    const target = new Map<string, Point>();
    result.ids.forEach((id, i) => {
      target.set(id, { x: result.xy[2 * i] ?? 0, y: result.xy[2 * i + 1] ?? 0 });
    });
    cy.nodes().removeClass(SIDE_CLASSES);
    applySides(cy, result.ids, result.sides);
    this.scaleNodes(result.nodeScale);
    const moving = cy.nodes().filter((n) => target.has(n.id()) && !this.dragging.has(n.id()));
    cy.stop(true);
    if (first) {
      cy.batch(() => {
        moving.forEach((n) => {
          const to = target.get(n.id());
          if (to) (n as NodeSingular).position(to);
        });
      });
      cy.viewport({ zoom, pan });
    } else {
      moving.forEach((n) => {
        const to = target.get(n.id());
        if (to) n.animate({ position: to }, { duration: FRAME_MS, easing: 'ease-in-out-cubic' });
      });
      if (!this.userMoved) cy.animate({ zoom, pan }, { duration: FRAME_MS });
      else this.keepFocus(target);
    }
    this.events.framed?.({ hidden: result.hidden.length, px: result.px });
    if (!this.readyFired) {
      this.readyFired = true;
      this.events.ready();
    }
  }

  /** Keeps searched actors centred while the frame moves them. */
  private keepFocus(target: ReadonlyMap<string, Point>): void {
    const at = (this.focused ?? []).flatMap((id) => target.get(id) ?? []);
    if (at.length === 0) return;
    const x = at.reduce((a, p) => a + p.x, 0) / at.length;
    const y = at.reduce((a, p) => a + p.y, 0) / at.length;
    const zoom = this.cy.zoom();
    const pan = { x: this.cy.width() / 2 - zoom * x, y: this.cy.height() / 2 - zoom * y };
    this.cy.animate({ pan }, { duration: FRAME_MS });
  }

  /** A crowded frame draws nodes smaller, so the room goes to the names (frameSearch). */
  private scaleNodes(scale: number): void {
    if (scale === this.nodeScale) return;
    this.nodeScale = scale;
    this.cy.batch(() => {
      for (const n of this.nodeData.values()) {
        const el = this.cy.getElementById(n.id);
        if (el.nonempty()) el.data('size', Math.max(4, Math.round(n.size * scale)));
      }
    });
  }

  /** A drop on the framed canvas is a place on the network map: the inverse of the frame's maps. */
  private toNetworkPlace(p: Point): Point {
    const f = this.framed;
    return f && this.mode === 'force' ? toNetwork(f, p) : p;
  }

  private bindEvents(): void {
    const cy = this.cy;
    bindSelection(cy, this.events, () => {
      this.userMoved = true;
      this.focused = null;
    });
    cy.on('grab', 'node', (evt) => {
      this.dragging.set(evt.target.id(), { ...evt.target.position() });
    });
    cy.on('drag', 'node', (evt) => {
      if (this.mode !== 'force') return;
      const p = this.toNetworkPlace(evt.target.position());
      this.layout.drag(evt.target.id(), p.x, p.y);
    });
    cy.on('free', 'node', (evt) => {
      const id = evt.target.id();
      const from = this.dragging.get(id);
      this.dragging.delete(id);
      const p = evt.target.position();
      // Compared with where the grab began: the layout may have saved positions meanwhile.
      if (!from || (Math.abs(from.x - p.x) < 1 && Math.abs(from.y - p.y) < 1)) return;
      if (this.mode === 'fixed') {
        const overrides = this.fixedOverrides.get(this.fixedKey) ?? new Map();
        this.fixedOverrides.set(this.fixedKey, overrides.set(id, { x: p.x, y: p.y }));
        return;
      }
      const net = this.toNetworkPlace(p);
      this.network.set(id, net);
      this.layout.pin(id, net.x, net.y);
      this.pendingDrops.push({ id, x: round(net.x), y: round(net.y), pinned: true });
      // Nodes dragged together are freed one by one; report them as one edit.
      queueMicrotask(() => {
        if (this.pendingDrops.length === 0) return;
        const moves = this.pendingDrops;
        this.pendingDrops = [];
        this.events.dragEnd(moves);
      });
    });
  }
}
