import type { DrawnBox, LabelInfo, MapView } from '../../render/mapView';
import { viewStore } from '../../state/viewStore';

/**
 * A small read-only window onto the canvas, for support and for the browser tests, which cannot
 * see inside a <canvas>: `window.samspill.labelOverlaps()`, `labels()` (every actor's label as
 * drawn, in CSS pixels) and `renderedPosition(actorName)`.
 */
export interface MapDiagnostics {
  labelOverlaps(): number;
  labels(): LabelInfo[];
  /** The collaborations drawn, as "A – B". */
  links(): string[];
  /** True when the map is at rest: layout settled, frame applied, no animation running. */
  idle(): boolean;
  /** Whether the canvas was given this actor's map. */
  holds(actorId: string): boolean;
  /** How many actors are faded by a selection or hover. */
  faded(): number;
  renderedPosition(name: string): { x: number; y: number } | null;
  zoom(): number;
  /** The actors the arrow keys reach, where they are drawn (CSS pixels within the canvas). */
  reachable(): { id: string; name: string; focal: boolean; x: number; y: number }[];
  /** The current actor (the selected one), or null. */
  current(): string | null;
  /** The actor with the keyboard's focus ring, and its node's box as drawn; null for none. */
  keyFocus(): { id: string; box: DrawnBox } | null;
}

declare global {
  interface Window {
    samspill?: MapDiagnostics;
  }
}

export function exposeDiagnostics(view: MapView): () => void {
  window.samspill = {
    labelOverlaps: () => view.readout.labelOverlaps(),
    labels: () => view.readout.labels(),
    links: () => view.readout.links(),
    idle: () => view.idle(),
    holds: (id) => view.holds(id),
    faded: () => view.readout.faded(),
    renderedPosition: (name) => view.readout.renderedPosition(name),
    zoom: () => view.readout.zoom(),
    reachable: () => view.readout.reachable(),
    current: () => {
      const selection = viewStore.getState().selection;
      return selection?.kind === 'actor' ? selection.id : null;
    },
    keyFocus: () => view.readout.keyFocus(),
  };
  return () => {
    delete window.samspill;
  };
}
