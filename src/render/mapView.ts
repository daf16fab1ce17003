import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import type { Point } from '../analysis/layout/types';
import { hideLinksWhileMoving, isBigMap } from './bigMap';
import { BigMapLoad } from './bigMapLoad';
import { CanvasFramer, type FrameProfile } from './canvasFramer';
import { animating, type DrawnBox, type LabelInfo, onScreen } from './canvasQueries';
import { cullOffscreen } from './culling';
import { showOnly, syncElements } from './elementSync';
import type { ElementModel, NodeModel } from './elements';
import { FixedMode } from './fixedMode';
import { applySides, mapRect } from './framing';
import { highlightAround, highlightTarget } from './highlight';
import { KeyboardCamera } from './keyboardCamera';
import { skipHopelessLayers } from './layerCache';
import { ForceLayoutClient, type ForceLayoutClientOptions } from './layout/layoutClient';
import { boxesChanged, settledMoves, toLayoutInput } from './layoutInput';
import { MapReadout } from './mapReadout';
import { bindDrags, bindSelection, type MapViewEvents } from './mapViewEvents';
import type { Direction } from './nearestInDirection';
import type { StyleOptions } from './style';
import {
  animateNodes,
  type CameraRect,
  fitViewport,
  type Insets,
  showCamera,
  viewportCamera,
} from './viewport';

export type { FrameProfile } from './canvasFramer';
export type { MapViewEvents, Move } from './mapViewEvents';
export type { Direction } from './nearestInDirection';
export type { DrawnBox, LabelInfo };

const round = (v: number) => Math.round(v * 10) / 10;

/** Background elements of a computed layout (segment and quadrant labels). */
export type Decoration = ElementDefinition;

export type { Insets };

/**
 * The Cytoscape adapter. It draws an ElementModel and reports user gestures back; it owns no
 * document data. The force layout runs in a worker on the network places; the canvas shows those
 * places laid out for its own frame by the frame-fit layout (CanvasFramer, docs/legibility.md), so
 * the names are readable on any screen while the saved network places never change because of it.
 */
export class MapView {
  private readonly cy: Core;
  private readonly layout: ForceLayoutClient;
  private readonly framer: CanvasFramer;
  /** What the canvas shows, read back (tests and support: `window.samspill`). */
  readonly readout: MapReadout;
  private model: ElementModel | null = null;
  private nodeData = new Map<string, NodeModel>();
  /** Where the force layout puts each node: what is saved, and what frames are made from. */
  private network = new Map<string, Point>();
  /** Nodes under the pointer, with where each was grabbed. */
  private dragging = new Map<string, { x: number; y: number }>();
  private readyFired = false;
  private userMoved = false;
  private mode: 'force' | 'fixed' = 'force';
  private readonly fixed: FixedMode;
  private insets: Insets = { top: 24, right: 24, bottom: 24, left: 24 };
  /** The graph changed while a computed layout was shown: the network layout must run again. */
  private stale = false;
  private readonly keys: KeyboardCamera;
  /** A big map (bigMap.ts): network places drawn as they are, no frames. */
  private big = false;
  /** A big map on its way to the canvas: waiting for its places, or being added in slices. */
  private loading: BigMapLoad | null = null;
  /** What the filters show, applied again once a big map's slices are all on the canvas. */
  private visible: { actors: ReadonlySet<string>; collaborations: ReadonlySet<string> } | null =
    null;

