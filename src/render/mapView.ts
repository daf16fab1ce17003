import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import { showFixedLayout, syncElements } from './elementSync';
import type { ElementModel, NodeModel } from './elements';
import { ForceLayoutClient } from './layout/layoutClient';
import { boxesChanged, toLayoutInput } from './layoutInput';
import { bindSelection, type MapViewEvents, type Move } from './mapViewEvents';
import { mapStyle, type StyleOptions } from './style';
import {
  animateNodes,
  type CameraRect,
  countLabelOverlaps,
  fitViewport,
  type Insets,
  showCamera,
  viewportCamera,
  zoomAtCentre,
} from './viewport';

export type { MapViewEvents, Move } from './mapViewEvents';

const round = (v: number) => Math.round(v * 10) / 10;

/** Background elements of a computed layout (segment and quadrant labels). */
export type Decoration = ElementDefinition;

export type { Insets };

/**
 * The Cytoscape adapter. It draws an ElementModel, streams positions from the layout worker
 * into the canvas inside `cy.batch()`, and reports user gestures back. It owns no document data.
 */
export class MapView {
  private readonly cy: Core;
  private readonly layout: ForceLayoutClient;
  private model: ElementModel | null = null;
  private nodeData = new Map<string, NodeModel>();
  /** Nodes under the pointer, with where each was grabbed. */
  private dragging = new Map<string, { x: number; y: number }>();
  private pendingDrops: Move[] = [];
  private readyFired = false;
  private fitOnSettle = true;
  private fitOnFirstFrame = true;
  private userMoved = false;
  private mode: 'force' | 'fixed' = 'force';
  private fixedKey = '';
  /** Where the force layout had put each node, to return to when leaving a fixed layout. */
  private forcePositions = new Map<string, { x: number; y: number }>();
  /** Drags in a fixed layout move a node in that layout only (kept per layout, not saved). */
  private fixedOverrides = new Map<string, Map<string, { x: number; y: number }>>();
  private insets: Insets = { top: 24, right: 24, bottom: 24, left: 24 };
  private readableZoom = 0;

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
    this.layout = new ForceLayoutClient((ids, xy, settled) => this.applyFrame(ids, xy, settled));
    this.bindEvents();
  }

  /** Brings the canvas in line with the model; restarts the layout when the graph changed. */
  update(model: ElementModel): void {
    const previous = this.model;
    this.model = model;
    if (previous && !model.nodes.some((n) => this.nodeData.has(n.id))) {
      // Another map: a new viewport and no borrowed places.
      this.placed.clear();
      this.fitOnSettle = true;
      this.fitOnFirstFrame = true;
      this.userMoved = false;
    }
    const structural = syncElements(this.cy, model, this.nodeData, {
      dragging: (id) => this.dragging.has(id),
      pin: (id, x, y) => this.layout.pin(id, x, y),
      unpin: (id) => this.layout.unpin(id),
    });
    const changed = structural || !previous || boxesChanged(previous, model);
    if (changed && this.mode === 'force') this.startLayout(false);
    this.nodeData = new Map(model.nodes.map((n) => [n.id, n]));
  }

  setVisible(actors: ReadonlySet<string>, collaborations: ReadonlySet<string>): void {
    this.cy.batch(() => {
      this.cy
        .nodes()
        .not('.decoration')
        .forEach((n) => {
          n.toggleClass('hidden', !actors.has(n.id()));
        });
      this.cy.edges().forEach((e) => {
        e.toggleClass('hidden', !collaborations.has(e.id()));
      });
    });
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
      cy.elements().difference(hood).addClass('faded');
      hood.edges().addClass('highlighted');
    });
  }

  select(selection: { kind: string; id: string } | null): void {
    this.cy.batch(() => {
      this.cy.$(':selected').unselect();
      if (selection) this.cy.getElementById(selection.id).select();
    });
  }

  /** Centres on actors, zooming in far enough to read them. */
  focus(ids: readonly string[]): void {
    let eles = this.cy.collection();
    for (const id of ids) eles = eles.union(this.cy.getElementById(id));
    if (eles.empty()) return;
    this.fitOnSettle = false;
    this.userMoved = true;
    if (eles.length === 1) {
      this.cy.animate({ center: { eles }, zoom: Math.max(this.cy.zoom(), 1.1) }, { duration: 350 });
    } else {
      this.cy.animate({ fit: { eles, padding: 80 } }, { duration: 350 });
    }
  }

  /** Fits now, and again when a running layout settles (larger labels spread the map). */
  fit(): void {
    this.userMoved = false;
    this.fitOnSettle = true;
    this.fitView(true);
  }

  /** Room the map must leave for panels drawn over the canvas (legend, controls). */
  setInsets(insets: Partial<Insets>): void {
    this.insets = { ...this.insets, ...insets };
  }

  private fitView(animate: boolean): void {
    fitViewport(this.cy, this.insets, animate, this.readableZoom);
  }

  zoomBy(factor: number): void {
    this.userMoved = true;
    zoomAtCentre(this.cy, factor);
  }

  /** Lays the map out again from scratch, keeping only pinned actors in place. */
  relayout(): void {
    this.fitOnSettle = true;
    this.userMoved = false;
    this.placed.clear();
    this.startLayout(true);
  }

  /**
   * Switches between the live force layout (`positions` null) and a computed one (rings,
   * power/interest), animating every node to its new place. `decorations` are drawn behind the
   * map (segment and quadrant labels) and are never actors. `key` names the layout, so that a
   * node dragged in it keeps its place there.
   */
  setFixedLayout(
    positions: ReadonlyMap<string, { x: number; y: number }> | null,
    decorations: ElementDefinition[] = [],
    key = '',
  ): void {
    const cy = this.cy;
    cy.$('.decoration').remove();
    const wasForce = this.mode === 'force';
    if (!positions) {
      if (wasForce) return;
      this.mode = 'force';
      cy.nodes().removeClass('mode-hidden');
      cy.edges().removeClass('faint');
      this.animateTo(this.forcePositions, () => this.startLayout(false));
      return;
    }
    if (wasForce) {
      this.layout.stop();
      this.forcePositions = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
    }
    this.mode = 'fixed';
    this.fixedKey = key;
    const target = new Map(positions);
    for (const [id, p] of this.fixedOverrides.get(key) ?? []) if (target.has(id)) target.set(id, p);
    showFixedLayout(cy, decorations, target, key === 'power');
    this.animateTo(target);
  }

  private animateTo(
    target: ReadonlyMap<string, { x: number; y: number }>,
    done?: () => void,
  ): void {
    animateNodes(this.cy.nodes().not('.decoration'), target, () => {
      if (!this.userMoved) this.fitView(true);
      done?.();
    });
  }

  /** Larger labels and stronger contrast for a projector; the model's boxes must match. */
  setStyle(options: StyleOptions): void {
    this.cy.style(mapStyle(options));
  }

  /** The least zoom a fit may choose, so labels stay readable from the back of a room (0: none). */
  setReadableZoom(zoom: number): void {
    this.readableZoom = zoom;
    if (!this.userMoved) this.fitView(true);
  }

  /** During a presentation nothing on the map can be moved or selected. */
  setLocked(locked: boolean): void {
    this.cy.autoungrabify(locked);
    this.cy.autounselectify(locked);
  }

  /** The map area now shown, in map coordinates: what a saved view keeps. */
  camera(): CameraRect {
    return viewportCamera(this.cy, this.insets);
  }

  /** Shows a saved camera, or the whole map for `null`; it then stays until the user moves. */
  showCamera(camera: CameraRect | null, animate = true): void {
    if (!camera) return void this.fit();
    this.userMoved = true;
    this.fitOnSettle = false;
    showCamera(this.cy, this.insets, camera, animate);
  }

  /** Where every drawn node is now, ghosts included (for export). */
  positions(): Map<string, { x: number; y: number }> {
    const nodes = this.cy.nodes().not('.decoration');
    return new Map(nodes.map((n) => [n.id(), { ...(n as NodeSingular).position() }]));
  }

  /** The force layout's places, also while a computed layout is shown. */
  forcePositionsNow(): Map<string, { x: number; y: number }> {
    return this.mode === 'force' ? this.positions() : new Map(this.forcePositions);
  }

  /** Pairs of visible labels whose drawn boxes overlap: the readability check of DESIGN.md §1. */
  labelOverlaps(): number {
    return countLabelOverlaps(this.cy);
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

  /** Keeps the whole map in view as the window changes, until the user pans or zooms. */
  resize(): void {
    this.cy.resize();
    if (!this.userMoved) this.fitView(false);
  }

  destroy(): void {
    this.layout.dispose();
    this.cy.destroy();
  }

  /** Nodes whose place is known: stored in the document, or given by an earlier layout. */
  private placed = new Set<string>();

  /** Starts gently when most actors already have a place, so a reopened map does not jump. */
  private startLayout(reset: boolean): void {
    if (!this.model) return;
    const positionOf = (id: string) => ({
      ...(this.cy.getElementById(id) as NodeSingular).position(),
    });
    const input = toLayoutInput(this.model, positionOf, this.placed, reset);
    const known = input.nodes.filter((n) => n.x !== undefined).length;
    const settledMostly = known >= input.nodes.length * 0.8 && input.nodes.length > 0;
    this.layout.start(input, reset ? { reset: true } : settledMostly ? { alpha: 0.3 } : {});
  }

  private applyFrame(ids: readonly string[], xy: Float32Array, settled: boolean): void {
    if (this.mode !== 'force') return;
    const cy = this.cy;
    cy.batch(() => {
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i];
        if (!id || this.dragging.has(id)) continue;
        const el = cy.getElementById(id);
        if (el.nonempty())
          (el as NodeSingular).position({ x: xy[2 * i] ?? 0, y: xy[2 * i + 1] ?? 0 });
      }
    });
    if (this.fitOnFirstFrame) {
      this.fitOnFirstFrame = false;
      this.fitView(false);
    }
    if (settled) this.onSettled(ids, xy);
  }

  private onSettled(ids: readonly string[], xy: Float32Array): void {
    if (this.fitOnSettle && !this.userMoved) this.fitView(false);
    this.fitOnSettle = false;
    const moves: Move[] = [];
    ids.forEach((id, i) => {
      const n = this.nodeData.get(id);
      // A node still under the pointer gets its place from the drop, as a pinned edit.
      if (!n || n.ghost || this.dragging.has(id)) return;
      const x = round(xy[2 * i] ?? 0);
      const y = round(xy[2 * i + 1] ?? 0);
      if (
        n &&
        (!n.position || Math.abs(n.position.x - x) > 0.5 || Math.abs(n.position.y - y) > 0.5)
      ) {
        moves.push({ id, x, y });
      }
    });
    if (moves.length) this.events.settled(moves);
    if (!this.readyFired) {
      this.readyFired = true;
      this.events.ready();
    }
  }

  private bindEvents(): void {
    const cy = this.cy;
    bindSelection(cy, this.events, () => {
      this.userMoved = true;
    });
    cy.on('grab', 'node', (evt) => {
      this.dragging.set(evt.target.id(), { ...evt.target.position() });
    });
    cy.on('drag', 'node', (evt) => {
      if (this.mode !== 'force') return;
      const p = evt.target.position();
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
      this.layout.pin(id, p.x, p.y);
      this.pendingDrops.push({ id, x: round(p.x), y: round(p.y), pinned: true });
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
