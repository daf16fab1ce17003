import { useEffect, useRef, useState } from 'react';
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
        title={[saveText, persistText, persistHint].filter(Boolean).join(' · ')}
      >
        <span className={`save-dot save-${save.status}`} aria-hidden="true" />
        <span className="save-text">{saveText}</span>
        <span className={`persist persist-${persist}`} title={persistHint} data-persist={persist}>
          {persistText}
        </span>
      </div>
      <SavedAnnouncement status={save.status} text={t('access.saved')} />
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

/** How long a save must have stood before it is announced: a burst of saves is said once. */
const SETTLE_MS = 800;

/**
 * Says "Saved" once per save to screen readers (WCAG 4.1.3), not every state on the way
 * (idle, saving, saved); a failure is said by the alert above instead.
 */
function SavedAnnouncement({ status, text }: { status: string; text: string }) {
  const [said, setSaid] = useState('');
  const sawSaving = useRef(false);
  useEffect(() => {
    if (status === 'saving') {
      sawSaving.current = true;
      setSaid('');
      return;
    }
    if (status !== 'saved' || !sawSaving.current) return;
    const timer = setTimeout(() => {
      sawSaving.current = false;
      setSaid(text);
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [status, text]);
  return (
    <span className="visually-hidden save-announcement" aria-live="polite">
      {said}
    </span>
  );
}
