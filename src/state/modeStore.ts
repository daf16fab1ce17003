import { createStore } from 'zustand/vanilla';
import type { MapDocument } from '../domain/types';

/** The room the map is shown in: at the desk, presenting, comparing or in a workshop. */
export interface ModeState {
  /** Presentation mode: the index of the view on screen, or null when not presenting. */
  presenting: number | null;
  /** Comparing the map with a snapshot: additions green, removals as red ghosts. */
  compare: { snapshotId: string; name: string; doc: MapDocument } | null;
  /** A workshop under way: the snapshot taken at its start. */
  workshop: Workshop | null;
}

export interface Workshop {
  snapshotId: string;
  startedAt: string;
  before: MapDocument;
  /** The room's phones were invited (issue 17): their code, link, and whether the QR shows. */
  room?: { code: string; link: string; shown: boolean } | null;
  /** Likely duplicates the leader merged. */
  merged?: number;
}

export const modeStore = createStore<ModeState>()(() => ({
  presenting: null,
  compare: null,
  workshop: null,
}));

/** A workshop or a presentation puts the map on a projector. */
export const projecting = (s: ModeState): boolean => s.workshop !== null || s.presenting !== null;
