import type { Camera, View } from '../../domain/types';
import type { ViewInput } from '../../domain/viewCommands';
import { type ViewState, viewStore } from '../../state/viewStore';
import type { MapViewHandle } from '../map/MapViewContext';

/** The map settings on screen now, as a view to save. */
export function currentViewInput(ui: ViewState, name: string, camera: Camera | null): ViewInput {
  return {
    name,
    filters: {
      sectors: [...ui.filters.sectors],
      statuses: [...ui.filters.statuses],
      purposes: [...ui.filters.purposes],
    },
    layout: ui.layoutMode,
    ringsBy: ui.ringsBy,
    sizeBy: ui.sizeBy,
    showGaps: ui.showGaps,
    camera,
  };
}

/** Puts a saved view on the map: its filter, layout and colouring, then its camera. */
export function applyView(map: MapViewHandle, view: View): void {
  viewStore.setState({
    filters: {
      sectors: [...view.filters.sectors],
      statuses: [...view.filters.statuses],
      purposes: [...view.filters.purposes],
    },
    layoutMode: view.layout,
    ringsBy: view.ringsBy,
    sizeBy: view.sizeBy,
    showGaps: view.showGaps,
  });
  map.showCamera(view.camera);
}
