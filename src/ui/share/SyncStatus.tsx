import { useLocale } from '../hooks';
import { refusalText, useSync } from './useSync';

/**
 * Where a shared map stands, in the top bar: in sync, syncing, offline with the changes waiting,
 * or refused and why, with the people here. Only for a shared map (the Maps menu's Share says
 * "not shared"): one status element on the page at a time besides the messages.
 */
export function SyncStatus() {
  const { t } = useLocale();
  const state = useSync((s) => s.state);
  const waiting = useSync((s) => s.waiting);
  const people = useSync((s) => s.people);
  const reason = useSync((s) => s.reason);
  const dropped = useSync((s) => s.dropped);
  if (state === 'local') return null;
  const parts = [
    t(`share.status.${state}`),
    state === 'refused' ? refusalText(t, reason) : null,
    waiting > 0 && state !== 'online' ? t('share.status.waiting', { count: waiting }) : null,
    people > 0 && state !== 'refused' ? t('share.status.people', { count: people }) : null,
    dropped > 0 ? t('share.status.dropped', { count: dropped }) : null,
  ].filter((p): p is string => p !== null);
  return (
    <div
      className={`sync-status sync-${state}`}
      role="status"
      aria-label={t('share.status.label')}
      data-state={state}
      title={parts.join(' · ')}
    >
      <span className="sync-dot" aria-hidden="true" />
      <span className="sync-text">{parts.join(' · ')}</span>
    </div>
  );
}
