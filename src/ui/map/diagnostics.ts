import type { MapView } from '../../render/mapView';

/**
 * A small read-only window onto the canvas, for support and for the browser tests, which cannot
 * see inside a <canvas>: `window.samspill.labelOverlaps()` and `renderedPosition(actorName)`.
 */
export interface MapDiagnostics {
  labelOverlaps(): number;
  renderedPosition(name: string): { x: number; y: number } | null;
  zoom(): number;
}

declare global {
  interface Window {
    samspill?: MapDiagnostics;
  }
}

export function exposeDiagnostics(view: MapView): () => void {
  window.samspill = {
    labelOverlaps: () => view.labelOverlaps(),
    renderedPosition: (name) => view.renderedPosition(name),
    zoom: () => view.zoom(),
  };
  return () => {
    delete window.samspill;
  };
}
