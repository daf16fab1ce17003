import { degreeOf } from '../domain/lookup';
import { sectorOrder } from '../domain/template';
import type { Actor, MapDocument, Template } from '../domain/types';
import { type Measure, type NodeBox, nodeBox, nodeDiameter } from './nodeGeometry';
import { sectorColour } from './palette';
import { COLOURS } from './tokens';

export interface NodeModel extends NodeBox {
  id: string;
  label: string;
  sectorId: string;
  colour: string;
  size: number;
  focal: boolean;
  kind: string;
  /** Collaborations of the actor: how important its label is when a frame is crowded. */
  degree: number;
  pinned: boolean;
  position: { x: number; y: number } | null;
  /** A missing template type drawn for "Show gaps", or a removed actor: never stored. */
  ghost?: boolean;
  /** Comparing with a snapshot: added since, or removed since (drawn as a red ghost). */
  change?: 'added' | 'removed';
}

export interface EdgeModel {
  id: string;
  source: string;
  target: string;
  label: string;
  strength: number;
  status: string;
  /** Gap marks: a weak link of a weakly covered type, or an active link with no recent activity. */
  mark?: 'weak' | 'stale' | 'ghost';
  /** Comparing with a snapshot: added since, or removed since. */
  change?: 'added' | 'removed';
}

export interface ElementModel {
  nodes: NodeModel[];
  edges: EdgeModel[];
  sectorOrder: string[];
}

/** What "Show gaps" adds: ghost nodes for missing types, and marks on weak and stale links. */
export interface GapOverlay {
  ghosts: { typeId: string; sectorId: string; label: string }[];
  weak: ReadonlySet<string>;
  stale: ReadonlySet<string>;
}

export const GHOST_PREFIX = 'ghost:';
export const REMOVED_PREFIX = 'removed:';
/** Drawn only: ghosts of missing types and of removed actors are never selected or stored. */
export const isGhostId = (id: string) =>
  id.startsWith(GHOST_PREFIX) || id.startsWith(REMOVED_PREFIX);

/** What the canvas draws, derived from the document: Cytoscape never holds the truth. */
export function toElements(
  doc: MapDocument,
  template: Template,
  /** Relative centrality per actor when nodes are sized by it; null sizes them by degree. */
  centrality: ReadonlyMap<string, number> | null,
  measure: Measure,
  overlay: GapOverlay | null = null,
  /** Larger labels (projector, presentation): the layout keeps the larger boxes apart too. */
  labelScale = 1,
): ElementModel {
  const c = nodeContext(doc, template, centrality, measure, labelScale);
  const nodes = Object.values(doc.actors).map((a) => actorNode(a, c));
  return withLinks(c, nodes, overlay);
}

/**
 * `toElements` in steps: `pause` is awaited whenever the labels measured since the last pause
 * took `stepMs`. Measuring the labels of 20,000 actors took half a second in one task
 * (docs/big-maps.md). A `pause` that throws ends it.
 */
export async function toElementsInSteps(
  inputs: Parameters<typeof toElements>,
  pause: () => Promise<void>,
  stepMs: number,
): Promise<ElementModel> {
  const [doc, template, centrality, measure, overlay = null, labelScale = 1] = inputs;
  const c = nodeContext(doc, template, centrality, measure, labelScale);
  const nodes: NodeModel[] = [];
  let since = performance.now();
  for (const a of Object.values(doc.actors)) {
    nodes.push(actorNode(a, c));
    if (performance.now() - since >= stepMs) {
      await pause();
      since = performance.now();
    }
  }
  return withLinks(c, nodes, overlay);
}

interface NodeContext {
  doc: MapDocument;
  template: Template;
  sectors: string[];
  degree: ReadonlyMap<string, number>;
  centrality: ReadonlyMap<string, number> | null;
  /** The label as drawn at the scale; the network layout's box always at scale 1 (`boxes`). */
  boxes: (label: string, size: number, focal: boolean) => NodeBox;
}

function nodeContext(
  doc: MapDocument,
  template: Template,
  centrality: ReadonlyMap<string, number> | null,
  measure: Measure,
  labelScale: number,
): NodeContext {
  // A projector or a presentation never moves the saved network places: the frame makes room.
  const boxes = (label: string, size: number, focal: boolean) => {
    const drawn = nodeBox(label, size, focal, measure, labelScale);
    if (labelScale === 1) return drawn;
    const { w, h, dy } = nodeBox(label, size, focal, measure, 1);
    return { ...drawn, w, h, dy };
  };
  const sectors = template.sectors.map((s) => s.id);
  return { doc, template, sectors, degree: degreeOf(doc), centrality, boxes };
}

function actorNode(a: Actor, c: NodeContext): NodeModel {
  const focal = a.id === c.doc.map.focalActorId;
  const degree = c.degree.get(a.id) ?? 0;
  const size = nodeDiameter(focal, degree, c.centrality?.get(a.id) ?? null);
  return {
    id: a.id,
    label: a.name,
    sectorId: a.sectorId,
    colour: focal ? COLOURS.focal : sectorColour(c.sectors, a.sectorId),
    size,
    focal,
    kind: a.kind,
    degree,
    pinned: a.position?.pinned ?? false,
    position: a.position ? { x: a.position.x, y: a.position.y } : null,
    ...c.boxes(a.name, size, focal),
  };
}

/** The links, and the ghosts "Show gaps" adds, to the actors' nodes. */
function withLinks(c: NodeContext, nodes: NodeModel[], overlay: GapOverlay | null): ElementModel {
  const { doc, template, sectors, boxes } = c;
  const edges = Object.values(doc.collaborations).map(
    (col): EdgeModel => ({
      id: col.id,
      source: col.sourceId,
      target: col.targetId,
      label: col.label,
      strength: col.strength,
      status: col.status,
      ...(overlay?.stale.has(col.id)
        ? { mark: 'stale' }
        : overlay?.weak.has(col.id)
          ? { mark: 'weak' }
          : {}),
    }),
  );
  const focal = doc.map.focalActorId;
  for (const g of overlay?.ghosts ?? []) {
    const id = `${GHOST_PREFIX}${g.typeId}`;
    nodes.push({
      id,
      label: g.label,
      sectorId: g.sectorId,
      colour: sectorColour(sectors, g.sectorId),
      size: 34,
      focal: false,
      kind: 'ghost',
      degree: 0,
      pinned: false,
      position: null,
      ghost: true,
      ...boxes(g.label, 34, false),
    });
    if (focal) {
      edges.push({
        id: `${id}:link`,
        source: focal,
        target: id,
        label: '',
        strength: 1,
        status: 'idea',
        mark: 'ghost',
      });
    }
  }
  return { nodes, edges, sectorOrder: sectorOrder(template) };
}
