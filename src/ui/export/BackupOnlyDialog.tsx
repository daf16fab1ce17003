import { Dialog } from '../common/Dialog';
import { useLocale } from '../hooks';
import { useBackupAll } from '../recovery/useBackupAll';

/**
 * Export with no map open (none made yet, or none could be read): everything else needs a map,
 * but a backup of every stored map, the unreadable ones' rows included, can still be made.
 */
export function BackupOnlyDialog({ onClose }: { onClose: () => void }) {
  const { t } = useLocale();
  const { backUp, busy } = useBackupAll();
  return (
    <Dialog title={t('exporter.title')} onClose={onClose}>
      <div className="dialog-form" aria-busy={busy}>
        <p>{t('recovery.backupOnly')}</p>
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>
            {t('exporter.cancel')}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={busy}
            onClick={() => void backUp().then(onClose)}
          >
            {t('recovery.backupAll')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
