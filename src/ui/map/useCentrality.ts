import { useEffect, useState } from 'react';
import type { MapDocument } from '../../domain/types';

/**
 * Betweenness centrality for sizing nodes, loaded with its graph library only when asked for, so
 * the first page load stays small. Null while off or still loading (nodes are sized by degree).
 */
export function useCentrality(doc: MapDocument | null, on: boolean): Map<string, number> | null {
  const [scores, setScores] = useState<Map<string, number> | null>(null);
  useEffect(() => {
    if (!on || !doc) {
      setScores(null);
      return;
    }
    let current = true;
    void import('../../analysis/centrality').then(({ relativeBetweenness }) => {
      if (current) setScores(relativeBetweenness(doc));
    });
    return () => {
      current = false;
    };
  }, [doc, on]);
  return scores;
}
