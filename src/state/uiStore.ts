import { createStore } from 'zustand/vanilla';
import type {
  Camera,
  LayoutMode,
  Locale,
  MapDocument,
  PartnerMap,
  RingsBy,
  SizeBy,
  ViewFilters,
} from '../domain/types';

export type { LayoutMode } from '../domain/types';

export type Selection = { kind: 'actor' | 'collaboration'; id: string } | null;

export type Filters = ViewFilters;

export interface Toast {
  id: number;
  message: string;
  undo?: () => void;
  undoLabel?: string;
}

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error';
export type PersistStatus = 'unknown' | 'granted' | 'denied' | 'unsupported';

export interface UiState {
  locale: Locale;
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
  /** Bumped to ask the map to centre on these actors. */
  focusRequest: { ids: string[]; seq: number } | null;
  /** Bumped to ask the map to show a saved camera (`null`: the whole map). */
  cameraRequest: { camera: Camera | null; seq: number } | null;
  /** Presentation mode: the index of the view on screen, or null when not presenting. */
  presenting: number | null;
  /** Comparing the map with a snapshot: additions green, removals as red ghosts. */
  compare: { snapshotId: string; name: string; doc: MapDocument } | null;
  /** A workshop under way: the snapshot taken at its start. */
  workshop: { snapshotId: string; startedAt: string; before: MapDocument } | null;
  toast: Toast | null;
  /** How many actor names the map's frame had no room for (docs/legibility.md). */
  hiddenNames: number;
  save: { status: SaveStatus; error: string | null };
  persist: PersistStatus;
  maps: PartnerMap[];
}

export const emptyFilters = (): Filters => ({ sectors: [], statuses: [], purposes: [] });

export const uiStore = createStore<UiState>()(() => ({
  locale: 'nb',
  view: 'map',
  selection: null,
  hoverId: null,
  filters: emptyFilters(),
  sizeBy: 'degree',
  layoutMode: 'force',
  ringsBy: 'distance',
  showGaps: false,
  sideTab: 'gaps',
  focusRequest: null,
  cameraRequest: null,
  presenting: null,
  compare: null,
  workshop: null,
  toast: null,
  hiddenNames: 0,
  save: { status: 'idle', error: null },
  persist: 'unknown',
  maps: [],
}));

let seq = 0;

/** Selecting something opens its details in the side panel. */
export function select(selection: Selection, centre = false): void {
  uiStore.setState(selection ? { selection, sideTab: 'details' } : { selection });
  if (centre && selection?.kind === 'actor') focusOn([selection.id]);
}

export function focusOn(ids: string[]): void {
  uiStore.setState({ focusRequest: { ids, seq: ++seq } });
}

export function showCamera(camera: Camera | null): void {
  uiStore.setState({ cameraRequest: { camera, seq: ++seq } });
}

export function showToast(toast: Omit<Toast, 'id'>): void {
  uiStore.setState({ toast: { ...toast, id: ++seq } });
}

export const activeFilterCount = (f: Filters): number =>
  f.sectors.length + f.statuses.length + f.purposes.length;
