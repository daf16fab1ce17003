import type { Core, ElementDefinition, NodeSingular, SingularElementArgument } from 'cytoscape';
import type { Point } from '../analysis/layout/types';
import type { EdgeModel, ElementModel, NodeModel } from './elements';

/**
 * Updates one edge, or returns its definition when it is new: the caller adds all new elements
 * in one `cy.add`, which is many times faster than one call each for a large import.
 */
export function syncEdge(cy: Core, e: EdgeModel): ElementDefinition | boolean {
  const el = cy.getElementById(e.id);
  const data = { ...e };
  if (el.empty()) return { group: 'edges', data };
  const d = el.data();
  if (
    d.strength !== e.strength ||
    d.status !== e.status ||
    d.label !== e.label ||
    d.mark !== e.mark ||
    d.change !== e.change
  ) {
    el.removeData('mark change');
    el.data(data);
  }
  if (d.source !== e.source || d.target !== e.target) {
    el.move({ source: e.source, target: e.target });
    return true;
  }
  return false;
}

/**
 * A new actor starts beside a linked neighbour, or at the centre of the view, and always inside
 * the view, so the room sees it at once. `pending` holds the nodes placed in this sync that are
 * not added yet ("A -- B" with both new).
 */
export function placeNear(
  cy: Core,
  neighbours: readonly string[],
  pending: ReadonlyMap<string, Point>,
): Point {
  const ext = cy.extent();
  const inView = (p: Point): Point => {
    // A margin of a tenth of the view keeps the new node and its label off the edge.
    const mx = ext.w / 10;
    const my = ext.h / 10;
    return {
      x: Math.min(ext.x2 - mx, Math.max(ext.x1 + mx, p.x)),
      y: Math.min(ext.y2 - my, Math.max(ext.y1 + my, p.y)),
    };
  };
  for (const id of neighbours) {
    const placed = pending.get(id);
    if (placed) return inView({ x: placed.x + 60, y: placed.y + 40 });
    const el = cy.getElementById(id);
    if (el.nonempty() && el.visible()) {
      const p = (el as NodeSingular).position();
      return inView({ x: p.x + 60, y: p.y + 40 });
    }
  }
  return { x: (ext.x1 + ext.x2) / 2, y: (ext.y1 + ext.y2) / 2 };
}

/** Each node's linked neighbours, built once per sync: a 20,000-actor import places every node. */
export function neighbourIndex(model: ElementModel): Map<string, string[]> {
  const index = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = index.get(a);
    if (list) list.push(b);
    else index.set(a, [b]);
  };
  for (const e of model.edges) {
    link(e.source, e.target);
    link(e.target, e.source);
  }
  return index;
}

/**
 * Draws a computed layout's background labels and hides actors it has no place for. In the
 * power/interest grid position carries the meaning, so links are faded there.
 */
export function showFixedLayout(
  cy: Core,
  decorations: ElementDefinition[],
  target: ReadonlyMap<string, Point>,
  fadeLinks: boolean,
): void {
  cy.edges().forEach((e) => {
    // A block, not an arrow's value: Cytoscape's forEach stops at a callback returning false.
    setClass(e, 'faint', fadeLinks);
  });
  cy.add(decorations.map((d) => ({ ...d, selectable: false, grabbable: false })));
  cy.batch(() => {
    cy.nodes()
      .not('.decoration')
      .forEach((n) => {
        setClass(n, 'mode-hidden', !target.has(n.id()));
      });
  });
}

/**
 * Brings the graph in line with the model: removes what is gone, updates what changed, and adds
 * what is new in one `cy.add` for nodes and one for edges. True when the structure changed.
 */
export function syncElements(
  cy: Core,
  model: ElementModel,
  previous: ReadonlyMap<string, NodeModel>,
  view: Omit<NodeSyncHost, 'placeNear'>,
): boolean {
  let structural = false;
  cy.batch(() => {
    const nodeIds = new Set(model.nodes.map((n) => n.id));
    const edgeIds = new Set(model.edges.map((e) => e.id));
    cy.elements().forEach((el) => {
      const id = el.id();
      const keep = el.group() === 'nodes' ? nodeIds.has(id) : edgeIds.has(id);
      if (!keep) {
        el.remove();
        structural = true;
      }
    });
    let neighbours: Map<string, string[]> | null = null;
    const pending = new Map<string, Point>();
    const host: NodeSyncHost = {
      ...view,
      placeNear: (id) => {
        neighbours ??= neighbourIndex(model);
        const p = placeNear(cy, neighbours.get(id) ?? [], pending);
        pending.set(id, p);
        return p;
      },
    };
    const newNodes: ElementDefinition[] = [];
    for (const n of model.nodes) {
      const added = syncNode(cy, n, previous.get(n.id), host);
      if (added) newNodes.push(added);
    }
    if (newNodes.length) cy.add(newNodes);
    const newEdges: ElementDefinition[] = [];
    for (const e of model.edges) {
      const synced = syncEdge(cy, e);
      if (typeof synced === 'object') newEdges.push(synced);
      else structural = synced || structural;
    }
    if (newEdges.length) cy.add(newEdges);
    structural = structural || newNodes.length > 0 || newEdges.length > 0;
  });
  return structural;
}

