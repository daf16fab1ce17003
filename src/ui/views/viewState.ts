import type { Camera, View, ViewFilters } from '../../domain/types';
import type { ViewInput } from '../../domain/viewCommands';
import { type ViewState, viewStore } from '../../state/viewStore';
import type { MapViewHandle } from '../map/MapViewContext';

/** A copy, so the saved view and the screen never share a list. */
const copyFilters = (f: ViewFilters): ViewFilters => ({
  sectors: [...f.sectors],
  statuses: [...f.statuses],
  purposes: [...f.purposes],
});

/** The map settings on screen now, as a view to save. */
export function currentViewInput(ui: ViewState, name: string, camera: Camera | null): ViewInput {
  const { ringsBy, sizeBy, showGaps } = ui;
  return {
    name,
    filters: copyFilters(ui.filters),
    layout: ui.layoutMode,
    ringsBy,
    sizeBy,
    showGaps,
    camera,
  };
}

/** Puts a saved view on the map: its filter, layout and colouring, then its camera. */
export function applyView(map: MapViewHandle, view: View): void {
  const { ringsBy, sizeBy, showGaps } = view;
  viewStore.setState({
    filters: copyFilters(view.filters),
    layoutMode: view.layout,
    ringsBy,
    sizeBy,
    showGaps,
  });
  map.showCamera(view.camera);
}
