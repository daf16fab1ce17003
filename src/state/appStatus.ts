import { createStore } from 'zustand/vanilla';
import { NewerDatabaseError } from '../persistence/repository';

/** The app itself rather than the map: a new version waiting, or a newer one in another tab. */
export interface AppStatus {
  /** A new service worker is waiting; `applyUpdate` saves, then switches to it. */
  updateReady: boolean;
  applyUpdate: (() => Promise<void>) | null;
  /**
   * Another tab runs a newer Samspill and upgraded the database. This tab must not write
   * (DESIGN.md §7): autosave stops, and only a reload brings the new code.
   */
  newerVersion: boolean;
}

export const appStatus = createStore<AppStatus>()(() => ({
  updateReady: false,
  applyUpdate: null,
  newerVersion: false,
}));

export const markNewerVersion = (): void => {
  if (!appStatus.getState().newerVersion) appStatus.setState({ newerVersion: true });
};

/** Whether an error (or the error a SaveError wraps) says the database is newer than this code. */
export function isNewerDatabase(error: unknown): boolean {
  if (error instanceof NewerDatabaseError) return true;
  const cause = error instanceof Error ? error.cause : undefined;
  return cause instanceof NewerDatabaseError;
}
