import Graph from 'graphology';
import type { MapDocument } from '../domain/types';

/** The map as an undirected graphology graph; parallel links between two actors count once. */
export function toGraph(doc: MapDocument, include: (status: string) => boolean = () => true) {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const id of Object.keys(doc.actors)) graph.addNode(id);
  for (const c of Object.values(doc.collaborations)) {
    if (!include(c.status) || c.sourceId === c.targetId) continue;
    if (!graph.hasNode(c.sourceId) || !graph.hasNode(c.targetId)) continue;
    graph.mergeEdge(c.sourceId, c.targetId);
  }
  return graph;
}
