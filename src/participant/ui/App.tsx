import { useEffect, useSyncExternalStore } from 'react';
import type { Session } from '../session';
import { useT } from '../translate';
import { AddedList } from './AddedList';
import { AddPanel } from './AddPanel';
import { JoinForm } from './JoinForm';
import { LanguageSwitch } from './LanguageSwitch';
import { StatusLine } from './StatusLine';

export function App({ session, server }: { session: Session; server: string }) {
  const { t } = useT();
  useEffect(() => {
    document.title = t('participant.title');
  });
  const state = useSyncExternalStore(session.store.subscribe, session.store.get);
  const asking = state.phase === 'ask' || state.phase === 'unknown-code';
  const ended = state.phase === 'ended';
  const stuck = state.phase === 'unreachable' || state.phase === 'too-many-tries';
  return (
    <main className="p-page">
      <header className="p-header">
        <h1>{t('participant.heading')}</h1>
        <LanguageSwitch />
      </header>
      {state.phase !== 'ask' && <StatusLine state={state} />}
      {asking && <JoinForm onJoin={(code) => void session.join(code, server)} />}
      {stuck && state.code && (
        <div className="p-row">
          <button
            type="button"
            className="p-button"
            onClick={() => void session.join(state.code ?? '', server)}
          >
            {t('participant.retry')}
          </button>
          <button type="button" className="p-button p-quiet" onClick={() => session.leave()}>
            {t('participant.leave')}
          </button>
        </div>
      )}
      {!asking && !stuck && state.phase !== 'looking' && (
        <>
          {state.mapName && (
            <p className="p-map">{t('participant.mapName', { name: state.mapName })}</p>
          )}
          <AddPanel session={session} state={state} disabled={ended} />
          <AddedList session={session} state={state} disabled={ended} />
          {ended && (
            <button type="button" className="p-button p-quiet" onClick={() => session.leave()}>
              {t('participant.leave')}
            </button>
          )}
        </>
      )}
    </main>
  );
}
