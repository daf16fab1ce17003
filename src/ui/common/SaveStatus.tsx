import { useStore } from 'zustand';
import { appStatus } from '../../state/appStatus';
import { useLocale, useUi } from '../hooks';
import { useSession } from '../SessionContext';

/** Quiet when saving works; a lasting warning with a retry when it does not. */
export function SaveStatus() {
  const { t } = useLocale();
  const save = useUi((s) => s.save);
  const persist = useUi((s) => s.persist);
  const session = useSession();
  // Behind a newer database a retry cannot help; AppAlerts asks for a reload instead.
  const newerVersion = useStore(appStatus, (s) => s.newerVersion);
  const persistText =
    persist === 'granted'
      ? t('save.persistGranted')
      : persist === 'denied'
        ? t('save.persistDenied')
        : t('save.persistUnknown');
  const persistHint =
    persist === 'granted'
      ? t('save.persistGrantedHint')
      : persist === 'denied'
        ? t('save.persistDeniedHint')
        : '';
  const saveText =
    save.status === 'saving'
      ? t('save.saving')
      : save.status === 'error'
        ? t('save.failed')
        : t('save.saved');
  return (
    <>
      {/* Where the top bar is crowded the words hide (not from screen readers): the tooltip
          still has them. */}
      <div
        className="save-status"
        aria-live="polite"
        title={[saveText, persistText, persistHint].filter(Boolean).join(' · ')}
      >
        <span className={`save-dot save-${save.status}`} aria-hidden="true" />
        <span className="save-text">{saveText}</span>
        <span className={`persist persist-${persist}`} title={persistHint} data-persist={persist}>
          {persistText}
        </span>
      </div>
      {save.status === 'error' && !newerVersion && (
        <div className="save-warning" role="alert">
          <strong>{t('save.failed')}</strong> {t('save.failedBody', { reason: save.error ?? '' })}
          <button type="button" className="btn" onClick={() => void session.flush()}>
            {t('save.retry')}
          </button>
        </div>
      )}
    </>
  );
}
