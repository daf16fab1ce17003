// First: zod must be jitless before any schema is built (build/csp.ts forbids eval).
import '../schema/zodConfig';
// Before anything asks for the template.
import './template';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n, initialLocale } from '../i18n';
import { DB_VERSION, SamspillDb } from '../persistence/database';
import { createDexieRepository } from '../persistence/dexieRepository';
import { addNotice, isNewerDatabase, markNewerVersion } from '../state/appStatus';
import { LOCALE_KEY, LoadError, Session } from '../state/session';
import { syncStore } from '../state/syncStore';
import { createTabSync, openChannel } from '../state/tabSync';
import { uiStore } from '../state/uiStore';
import { App } from '../ui/App';
import { ImportJobsContext } from '../ui/import/ImportJobsContext';
import { SessionContext } from '../ui/SessionContext';
import '../ui/styles.css';
import { createImportJobs } from './import/importJobs';
import { connectTabs, registerServiceWorker, watchNewerDatabase } from './offline';
import { createSharing } from './sync/sharing';

const loadDemo = () =>
  import('../../data/samples/eksempel-kommune.samspill-map.json').then((m) => m.default);

function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

declare global {
  interface Window {
    samspillTabSync?: { dropped(): { count: number; last: string | null } };
  }
}

async function boot() {
  watchNewerDatabase();
  // Every committed write is announced to the other tabs on the same map.
  const tabs = createTabSync(openChannel(), DB_VERSION);
  const sharing = createSharing(
    tabs.announce(createDexieRepository(new SamspillDb())),
    () => window.location.href,
  );
  const repo = sharing.repo;
  syncStore.setState({ defaultServer: import.meta.env.VITE_SYNC_URL ?? 'ws://127.0.0.1:1234' });
  const saved = await repo.getSetting<string>(LOCALE_KEY).catch(() => undefined);
  const locale = initialLocale(window.location.search, saved ?? null);
  const i18n = await initI18n(locale);
  uiStore.setState({ locale });
  const local = safeLocalStorage();
  const session = new Session(
    repo,
    loadDemo,
    () => ({
      newMapName: i18n.t('maps.newDefault'),
      focalName: i18n.t('maps.focalDefault'),
      copyOf: (name) => i18n.t('maps.copyOf', { name }),
      deleted: (name) => i18n.t('maps.deleted', { name }),
      undoDelete: i18n.t('maps.undoDelete'),
      beforeRepair: i18n.t('recovery.beforeRepair'),
    }),
    local,
    // The map view reports each drawn map (src/ui/recovery/useDrawnMark.ts).
    { openingMarks: local },
  );
  const importJobs = createImportJobs();
  const root = document.getElementById('root');
  if (!root) throw new Error('#root missing');
  createRoot(root).render(
    <StrictMode>
      <SessionContext.Provider value={session}>
        <ImportJobsContext.Provider value={importJobs}>
          <App />
        </ImportJobsContext.Provider>
      </SessionContext.Provider>
    </StrictMode>,
  );
  connectTabs(tabs, session, () => i18n.t('maps.newDefault'));
  // For support: how many messages from other tabs were refused, and why the last one was.
  window.samspillTabSync = { dropped: () => tabs.dropped() };
  // Waits for the page's load event itself; also when the map fails to open, so a fix can arrive.
  void registerServiceWorker(session);
  try {
    await session.start();
  } catch (e) {
    if (isNewerDatabase(e)) return markNewerVersion();
    const reason =
      e instanceof LoadError
        ? i18n.t(`restore.${e.restoreError.code}`, { path: e.restoreError.path })
        : e instanceof Error
          ? e.message
          : String(e);
    // Nothing failed to save: the maps could not be opened, and the notice says so.
    addNotice({ kind: 'start-failed', mapId: null, reason });
    return;
  }
  // A link may wait for its server; the maps here are open meanwhile, and the status says why.
  void sharing.start(session).catch((e: unknown) => {
    syncStore.setState({ state: 'refused', reason: e instanceof Error ? e.message : String(e) });
  });
}

void boot();
