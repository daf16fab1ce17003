import { appStatus, isNewerDatabase, markNewerVersion } from '../state/appStatus';
import { documentStore, replaceDocument } from '../state/documentStore';
import type { Session } from '../state/session';
import type { TabSync } from '../state/tabSync';
import { uiStore } from '../state/uiStore';

/**
 * Registers the service worker of the built app (none in development). The registration code
 * and workbox-window load after the app has started, so initial JavaScript barely grows.
 */
export async function registerServiceWorker(session: Session): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const { registerSW } = await import('virtual:pwa-register');
  let requested = false;
  let activated = false;
  const updateSW = registerSW({
    onNeedRefresh: () => appStatus.setState({ updateReady: true }),
    // The new version took over, asked for here or in another tab: this tab reloads only
    // when its own user asked, and its edits were saved first.
    onNeedReload: () => {
      if (requested) window.location.reload();
      else activated = true;
    },
  });
  appStatus.setState({
    applyUpdate: async () => {
      const saved = await session.flush();
      // A failed save shows its own warning; reloading then could lose the edits. A tab behind
      // a newer database cannot save at all, and its edits wait in the journal.
      if (!saved && !appStatus.getState().newerVersion) return;
      requested = true;
      if (activated) window.location.reload();
      else await updateSW(true);
    },
  });
}

/** Applies other tabs' saved changes to this one, and follows their map list. */
export function connectTabs(tabs: TabSync, session: Session, newMapName: () => string): void {
  const followMaps = async () => {
    const maps = await session.refreshMaps();
    const open = documentStore.getState().doc?.map.id;
    if (!open || maps.some((m) => m.id === open)) return;
    // Deleted in another tab (which offers the undo): drop it here without saving into it.
    replaceDocument(null);
    const next = maps[0];
    if (next) await session.openMap(next.id);
    else await session.createMap(newMapName());
  };
  tabs.listen({
    change(change, base) {
      session.applyRemote(change, base);
      const listed = uiStore.getState().maps.find((m) => m.id === change.mapId);
      if (change.map && listed?.name !== change.map.name) void session.refreshMaps().catch(onError);
    },
    maps: () => void followMaps().catch(onError),
    newer: markNewerVersion,
  });
}

/** Any read or write that finds a newer database stops this tab (docs/architecture.md). */
export function watchNewerDatabase(): void {
  window.addEventListener('unhandledrejection', (event) => onError(event.reason));
}

function onError(error: unknown): void {
  if (isNewerDatabase(error)) markNewerVersion();
}