  constructor(
    /** Where to draw; null runs Cytoscape headless (the adapter's unit tests). */
    container: HTMLElement | null,
    private readonly events: MapViewEvents,
    layoutOptions: ForceLayoutClientOptions = {},
  ) {
    const cy = cytoscape({
      ...(container
        ? { container, wheelSensitivity: 0.3 }
        : { headless: true, styleEnabled: true }),
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
      textureOnViewport: false,
      hideEdgesOnViewport: false,
      pixelRatio: 'auto',
    });
    this.cy = cy;
    skipHopelessLayers(cy);
    cullOffscreen(cy);
    this.fixed = new FixedMode(cy);
    this.readout = new MapReadout(cy, () => this.nodeData);
    this.keys = new KeyboardCamera(cy, {
      insets: () => this.insets,
      userMoved: () => {
        this.userMoved = true;
      },
      unfocus: () => this.framer.unfocus(),
      zoomed: () => this.framer.zoomed(),
    });
    this.layout = new ForceLayoutClient(
      (ids, xy, settled) => this.applyLayout(ids, xy, settled),
      layoutOptions,
    );
    this.framer = new CanvasFramer({
      cy,
      fitFrame: (request) => this.layout.fitFrame(request),
      model: () => this.model,
      nodes: () => this.nodeData.values(),
      places: () => {
        if (this.big) return null;
        if (this.mode === 'force') return { places: this.network, rings: false };
        return this.fixedFramed() && this.fixed.places
          ? { places: this.fixed.places, rings: true }
          : null;
      },
      insets: () => this.insets,
      userMoved: () => this.userMoved,
      dragging: (id) => this.dragging.has(id),
      shown: (info, first) => {
        this.events.framed?.(info);
        if (!first) this.keys.reframed();
        if (first && !this.readyFired) {
          this.readyFired = true;
          this.events.ready();
        }
      },
    });
    this.framer.setStyle({ labelScale: 1, contrast: false });
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
      this.framer.forget();
      this.userMoved = false;
      this.loading?.cancel();
      this.loading = null;
    }
    // A big map still loading takes the newest model once it is on the canvas (loaded()).
    if (this.loading) return;
    const added = previous && !switched ? model.nodes.filter((n) => !this.nodeData.has(n.id)) : [];
    for (const n of model.nodes) {
      if (n.position && !this.network.has(n.id)) this.network.set(n.id, { ...n.position });
    }
    const present = new Set(model.nodes.map((n) => n.id));
    for (const id of [...this.network.keys()]) if (!present.has(id)) this.network.delete(id);
    this.big = isBigMap(model.nodes.length);
    this.framer.sized(model.nodes.length);
    hideLinksWhileMoving(this.cy, model.nodes.length);
    // Fit to screen must reach the whole of a 20,000-actor map.
    this.cy.minZoom(this.big ? 0.005 : 0.05);
    if (this.big && (switched || this.cy.nodes().empty())) return void this.loadBig(model);
    const structural = syncElements(this.cy, model, this.nodeData, {
      framed: () => this.framer.framed !== null && this.mode === 'force',
      nodeScale: () => this.framer.scale,
      dragging: (id) => this.dragging.has(id),
      moved: (id, p, pinned) => this.followDocument(id, p, pinned),
      unpin: (id) => this.layout.unpin(id),
    });
    for (const n of added) if (!n.ghost) this.framer.markFresh(n.id);
    const changed = structural || !previous || boxesChanged(previous, model);
    this.nodeData = new Map(model.nodes.map((n) => [n.id, n]));
    if (changed && this.mode === 'force') this.startLayout(false);
    else if (changed) this.stale = true;
  }

  setVisible(actors: ReadonlySet<string>, collaborations: ReadonlySet<string>): void {
    this.visible = { actors, collaborations };
    // What is shown fills the frame: a filter re-frames the map.
    if (showOnly(this.cy, actors, collaborations) && this.framer.framed) this.framer.schedule(0);
  }

  /** Fades all but the neighbourhood of the hovered element (a small map) or the selected one. */
  highlight(selected: string | null, hovered: string | null = null): void {
    highlightAround(this.cy, highlightTarget(this.cy, hovered, selected));
  }

  select(selection: { kind: string; id: string } | null): void {
    this.cy.batch(() => {
      this.cy.$(':selected').unselect();
      if (selection) this.cy.getElementById(selection.id).select();
    });
    this.framer.select(selection?.kind === 'actor' ? selection.id : null);
    this.keys.selected(selection?.id);
  }

  /**
   * Centres on actors (on the nodes themselves: a label to one side would pull a bounding box
   * off centre), zooming in far enough to read them; they keep a label while searched.
   */
  focus(ids: readonly string[]): void {
    let eles = this.cy.collection();
    for (const id of ids) eles = eles.union(this.cy.getElementById(id));
    if (eles.empty()) return;
    this.framer.search(ids);
    this.userMoved = true;
    if (eles.length > 1) {
      this.cy.animate({ fit: { eles, padding: 80 } }, { duration: 350 });
      return;
    }
    // Close enough to read the neighbourhood: labels at least as large as at 1.1, and the zoom's
    // own labels (more names come back) once it has arrived.
    const zoom = Math.max(this.cy.zoom(), 1.1, (this.framer.framed?.zoom ?? 0) * 1.25);
    const p = (eles[0] as NodeSingular).position();
    const pan = { x: this.cy.width() / 2 - zoom * p.x, y: this.cy.height() / 2 - zoom * p.y };
    this.cy.animate({ zoom, pan }, { duration: 350, complete: () => this.framer.zoomed() });
  }

  /** The actor an arrow key moves to from `from` (none yet: null); null at the edge. */
  nextActor(from: string | null, direction: Direction): string | null {
    return this.keys.next(from, direction);
  }

  /** The focus ring on the keyboard's current actor, or on none. */
  showKeyFocus(id: string | null): void {
    this.keys.showFocus(id);
  }

  /**
   * Keeps the keyboard's current actor in view, now and after a new frame moves it (selecting it
   * may re-frame the map for its label). A pan it needs counts as the user's move.
   */
  reveal(id: string): void {
    this.keys.reveal(id);
  }

  /** Lays the map out for the canvas again and shows all of it ("Fit to screen"). */
  fit(): void {
    this.userMoved = false;
    this.framer.unfocus();
    if (this.big || (this.mode === 'fixed' && !this.fixedFramed())) this.fitView(true);
    else this.framer.schedule(0);
  }

  /** Room the map must leave for panels drawn over the canvas (legend, controls). */
  setInsets(insets: Partial<Insets>): void {
    this.insets = { ...this.insets, ...insets };
  }

  /** Label sizes the frame aims for (desk, projector, presentation); re-frames the map. */
  setFrameProfile(profile: FrameProfile): void {
    if (this.framer.setProfile(profile)) this.userMoved = false;
  }

  private fitView(animate: boolean): void {
    fitViewport(this.cy, this.insets, animate);
  }

  /**
   * Zooms about the middle. Steps pressed quickly (a held key, fast clicks) build on the zoom the
   * last step is heading for, not on where its animation has got to.
   */
  zoomBy(factor: number): void {
    this.keys.zoomBy(factor);
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
      this.fixed.clear();
      // New actors (or ghosts) need network places first; the settled layout brings a frame.
      if (this.stale) this.startLayout(false);
      else this.framer.schedule(0);
      this.stale = false;
      return;
    }
    if (this.mode === 'force') this.layout.stop();
    this.mode = 'fixed';
    const target = this.fixed.show(positions, decorations, key);
    if (this.fixedFramed()) {
      this.framer.schedule(0);
      return;
    }
    // The grid was laid out for nodes at their own size, labels below.
    applySides(
      cy,
      cy.nodes().map((n) => n.id()),
      cy.nodes().map(() => 'below'),
    );
    this.framer.unscaled();
    animateNodes(cy.nodes().not('.decoration'), target, () => {
      if (!this.userMoved) this.fitView(true);
    });
  }

  /** Rings are framed; the power/interest grid keeps its computed places. */
  private fixedFramed(): boolean {
    return this.mode === 'fixed' && this.fixed.framed(this.big);
  }

  /** Larger labels and stronger contrast for a projector; the model's boxes must match. */
  setStyle(options: StyleOptions): void {
    this.framer.setStyle(options);
  }

  /** During a presentation nothing on the map can be moved or selected. */
  setLocked(locked: boolean): void {
    this.cy.autoungrabify(locked);
    this.cy.autounselectify(locked);
  }

  /** The map area now shown, in network coordinates: what a saved view keeps. */
  camera(): CameraRect {
    const shown = viewportCamera(this.cy, this.insets);
    return this.mode === 'force' ? mapRect(shown, (p) => this.framer.toNetwork(p)) : shown;
  }

  /** Shows a saved camera, or the whole map for `null`; it then stays until the user moves. */
  showCamera(camera: CameraRect | null, animate = true): void {
    if (!camera) return void this.fit();
    this.userMoved = true;
    this.framer.unfocus();
    const rect = this.mode === 'force' ? mapRect(camera, (p) => this.framer.toFrame(p)) : camera;
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
    return onScreen(this.cy);
  }

  /**
   * Nothing is about to move: the layout has settled, no frame is on its way and no animation
   * runs (`window.samspill.idle()`, so tests measure the map at rest).
   */
  idle(): boolean {
    return (
      !this.layout.running &&
      !this.loading &&
      !this.framer.busy() &&
      !animating(this.cy) &&
      !this.keys.busy
    );
  }

  /** Whether the canvas was given this actor: it shows the map that holds it (or soon will). */
  holds(actorId: string): boolean {
    return this.model?.nodes.some((n) => n.id === actorId) ?? false;
  }

  /** Actors whose labels the current frame has no room for. */
  hiddenLabels(): string[] {
    return this.framer.hidden();
  }

  /** Keeps the whole map framed as the window changes, until the user pans or zooms. */
  resize(): void {
    this.cy.resize();
    if (this.userMoved) return void this.framer.recentre();
    const framed = (this.mode === 'force' && this.framer.framed) || this.fixedFramed();
    if (framed) this.framer.schedule(150);
    else this.fitView(false);
  }

  destroy(): void {
    // A big map still loading: its status line must not outlive the view.
    if (this.loading) {
      this.loading.cancel();
      this.loading = null;
      this.events.loading?.(null);
    }
    this.framer.dispose();
    this.layout.dispose();
    this.cy.destroy();
  }

  /**
   * A big map comes to the canvas in slices at its network places, once it has them: a map
   * without places (an import) is laid out first, in the worker, with nothing drawn meanwhile.
   * It opens on its focal actor, a view that stays through resizes as one the user chose.
   */
  private loadBig(model: ElementModel): void {
    this.nodeData = new Map(model.nodes.map((n) => [n.id, n]));
    this.userMoved = true;
    this.loading = new BigMapLoad(
      {
        cy: this.cy,
        network: this.network,
        insets: () => this.insets,
        model: () => this.model,
        layOut: () => this.startLayout(false),
        progress: (p) => this.events.loading?.(p),
        loaded: (m, nodes) => this.loaded(m, nodes),
      },
      model,
    );
  }

  /** Every slice is on the canvas: any change since is brought over as an ordinary update. */
  private loaded(model: ElementModel, nodes: Map<string, NodeModel>): void {
    this.loading = null;
    const latest = this.model;
    this.model = model;
    this.nodeData = nodes;
    if (latest && latest !== model) this.update(latest);
    if (this.visible) showOnly(this.cy, this.visible.actors, this.visible.collaborations);
    this.events.loading?.(null);
    if (!this.readyFired) {
      this.readyFired = true;
      this.events.ready();
    }
  }

  /** The document moved a node (undo, redo, another tab): its network place follows. */
  private followDocument(id: string, p: Point, pinned: boolean): void {
    // A settled layout's places come back rounded (layoutInput.settledMoves): not a move.
    const was = this.network.get(id);
    const same = was !== undefined && Math.abs(was.x - p.x) < 0.5 && Math.abs(was.y - p.y) < 0.5;
    this.network.set(id, { ...p });
    if (pinned) this.layout.pin(id, p.x, p.y);
    if (same) return;
    if (!this.framer.framed) (this.cy.getElementById(id) as NodeSingular).position(p);
    else this.framer.schedule(60);
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
    this.layout.start(input, {
      ...(reset ? { reset: true } : settledMostly ? { alpha: 0.3 } : {}),
      ...(this.framer.framed || this.big ? { animate: false } : {}),
    });
  }

  private applyLayout(ids: readonly string[], xy: Float32Array, settled: boolean): void {
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i];
      if (!id || this.dragging.has(id)) continue;
      this.network.set(id, { x: xy[2 * i] ?? 0, y: xy[2 * i + 1] ?? 0 });
    }
    // Before the first frame the canvas shows the layout as it forms.
    if (!this.framer.framed && this.mode === 'force') {
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
    // A node still under the pointer gets its place from the drop, as a pinned edit.
    const moves = settledMoves(ids, xy, this.nodeData, (id) => this.dragging.has(id));
    if (moves.length) this.events.settled(moves);
    if (this.loading?.waiting) this.loading.placed();
    else if (this.mode === 'force' && !this.big) this.framer.schedule(0);
  }

  /** A drop on the framed canvas is a place on the network map: the inverse of the frame's maps. */
  private toNetworkPlace(p: Point): Point {
    return this.mode === 'force' ? this.framer.toNetwork(p) : p;
  }

  private bindEvents(): void {
    const cy = this.cy;
    bindSelection(cy, this.events, () => {
      this.userMoved = true;
      this.framer.unfocus();
    });
    cy.on('scrollzoom pinchzoom', () => this.framer.zoomed());
    cy.on('viewport', () => this.framer.viewportMoved());
    bindDrags(cy, {
      grabbed: (id, p) => this.dragging.set(id, p),
      moving: (id, p) => {
        if (this.mode !== 'force') return;
        const net = this.toNetworkPlace(p);
        this.layout.drag(id, net.x, net.y);
      },
      dropped: (id, p) => {
        const from = this.dragging.get(id);
        this.dragging.delete(id);
        // Compared with where the grab began: the layout may have saved positions meanwhile.
        if (!from || (Math.abs(from.x - p.x) < 1 && Math.abs(from.y - p.y) < 1)) return null;
        if (this.mode === 'fixed') {
          this.fixed.dropped(id, p);
          return null;
        }
        const net = this.toNetworkPlace(p);
        this.network.set(id, net);
        this.layout.pin(id, net.x, net.y);
        return { id, x: round(net.x), y: round(net.y), pinned: true };
      },
      moved: (moves) => this.events.dragEnd(moves),
    });
  }
}
