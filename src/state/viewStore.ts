import { createStore } from 'zustand/vanilla';
import type { LayoutMode, RingsBy, SizeBy, ViewFilters } from '../domain/types';

export type { LayoutMode } from '../domain/types';

export type Selection = { kind: 'actor' | 'collaboration'; id: string } | null;

export type Filters = ViewFilters;

/** What the screen shows of the open map: the tab, the selection and the map's settings. */
export interface ViewState {
  view: 'map' | 'lists';
  selection: Selection;
  hoverId: string | null;
  filters: Filters;
  sizeBy: SizeBy;
  layoutMode: LayoutMode;
  ringsBy: RingsBy;
  showGaps: boolean;
  /** The side panel: details of the selection, the gap analysis, or the saved views. */
  sideTab: 'details' | 'gaps' | 'views' | 'versions';
  /** How many actor names the map's frame had no room for (docs/legibility.md). */
  hiddenNames: number;
  /** A big map on its way to the canvas (docs/big-maps.md): actors drawn so far, of all. */
  mapLoading: { shown: number; total: number } | null;
  /** The map is big: names show by level of detail, not by frame. */
  bigMap: boolean;
}

export const emptyFilters = (): Filters => ({ sectors: [], statuses: [], purposes: [] });

export const viewStore = createStore<ViewState>()(() => ({
  view: 'map',
  selection: null,
  hoverId: null,
  filters: emptyFilters(),
  sizeBy: 'degree',
  layoutMode: 'force',
  ringsBy: 'distance',
  showGaps: false,
  sideTab: 'gaps',
  hiddenNames: 0,
  mapLoading: null,
  bigMap: false,
}));

/** Selecting something opens its details in the side panel. */
export function select(selection: Selection): void {
  viewStore.setState(selection ? { selection, sideTab: 'details' } : { selection });
}

export const activeFilterCount = (f: Filters): number =>
  f.sectors.length + f.statuses.length + f.purposes.length;
