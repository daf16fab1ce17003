import { useStore } from 'zustand';
import type { MessageKey } from '../../i18n';
import { appStatus, dismissNotice, type StorageNotice } from '../../state/appStatus';
import { SymbolButton } from '../common/SymbolButton';
import { useLocale } from '../hooks';
import { useSession } from '../SessionContext';
import { useBackupAll } from './useBackupAll';
import './recovery.css';

/**
 * What opening the maps found: repairs, a map that cannot be read, a map skipped because it
 * stopped the app. In the workspace, over the map's top edge: never over the top bar, so the
 * maps list and Export stay in reach.
 */
export function Notices() {
  const { t } = useLocale();
  const notices = useStore(appStatus, (s) => s.notices);
  const session = useSession();
  const { backUp, busy } = useBackupAll();
  if (notices.length === 0) return null;

  const text = (n: StorageNotice): string => {
    if (n.kind === 'repaired') return t('recovery.repaired', { count: n.count, name: n.name });
    if (n.kind === 'skipped') return t('recovery.skipped', { name: n.name });
    if (n.kind === 'start-failed') return t('recovery.startFailed', { reason: n.reason });
    const reason = t(`restore.${n.error.code}` as MessageKey, { path: n.error.path });
    return t('recovery.unreadable', { name: n.name, reason });
  };

  return (
    <section className="storage-notices" aria-label={t('recovery.notices')}>
      {notices.map((n) => (
        <div
          key={`${n.kind}:${n.mapId}`}
          className={`storage-notice notice-${n.kind}`}
          role={n.kind === 'repaired' ? 'status' : 'alert'}
        >
          <p>{text(n)}</p>
          <div className="storage-notice-actions">
            {n.kind === 'skipped' && (
              <button type="button" className="btn" onClick={() => void session.openMap(n.mapId)}>
                {t('recovery.openAnyway', { name: n.name })}
              </button>
            )}
            {n.kind !== 'repaired' && (
              <button type="button" className="btn" disabled={busy} onClick={() => void backUp()}>
                {t('recovery.backupAll')}
              </button>
            )}
            <SymbolButton
              symbol="×"
              label={t('recovery.dismiss')}
              className="btn btn-quiet"
              onClick={() => dismissNotice(n)}
            />
          </div>
        </div>
      ))}
    </section>
  );
}
