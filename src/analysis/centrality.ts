import betweenness from 'graphology-metrics/centrality/betweenness';
import type { MapDocument } from '../domain/types';
import { toGraph } from './graph';

/** Betweenness centrality scaled to 0–1 over the map, for sizing nodes by how much they connect. */
export function relativeBetweenness(doc: MapDocument): Map<string, number> {
  const graph = toGraph(doc, (s) => s !== 'ended');
  const scores = betweenness(graph, { normalized: true });
  const max = Math.max(0, ...Object.values(scores));
  return new Map(Object.entries(scores).map(([id, v]) => [id, max > 0 ? v / max : 0]));
}
