import { useId, useState } from 'react';
import { useDoc, useLocale, useUi } from '../hooks';
import { useSession } from '../SessionContext';
import { useBackupAll } from './useBackupAll';
import './recovery.css';

/**
 * Shown by an error boundary in place of what failed: open another map, back up everything,
 * and the error text to copy and send. Kept simple, so it cannot fail the same way.
 */
export function RecoveryScreen(props: { details: string; retry: () => void }) {
  const { t } = useLocale();
  const session = useSession();
  const doc = useDoc();
  const maps = useUi((s) => s.maps).filter((m) => m.id !== doc?.map.id);
  const { backUp, busy } = useBackupAll();
  const [copied, setCopied] = useState<string | null>(null);
  const headingId = useId();
  const errorId = useId();

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.details);
      setCopied(t('recovery.crashed.copied'));
    } catch {
      setCopied(t('recovery.crashed.copyFailed'));
    }
  };

  return (
    <section className="recovery-screen" role="alert" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('recovery.crashed.title')}</h2>
      <p>{t('recovery.crashed.body')}</p>
      <div className="recovery-actions">
        <button
          type="button"
          className="btn btn-primary"
          disabled={busy}
          onClick={() => void backUp()}
        >
          {t('recovery.backupAll')}
        </button>
        <button type="button" className="btn" onClick={props.retry}>
          {t('recovery.crashed.retry')}
        </button>
        <button type="button" className="btn" onClick={() => window.location.reload()}>
          {t('recovery.crashed.reload')}
        </button>
      </div>
      {maps.length > 0 && (
        <nav aria-label={t('recovery.crashed.openOther')}>
          <h3>{t('recovery.crashed.openOther')}</h3>
          <ul className="recovery-maps">
            {maps.map((m) => (
              <li key={m.id}>
                <button type="button" className="btn" onClick={() => void session.openMap(m.id)}>
                  {t('recovery.crashed.open', { name: m.name })}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <label htmlFor={errorId}>{t('recovery.crashed.errorText')}</label>
      <textarea id={errorId} className="recovery-error" readOnly value={props.details} rows={8} />
      <div className="recovery-actions">
        <button type="button" className="btn" onClick={() => void copy()}>
          {t('recovery.crashed.copy')}
        </button>
        <span role="status">{copied}</span>
      </div>
    </section>
  );
}
