import { HocuspocusProvider } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { isEmptyChange } from '../../domain/changes';
import type { MapDocument } from '../../domain/types';
import { documentStore } from '../../state/documentStore';
import { applySharedChange } from '../../state/remoteApply';
import { type SyncState, syncStore } from '../../state/syncStore';
import { createBridge, docFromY, reconcile, type SharedBridge } from '../../sync';
import type { ShareRecord } from './links';

/** One shared map's connection: its Y.Doc, kept in IndexedDB, and the sync server. */
export interface LiveShare {
  readonly share: ShareRecord;
  bridge(): SharedBridge | null;
  close(): void;
}

const token = (secret: string) => JSON.stringify({ v: 1, secret });

/** The close codes of server/refusals.ts: a refused link, a broken limit, too many. */
const ACCESS_CLOSE_CODE = 4403;
const LIMIT_CLOSE_CODE = 4413;
const TOO_MANY_CODE = 4429;

/** The id of the map a shared document holds (its `map` table has one record). */
export function mapIdIn(ydoc: Y.Doc): string | null {
  const ids = [...ydoc.getMap('map').keys()];
  return ids.length === 1 ? (ids[0] ?? null) : null;
}

/** The Y.Doc, its copy in IndexedDB and its server connection, with the sync status kept. */
function connectY(share: ShareRecord, onSynced: (ydoc: Y.Doc) => void) {
  const ydoc = new Y.Doc();
  const stored = new IndexeddbPersistence(`samspill-share-${share.doc}`, ydoc);
  let provider: HocuspocusProvider | null = null;
  let closed = false;
  // A refused link stays refused; a limit (too large, too fast) lasts until the next sync.
  let fatal = false;
  const set = (state: SyncState) => {
    if (!closed && !fatal)
      syncStore.setState({ state, ...(state === 'online' ? { reason: null } : {}) });
  };
  const refuse = (reason: string, final: boolean) => {
    if (closed) return;
    fatal ||= final;
    syncStore.setState({ state: 'refused', reason });
  };
  syncStore.setState({ state: 'connecting', role: share.role, reason: null, waiting: 0 });
  const ready = stored.whenSynced.then(() => {
    if (closed) return;
    provider = new HocuspocusProvider({
      url: share.server,
      name: share.doc,
      document: ydoc,
      token: token(share.secret),
      onStatus: ({ status }) =>
        set(
          status === 'connected' ? 'syncing' : status === 'connecting' ? 'connecting' : 'offline',
        ),
      onSynced: () => {
        onSynced(ydoc);
        set(syncStore.getState().waiting > 0 ? 'syncing' : 'online');
      },
      onUnsyncedChanges: ({ number }) => {
        if (closed) return;
        syncStore.setState({ waiting: number });
        const state = syncStore.getState().state;
        if (state === 'online' && number > 0) set('syncing');
        if (state === 'syncing' && number === 0 && provider?.isSynced) set('online');
      },
      onAuthenticationFailed: ({ reason }) => refuse(reason, true),
      onAwarenessChange: ({ states }) => {
        if (!closed) syncStore.setState({ people: states.length });
      },
      onClose: ({ event }) => {
        // The server's refusals close with their own codes (server/refusals.ts); a server that
        // stops or a lost network is just offline.
        if (event.code === ACCESS_CLOSE_CODE) refuse(event.reason, true);
        else if (event.code === LIMIT_CLOSE_CODE || event.code === TOO_MANY_CODE) {
          refuse(event.reason, false);
        }
      },
    });
    // Awareness counts the people here: each device says it is present.
    provider.setAwarenessField('present', true);
  });
  return {
    ydoc,
    ready,
    close() {
      closed = true;
      provider?.destroy();
      void stored.destroy();
      ydoc.destroy();
      syncStore.setState({ state: 'local', role: null, waiting: 0, people: 0, reason: null });
    },
  };
}

/**
 * Opens the shared copy of the map open now (docs/sharing.md). What this device stored and the
 * shared copy are reconciled first, so the map works offline and catches up when it can; from
 * then on other people's changes are shown outside the undo history.
 */
export function openLiveShare(share: ShareRecord): LiveShare {
  let bridge: SharedBridge | null = null;
  const y = connectY(share, () => {});
  void y.ready.then(() => {
    const doc = documentStore.getState().doc;
    if (!doc || doc.map.id !== share.mapId) return;
    const first = reconcile(y.ydoc, doc);
    // The bridge starts from the store's own document: unsaved edits are told apart by identity.
    bridge = createBridge(y.ydoc, doc, (u) => applySharedChange(u.saved, u.change, u.base));
    syncStore.setState({ dropped: first.dropped });
    if (!isEmptyChange(first.change)) applySharedChange(doc, first.change, first.base);
  });
  return {
    share,
    bridge: () => bridge,
    close() {
      bridge?.dispose();
      y.close();
    },
  };
}

/**
 * Fetches a shared map this browser does not have yet: the map once the server has sent it, or
 * null when the server refused (the sync status says why).
 */
export function fetchShared(share: Omit<ShareRecord, 'mapId'>): Promise<MapDocument | null> {
  return new Promise((resolve) => {
    const y = connectY({ ...share, mapId: '' }, (ydoc) => {
      const id = mapIdIn(ydoc);
      const doc = id ? docFromY(ydoc, id)?.doc : null;
      stop();
      y.close();
      resolve(doc ?? null);
    });
    const stop = syncStore.subscribe((s) => {
      if (s.state !== 'refused') return;
      stop();
      const reason = s.reason;
      y.close();
      syncStore.setState({ state: 'refused', reason });
      resolve(null);
    });
  });
}
