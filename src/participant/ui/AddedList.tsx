import type { PageState, Session } from '../session';
import { useT } from '../translate';

/** "What I added": this phone's entries, each sent or waiting, each to take back. */
export function AddedList({
  session,
  state,
  disabled,
}: {
  session: Session;
  state: PageState;
  disabled: boolean;
}) {
  const { t } = useT();
  const title = t('participant.added');
  return (
    <section className="p-card">
      <h2>{title}</h2>
      {state.entries.length === 0 && <p className="p-hint">{t('participant.nothingYet')}</p>}
      <ul className="p-list" aria-label={title}>
        {state.entries.map((entry) => (
          <li
            key={entry.id}
            className="p-entry"
            data-kind={entry.kind}
            data-state={entry.waiting ? 'waiting' : 'sent'}
          >
            <span className="p-entry-name">{entry.label}</span>
            <span className={`p-badge${entry.waiting ? ' p-badge-waiting' : ''}`}>
              {entry.waiting ? t('participant.waiting') : t('participant.sent')}
            </span>
            <button
              type="button"
              className="p-button p-quiet"
              aria-label={t('participant.takeBackName', { name: entry.label })}
              disabled={disabled}
              onClick={() => void session.takeBack(entry)}
            >
              {t('participant.takeBack')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
