import { createContext, type ReactNode, useContext, useState } from 'react';
import type { Visible } from '../../analysis/visibility';
import type { Camera } from '../../domain/types';
import type { ElementModel } from '../../render/elements';
import type { MapView } from '../../render/mapView';
import type { FixedLayout } from './fixedLayouts';

/** What the canvas shows right now, for saving a view and for "export what you see". */
export interface LiveMap {
  view: MapView;
  model: ElementModel;
  fixed: FixedLayout | null;
  visible: Visible;
}

/** A camera move asked of the map. */
export type CameraMove =
  | { kind: 'focus'; ids: readonly string[] }
  | { kind: 'camera'; camera: Camera | null };

/** What components may ask of the map on screen, called directly from their handlers. */
export interface MapViewHandle {
  /**
   * Centres the map on these actors. Like `showCamera`, the move waits for the map to take the
   * store changes made in the same event (a tab switch, a view's filter and layout).
   */
  focus(ids: readonly string[]): void;
  /** Shows a saved camera, or the whole map for `null`. */
  showCamera(camera: Camera | null): void;
  /** Fits the whole map on screen, now. */
  fit(): void;
  /** The camera on screen now, or null while no map is drawn. */
  camera(): Camera | null;
  /** What the canvas shows now, or null while no map is drawn. */
  live(): LiveMap | null;
}

/** The handle, and the canvas's side of it: the canvas attaches to take moves and publishes. */
export class MapViewHub implements MapViewHandle {
  private current: LiveMap | null = null;
  private mover: ((move: CameraMove) => void) | null = null;

  /** The canvas takes the moves asked of it; the returned function lets go. */
  attach(mover: (move: CameraMove) => void): () => void {
    this.mover = mover;
    return () => {
      if (this.mover === mover) this.mover = null;
    };
  }

  publish(live: LiveMap | null): void {
    this.current = live;
  }

  focus(ids: readonly string[]): void {
    this.mover?.({ kind: 'focus', ids: [...ids] });
  }

  showCamera(camera: Camera | null): void {
    this.mover?.({ kind: 'camera', camera });
  }

  fit(): void {
    this.current?.view.fit();
  }

  camera(): Camera | null {
    return this.current?.view.camera() ?? null;
  }

  live(): LiveMap | null {
    return this.current;
  }
}

const MapViewContext = createContext<MapViewHub | null>(null);

/** One hub per app: the canvas inside attaches to it, every other component asks through it. */
export function MapViewProvider({ hub, children }: { hub?: MapViewHub; children: ReactNode }) {
  const [own] = useState(() => hub ?? new MapViewHub());
  return <MapViewContext.Provider value={own}>{children}</MapViewContext.Provider>;
}

/** Outside a provider there is no map: asking moves nothing. */
const noMap: MapViewHandle = new MapViewHub();

export const useMapView = (): MapViewHandle => useContext(MapViewContext) ?? noMap;

/** For the canvas only. */
export const useMapViewHub = (): MapViewHub | null => useContext(MapViewContext);
