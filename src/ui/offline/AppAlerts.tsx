import { useStore } from 'zustand';
import { appStatus } from '../../state/appStatus';
import { useLocale } from '../hooks';

/** A new version waiting, or a newer one running in another tab: both end in a reload. */
export function AppAlerts() {
  const { t } = useLocale();
  const { updateReady, applyUpdate, newerVersion } = useStore(appStatus);

  if (newerVersion) {
    // Lasting: this tab no longer saves. Its edits since then wait in the journal, which the
    // next start replays (src/state/journal.ts), so reloading loses nothing.
    // A waiting service worker must take over first, or the reload would bring back this code.
    const reload = () =>
      updateReady && applyUpdate ? void applyUpdate() : window.location.reload();
    return (
      <div className="app-alert newer-alert" role="alert">
        <p>
          <strong>{t('offline.newer.title')}</strong> {t('offline.newer.body')}
        </p>
        <button type="button" className="btn btn-primary" onClick={reload}>
          {t('offline.newer.reload')}
        </button>
      </div>
    );
  }
  if (updateReady && applyUpdate) {
    return (
      <section className="app-alert update-banner" aria-label={t('offline.update.region')}>
        <p>{t('offline.update.body')}</p>
        <button type="button" className="btn btn-primary" onClick={() => void applyUpdate()}>
          {t('offline.update.reload')}
        </button>
      </section>
    );
  }
  return null;
}
