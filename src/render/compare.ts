import { hasRecord } from '../domain/records';
import type { MapDocument } from '../domain/types';
import { type ElementModel, type NodeModel, REMOVED_PREFIX } from './elements';
import type { Measure } from './nodeGeometry';
import { nodeBox } from './nodeGeometry';
import { CHANGE_COLOURS } from './palette';

/**
 * The map compared with a snapshot: actors and links added since are marked, and those removed
 * since come back as ghosts where they stood (pinned, so the layout leaves them be).
 */
export function withComparison(
  model: ElementModel,
  before: MapDocument,
  measure: Measure,
): ElementModel {
  const nodes: NodeModel[] = model.nodes.map((n) =>
    n.ghost || hasRecord(before.actors, n.id) ? n : { ...n, change: 'added' },
  );
  const present = new Set(model.nodes.map((n) => n.id));
  const centre = model.nodes.find((n) => n.focal)?.position ?? { x: 0, y: 0 };
  for (const a of Object.values(before.actors)) {
    if (present.has(a.id)) continue;
    const size = 30;
    nodes.push({
      id: REMOVED_PREFIX + a.id,
      label: a.name,
      sectorId: a.sectorId,
      colour: CHANGE_COLOURS.removed,
      size,
      focal: false,
      kind: a.kind,
      degree: 0,
      pinned: true,
      position: a.position ? { x: a.position.x, y: a.position.y } : { ...centre },
      ghost: true,
      change: 'removed',
      ...nodeBox(a.name, size, false, measure),
    });
  }
  const edges = model.edges.map((e) =>
    e.mark === 'ghost' || hasRecord(before.collaborations, e.id)
      ? e
      : { ...e, change: 'added' as const },
  );
  const ids = new Set(nodes.map((n) => n.id));
  const end = (id: string) => (present.has(id) ? id : REMOVED_PREFIX + id);
  for (const c of Object.values(before.collaborations)) {
    if (model.edges.some((e) => e.id === c.id)) continue;
    const source = end(c.sourceId);
    const target = end(c.targetId);
    if (!ids.has(source) || !ids.has(target)) continue;
    edges.push({
      id: REMOVED_PREFIX + c.id,
      source,
      target,
      label: c.label,
      strength: c.strength,
      status: c.status,
      change: 'removed',
    });
  }
  return { ...model, nodes, edges };
}
