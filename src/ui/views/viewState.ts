import type { Camera, View } from '../../domain/types';
import type { ViewInput } from '../../domain/viewCommands';
import { showCamera, type UiState, uiStore } from '../../state/uiStore';

/** The map settings on screen now, as a view to save. */
export function currentViewInput(ui: UiState, name: string, camera: Camera | null): ViewInput {
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
export function applyView(view: View): void {
  uiStore.setState({
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
  showCamera(view.camera);
}
