import type { Visible } from '../../analysis/visibility';
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

let live: LiveMap | null = null;

export const setLiveMap = (next: LiveMap | null) => {
  live = next;
};

export const liveMap = (): LiveMap | null => live;
