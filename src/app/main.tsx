import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n, initialLocale } from '../i18n';
import { SamspillDb } from '../persistence/database';
import { createDexieRepository } from '../persistence/dexieRepository';
import { LOCALE_KEY, LoadError, Session } from '../state/session';
import { uiStore } from '../state/uiStore';
import { App } from '../ui/App';
import { SessionContext } from '../ui/SessionContext';
import '../ui/styles.css';

const loadDemo = () =>
  import('../../data/samples/eksempel-kommune.samspill-map.json').then((m) => m.default);

function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

async function boot() {
  const repo = createDexieRepository(new SamspillDb());
  const saved = await repo.getSetting<string>(LOCALE_KEY).catch(() => undefined);
  const locale = initialLocale(window.location.search, saved ?? null);
  const i18n = await initI18n(locale);
  uiStore.setState({ locale });
  const session = new Session(
    repo,
    loadDemo,
    () => ({
      newMapName: i18n.t('maps.newDefault'),
      focalName: i18n.t('maps.focalDefault'),
      copyOf: (name) => i18n.t('maps.copyOf', { name }),
      deleted: (name) => i18n.t('maps.deleted', { name }),
      undoDelete: i18n.t('maps.undoDelete'),
    }),
    safeLocalStorage(),
  );
  const root = document.getElementById('root');
  if (!root) throw new Error('#root missing');
  createRoot(root).render(
    <StrictMode>
      <SessionContext.Provider value={session}>
        <App />
      </SessionContext.Provider>
    </StrictMode>,
  );
  try {
    await session.start();
  } catch (e) {
    const reason =
      e instanceof LoadError
        ? i18n.t(`restore.${e.restoreError.code}`, { path: e.restoreError.path })
        : e instanceof Error
          ? e.message
          : String(e);
    uiStore.setState({ save: { status: 'error', error: i18n.t('app.loadFailed', { reason }) } });
  }
}

void boot();
