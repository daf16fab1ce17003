import { createStore } from 'zustand/vanilla';
import { NewerDatabaseError } from '../persistence/repository';
import type { RestoreError } from '../schema';

/**
 * What opening the maps found, told to the user until dismissed (src/ui/recovery/Notices.tsx).
 * None of these is a failed save: "Not saved" is for writes only.
 */
export type StorageNotice =
  /** Damaged rows were repaired on load; the rows as they were are kept as a version. */
  | { kind: 'repaired'; mapId: string; name: string; count: number }
  /** The map row itself cannot be read: the map stays closed, its rows stay stored. */
  | { kind: 'unreadable'; mapId: string; name: string; error: RestoreError }
  /** The map was still opening when the app last stopped, so it was not opened again. */
  | { kind: 'skipped'; mapId: string; name: string }
  /** Storage could not be opened at all. */
  | { kind: 'start-failed'; mapId: null; reason: string };

/** The app itself rather than the map: a new version waiting, or a newer one in another tab. */
export interface AppStatus {
  /** A new service worker is waiting; `applyUpdate` saves, then switches to it. */
  updateReady: boolean;
  applyUpdate: (() => Promise<void>) | null;
  /**
   * Another tab runs a newer Samspill and upgraded the database. This tab must not write
   * (docs/architecture.md): autosave stops, and only a reload brings the new code.
   */
  newerVersion: boolean;
  notices: StorageNotice[];
}

export const appStatus = createStore<AppStatus>()(() => ({
  updateReady: false,
  applyUpdate: null,
  newerVersion: false,
  notices: [],
}));

const sameNotice = (a: StorageNotice, b: StorageNotice) => a.kind === b.kind && a.mapId === b.mapId;

/** Shows a notice; a newer one about the same map and matter replaces the older. */
export function addNotice(notice: StorageNotice): void {
  const others = appStatus.getState().notices.filter((n) => !sameNotice(n, notice));
  appStatus.setState({ notices: [...others, notice] });
}

export function dismissNotice(notice: StorageNotice): void {
  appStatus.setState({
    notices: appStatus.getState().notices.filter((n) => !sameNotice(n, notice)),
  });
}

/** Notices about a map the user has since opened, or that is gone, no longer apply. */
export function dropNotices(mapId: string, kinds: readonly StorageNotice['kind'][]): void {
  const { notices } = appStatus.getState();
  const kept = notices.filter((n) => n.mapId !== mapId || !kinds.includes(n.kind));
  if (kept.length !== notices.length) appStatus.setState({ notices: kept });
}

export const markNewerVersion = (): void => {
  if (!appStatus.getState().newerVersion) appStatus.setState({ newerVersion: true });
};

/** Whether an error (or the error a SaveError wraps) says the database is newer than this code. */
export function isNewerDatabase(error: unknown): boolean {
  if (error instanceof NewerDatabaseError) return true;
  const cause = error instanceof Error ? error.cause : undefined;
  return cause instanceof NewerDatabaseError;
}
