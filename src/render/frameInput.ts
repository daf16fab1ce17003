import type { FrameNode } from '../analysis/layout/frameFit';
import type { Point } from '../analysis/layout/types';
import type { ElementModel, NodeModel } from './elements';

export interface FrameNodesOptions {
  /** Nodes to lay out (what the filter shows); others are left out of the frame. */
  shown: (n: NodeModel) => boolean;
  /** Always labelled: selected, searched, newly added. The focal actor always is. */
  must?: ReadonlySet<string>;
  /** Held where they are mapped (pinned actors). */
  held?: (n: NodeModel) => boolean;
  /**
   * Room round each label's text, per side: Cytoscape's own label box (labelBleed) for the
   * canvas, only the halo for an exported picture.
   */
  bleed: number;
}

/**
 * The frame-fit layout's nodes for a drawn model: network places, node size with its border, the
 * label block as drawn, and an importance (focal actor, then number of collaborations).
 */
export function frameNodes(
  model: ElementModel,
  network: ReadonlyMap<string, Point>,
  o: FrameNodesOptions,
): FrameNode[] {
  const nodes: FrameNode[] = [];
  for (const n of model.nodes) {
    const p = network.get(n.id);
    if (!p || !o.shown(n)) continue;
    nodes.push({
      id: n.id,
      x: p.x,
      y: p.y,
      d: n.body,
      label: n.lines.length ? { w: n.labelW + 2 * o.bleed, h: n.labelH + 2 * o.bleed } : null,
      importance: n.focal ? Number.MAX_SAFE_INTEGER : n.ghost ? -1 : n.degree,
      must: n.focal || (o.must?.has(n.id) ?? false),
      held: o.held?.(n) ?? false,
    });
  }
  return nodes;
}
