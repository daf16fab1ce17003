import { createStore } from 'zustand/vanilla';

/** Where the open map stands with its shared copy (docs/sharing.md). */
export type SyncState = 'local' | 'connecting' | 'syncing' | 'online' | 'offline' | 'refused';

export type ShareRole = 'edit' | 'view';

/** What the Share dialog asks the sharing service (src/app/sync) to do. */
export interface SharingControl {
  /** Shares the open map on `server` with the access key; resolves to its links. */
  share(server: string, accessKey: string): Promise<ShareLinks>;
  /** New links; the old ones stop working. */
  revoke(accessKey: string): Promise<ShareLinks>;
  /** Stops sharing: every link stops working; this device keeps the map. */
  stop(accessKey: string): Promise<void>;
  /** The open map's links, when this device shared it. */
  links(): ShareLinks | null;
  /** A workshop code for the room's phones (issue 17); needs an edit link of the shared map. */
  invite(): Promise<string>;
  /** Ends every workshop code of the open map: the phones are told the workshop ended. */
  endInvite(): Promise<void>;
  /** The participant page's link for a code of the open map. */
  roomLink(code: string): string;
}

export interface ShareLinks {
  edit: string;
  view: string;
}

export interface SyncStatus {
  state: SyncState;
  role: ShareRole | null;
  /** Local changes the server has not acknowledged yet. */
  waiting: number;
  /** People on the map now, this device included. */
  people: number;
  /** Why the server refused, in the server's words (a code). */
  reason: string | null;
  /** Remote records dropped as invalid. */
  dropped: number;
  control: SharingControl | null;
  /** The server address the app suggests (VITE_SYNC_URL, or the last one used). */
  defaultServer: string;
}

export const syncStore = createStore<SyncStatus>()(() => ({
  state: 'local',
  role: null,
  waiting: 0,
  people: 0,
  reason: null,
  dropped: 0,
  control: null,
  defaultServer: '',
}));

/** A view link: the map is shown, never changed, from this device. */
export const isReadOnly = (): boolean => syncStore.getState().role === 'view';
