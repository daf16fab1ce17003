import { useEffect, useId, useState } from 'react';
import { formatDate } from '../../i18n';
import { LAST_BACKUP_KEY, LAST_EDIT_KEY } from '../../state/session';
import { showToast } from '../../state/uiStore';
import { useLocale, useMode } from '../hooks';
import { useSession } from '../SessionContext';
import { needsBackupReminder } from './backupReminder';

/**
 * A quiet reminder under the side panel, checked once when the app opens: never at the projector
 * (a workshop or a presentation), where it waits until the room is done. "Back up now" downloads
 * the backup of every map; "Not now" hides it until next time.
 */
export function BackupReminder() {
  const { t, locale } = useLocale();
  const session = useSession();
  const id = useId();
  const [last, setLast] = useState<string | null | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const projecting = useMode((s) => s.workshop !== null || s.presenting !== null);

  useEffect(() => {
    let live = true;
    void Promise.all([
      session.setting<string>(LAST_BACKUP_KEY),
      session.setting<string>(LAST_EDIT_KEY),
    ])
      .then(([backup, edit]) => {
        if (live && needsBackupReminder(backup, edit, new Date())) setLast(backup ?? null);
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [session]);

  if (last === undefined || projecting) return null;
  const backUp = async () => {
    setBusy(true);
    try {
      const { downloadBackup } = await import('./dataExport');
      const { file } = await downloadBackup(session);
      showToast({ message: t('backup.done', { file }) });
      setLast(undefined);
    } catch (e) {
      showToast({ message: t('exporter.failed', { reason: (e as Error).message }) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="backup-reminder" aria-labelledby={id}>
      <h2 id={id} className="visually-hidden">
        {t('backup.region')}
      </h2>
      <p>
        {last ? t('backup.old', { date: formatDate(last, locale) }) : t('backup.never')}{' '}
        <span className="muted">{t('backup.why')}</span>
      </p>
      <div className="button-group">
        <button type="button" className="btn btn-primary" disabled={busy} onClick={backUp}>
          {t('backup.now')}
        </button>
        <button type="button" className="btn" onClick={() => setLast(undefined)}>
          {t('backup.later')}
        </button>
      </div>
    </section>
  );
}
