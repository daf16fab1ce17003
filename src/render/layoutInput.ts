import type { LayoutInput, Point } from '../analysis/layout/types';
import type { ElementModel, NodeModel } from './elements';
import type { Move } from './mapViewEvents';

/**
 * What the layout worker gets for a drawn model. A node keeps its current place when it is
 * pinned, or (unless laying out from scratch) when it has one from the document or an earlier run.
 */
export function toLayoutInput(
  model: ElementModel,
  positionOf: (id: string) => Point,
  placed: ReadonlySet<string>,
  reset: boolean,
): LayoutInput {
  const focal = model.nodes.find((n) => n.focal);
  return {
    nodes: model.nodes.map((n) => {
      const keep = n.pinned || (!reset && (placed.has(n.id) || n.position !== null));
      return {
        id: n.id,
        sectorId: n.focal ? (model.sectorOrder[0] ?? n.sectorId) : n.sectorId,
        w: n.w,
        h: n.h,
        dy: n.dy,
        ...(keep ? positionOf(n.id) : {}),
        pinned: n.pinned,
      };
    }),
    links: model.edges.map((e) => ({ source: e.source, target: e.target, weight: e.strength })),
    sectorOrder: model.sectorOrder,
    focalId: focal?.id ?? null,
  };
}

/** Whether any node's label box changed size (a rename, or a new size by degree). */
export function boxesChanged(a: ElementModel, b: ElementModel): boolean {
  const before = new Map(a.nodes.map((n) => [n.id, n]));
  return b.nodes.some((n) => {
    const o = before.get(n.id);
    return !o || o.w !== n.w || o.h !== n.h;
  });
}

const round = (v: number) => Math.round(v * 10) / 10;

/** The settled places of saved actors that differ from the document's (under half a unit: noise). */
export function settledMoves(
  ids: readonly string[],
  xy: Float32Array,
  nodes: ReadonlyMap<string, NodeModel>,
  skip: (id: string) => boolean,
): Move[] {
  const moves: Move[] = [];
  ids.forEach((id, i) => {
    const n = nodes.get(id);
    if (!n || n.ghost || n.change === 'removed' || skip(id)) return;
    const x = round(xy[2 * i] ?? 0);
    const y = round(xy[2 * i + 1] ?? 0);
    if (!n.position || Math.abs(n.position.x - x) > 0.5 || Math.abs(n.position.y - y) > 0.5) {
      moves.push({ id, x, y });
    }
  });
  return moves;
}
