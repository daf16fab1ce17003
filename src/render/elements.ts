import { degreeOf } from '../domain/lookup';
import { sectorOrder } from '../domain/template';
import type { MapDocument, Template } from '../domain/types';
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
  const degree = degreeOf(doc);
  // The label as drawn at this scale; the network layout's box always at scale 1, so a projector
  // or a presentation never moves the saved network places (the frame makes room instead).
  const boxes = (label: string, size: number, focal: boolean) => {
    const drawn = nodeBox(label, size, focal, measure, labelScale);
    if (labelScale === 1) return drawn;
    const { w, h, dy } = nodeBox(label, size, focal, measure, 1);
    return { ...drawn, w, h, dy };
  };
  const sectors = template.sectors.map((s) => s.id);
  const nodes = Object.values(doc.actors).map((a): NodeModel => {
    const focal = a.id === doc.map.focalActorId;
    const size = nodeDiameter(focal, degree.get(a.id) ?? 0, centrality?.get(a.id) ?? null);
    return {
      id: a.id,
      label: a.name,
      sectorId: a.sectorId,
      colour: focal ? COLOURS.focal : sectorColour(sectors, a.sectorId),
      size,
      focal,
      kind: a.kind,
      degree: degree.get(a.id) ?? 0,
      pinned: a.position?.pinned ?? false,
      position: a.position ? { x: a.position.x, y: a.position.y } : null,
      ...boxes(a.name, size, focal),
    };
  });
  const edges = Object.values(doc.collaborations).map(
    (c): EdgeModel => ({
      id: c.id,
      source: c.sourceId,
      target: c.targetId,
      label: c.label,
      strength: c.strength,
      status: c.status,
      ...(overlay?.stale.has(c.id)
        ? { mark: 'stale' }
        : overlay?.weak.has(c.id)
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
