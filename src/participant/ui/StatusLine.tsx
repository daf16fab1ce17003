import type { PageState } from '../session';
import { type T, useT } from '../translate';

function message(state: PageState, t: T): string {
  switch (state.phase) {
    case 'looking':
      return t('participant.status.looking');
    case 'connecting':
      return t('participant.status.connecting');
    case 'online':
      return t('participant.status.online');
    case 'sending':
      return t('participant.status.sending');
    case 'offline':
      return state.waiting > 0
        ? t('participant.status.offlineWaiting', { count: state.waiting })
        : t('participant.status.offline');
    case 'slow':
      return t('participant.status.slow');
    case 'ended':
      return t('participant.status.ended');
    case 'unknown-code':
      return t('participant.status.unknownCode');
    case 'unreachable':
      return t('participant.status.unreachable');
    case 'too-many-tries':
      return t('participant.status.tooManyTries');
    default:
      return '';
  }
}

/** Where the phone stands with the server, in words; the refusal notice stays until reload. */
export function StatusLine({ state }: { state: PageState }) {
  const { t } = useT();
  const bad = ['ended', 'unknown-code', 'unreachable', 'too-many-tries', 'slow'].includes(
    state.phase,
  );
  return (
    <div
      role="status"
      aria-label={t('participant.status.label')}
      data-phase={state.phase}
      data-waiting={state.waiting}
      className={`p-status${bad ? ' p-status-bad' : ''}${state.phase === 'online' ? ' p-status-ok' : ''}`}
    >
      <p>{message(state, t)}</p>
      {state.refused && <p className="p-refused">{t('participant.status.refused')}</p>}
    </div>
  );
}
