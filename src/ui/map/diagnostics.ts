import type { LabelInfo, MapView } from '../../render/mapView';

/**
 * A small read-only window onto the canvas, for support and for the browser tests, which cannot
 * see inside a <canvas>: `window.samspill.labelOverlaps()`, `labels()` (every actor's label as
 * drawn, in CSS pixels) and `renderedPosition(actorName)`.
 */
export interface MapDiagnostics {
  labelOverlaps(): number;
  labels(): LabelInfo[];
  /** True when the map is at rest: layout settled, frame applied, no animation running. */
  idle(): boolean;
  /** How many actors are faded by a selection or hover. */
  faded(): number;
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
    labels: () => view.labels(),
    idle: () => view.idle(),
    faded: () => view.faded(),
    renderedPosition: (name) => view.renderedPosition(name),
    zoom: () => view.zoom(),
  };
  return () => {
    delete window.samspill;
  };
}