/** What syncing a node needs from the view that owns it. */
export interface NodeSyncHost {
  placeNear(id: string): Point;
  /** Whether the canvas shows a frame (then a stored network place is not a canvas place). */
  framed(): boolean;
  /** Nodes are drawn this many times their size (a crowded frame shrinks them). */
  nodeScale(): number;
  dragging(id: string): boolean;
  /** The document moved a node (undo, redo, another tab): the view decides how to follow. */
  moved(id: string, p: Point, pinned: boolean): void;
  unpin(id: string): void;
}

const samePlace = (a: Point | null, b: Point | null) =>
  a === b || (a !== null && b !== null && a.x === b.x && a.y === b.y);

/**
 * Sets or clears a class only where it changes; true when it did. Cytoscape's `toggleClass(c,
 * state)` restyles every element it is given, changed or not, and each restyle makes it redraw
 * the whole map (issue 18): one edit on a 5,000-actor map restyled every node.
 */
export function setClass(el: SingularElementArgument, cls: string, on: boolean): boolean {
  if (el.hasClass(cls) === on) return false;
  el.toggleClass(cls, on);
  return true;
}

/** A node's data as drawn: the label wrapped by nodeGeometry.labelLines, never again by Cytoscape. */
function nodeData(n: NodeModel, scale: number) {
  return {
    id: n.id,
    label: n.lines.join('\n'),
    colour: n.colour,
    size: Math.max(4, Math.round(n.size * scale)),
    kind: n.kind,
  };
}

/**
 * A new node at `at`, with the classes an update would give it, so a node shown for the first
 * time (a removed actor's ghost when comparing versions) is drawn right at once.
 */
export function nodeDefinition(n: NodeModel, scale: number, at: Point): ElementDefinition {
  const classes = [
    n.ghost && 'ghost',
    n.focal && 'focal',
    n.pinned && !n.ghost && 'pinned',
    n.change === 'added' && 'added',
    n.change === 'removed' && 'removed',
  ];
  return {
    group: 'nodes',
    data: nodeData(n, scale),
    position: at,
    classes: classes.filter(Boolean).join(' '),
    selectable: !n.ghost,
    grabbable: !n.ghost,
  };
}

/** Updates one node, or returns its definition when it is new (added in bulk, as for edges). */
export function syncNode(
  cy: Core,
  n: NodeModel,
  old: NodeModel | undefined,
  host: NodeSyncHost,
): ElementDefinition | null {
  const el = cy.getElementById(n.id);
  const data = nodeData(n, host.nodeScale());
  if (el.empty()) {
    // A copy: Cytoscape keeps the object it is given and moves it with the node, and the model
    // must keep the document's place, to compare with at the next sync and when layout settles.
    const at = (!host.framed() && n.position && { ...n.position }) || host.placeNear(n.id);
    return nodeDefinition(n, host.nodeScale(), at);
  }
  if (
    !old ||
    old.label !== n.label ||
    old.lines.join('\n') !== n.lines.join('\n') ||
    old.colour !== n.colour ||
    old.size !== n.size ||
    old.kind !== n.kind
  ) {
    el.data(data);
  }
  setClass(el, 'focal', n.focal);
  setClass(el, 'pinned', n.pinned && !n.ghost);
  setClass(el, 'added', n.change === 'added');
  setClass(el, 'removed', n.change === 'removed');
  // By value: the model is rebuilt on every edit, and a note edit must not re-pin every actor.
  const moved = !samePlace(old?.position ?? null, n.position) || (n.pinned && !old?.pinned);
  if (old && n.position && moved && !host.dragging(n.id)) {
    host.moved(n.id, n.position, n.pinned);
  }
  if (old?.pinned && !n.pinned) host.unpin(n.id);
  return null;
}

/** Hides what the filter leaves out; true when any actor was shown or hidden. */
export function showOnly(
  cy: Core,
  actors: ReadonlySet<string>,
  collaborations: ReadonlySet<string>,
): boolean {
  let changed = false;
  cy.batch(() => {
    cy.nodes()
      .not('.decoration')
      .forEach((n) => {
        const hide = !actors.has(n.id());
        if (setClass(n, 'hidden', hide)) changed = true;
      });
    cy.edges().forEach((e) => {
      setClass(e, 'hidden', !collaborations.has(e.id()));
    });
  });
  return changed;
}
