import { useCallback, useState } from 'react';
import { showToast } from '../../state/uiStore';
import { useLocale } from '../hooks';
import { useSession } from '../SessionContext';

/**
 * "Back up everything": every stored map, also with no map open, after a failure, or when a map
 * cannot be read (its stored rows go in as they are). The writers load only when it is used.
 */
export function useBackupAll(): { backUp: () => Promise<void>; busy: boolean } {
  const { t } = useLocale();
  const session = useSession();
  const [busy, setBusy] = useState(false);
  const backUp = useCallback(async () => {
    setBusy(true);
    try {
      const { downloadBackup } = await import('../import/dataExport');
      const { file, unreadable } = await downloadBackup(session);
      const missing = unreadable.length
        ? ` ${t('data.unreadable', { names: unreadable.join(', ') })}`
        : '';
      showToast({ message: `${t('backup.done', { file })}${missing}` });
    } catch (e) {
      showToast({
        message: t('recovery.backupFailed', { reason: e instanceof Error ? e.message : String(e) }),
      });
    } finally {
      setBusy(false);
    }
  }, [session, t]);
  return { backUp, busy };
}
