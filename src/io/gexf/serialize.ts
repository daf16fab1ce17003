/**
 * A map → GEXF 1.3 (opens in Gephi): node labels, attributes with declared types, viz positions,
 * and edge weight = strength. graphology-gexf writes the XML; it is loaded on demand.
 */
import type { MapDocument } from '../../domain/types';
import { xmlSafe } from '../text/cells';
import { actorAttributes, collaborationAttributes, flipY } from './attributes';

interface Formatted {
  label: string;
  attributes: Record<string, string | number | boolean>;
  viz?: { x: number; y: number };
  weight?: number;
}

export async function docToGexf(doc: MapDocument): Promise<string> {
  const [{ default: Graph }, gexf] = await Promise.all([
    import('graphology'),
    import('graphology-gexf'),
  ]);
  const graph = new Graph<Formatted, Formatted>({ type: 'undirected', multi: true });
  graph.replaceAttributes({
    creator: 'Samspill',
    description: xmlSafe(doc.map.name),
    lastModifiedDate: doc.map.updatedAt.slice(0, 10),
  });
  for (const a of Object.values(doc.actors)) {
    const p = a.position;
    graph.addNode(a.id, {
      label: xmlSafe(a.name),
      attributes: actorAttributes(a),
      ...(p ? { viz: { x: p.x, y: flipY(p.y) } } : {}),
    });
  }
  for (const c of Object.values(doc.collaborations)) {
    graph.addUndirectedEdgeWithKey(c.id, c.sourceId, c.targetId, {
      label: xmlSafe(c.label),
      attributes: collaborationAttributes(c),
      weight: c.strength,
    });
  }
  return gexf.write(graph, {
    version: '1.3',
    formatNode: (_key, attrs) => attrs,
    formatEdge: (_key, attrs) => attrs,
  });
}
