import { useId, useRef, useState } from 'react';
import { NAME_MAX, NICKNAME_MAX } from '../entries';
import type { PageState, Session } from '../session';
import { useT } from '../translate';

/** The nickname and the name box ("Add actor"), with what the last entry did. */
export function AddPanel({
  session,
  state,
  disabled,
}: {
  session: Session;
  state: PageState;
  disabled: boolean;
}) {
  const { t } = useT();
  const [text, setText] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const hint = useId();
  const notice = state.notice;
  return (
    <section className="p-card">
      <label className="p-label">
        {t('participant.nickname')}
        <input
          className="p-input"
          value={state.nickname}
          maxLength={NICKNAME_MAX}
          autoComplete="nickname"
          disabled={disabled}
          onChange={(e) => session.setNickname(e.target.value)}
        />
      </label>
      <form
        className="p-add"
        onSubmit={(e) => {
          e.preventDefault();
          const typed = text;
          void session.add(typed).then((done) => {
            if (done) setText((now) => (now === typed ? '' : now));
            // Ready for the next name, with the keyboard still up after a tap on "Add".
            input.current?.focus();
          });
        }}
      >
        <label className="p-label">
          {t('participant.addActor')}
          <input
            ref={input}
            className="p-input"
            value={text}
            onChange={(e) => setText(e.target.value)}
            maxLength={NAME_MAX * 2 + 20}
            autoComplete="off"
            enterKeyHint="send"
            disabled={disabled}
            aria-describedby={hint}
          />
        </label>
        <p id={hint} className="p-hint">
          {t('participant.addHint')}
        </p>
        <button type="submit" className="p-button" disabled={disabled}>
          {t('participant.add')}
        </button>
      </form>
      <p className={`p-notice${notice?.tone === 'problem' ? ' p-error' : ''}`} aria-live="polite">
        {notice ? t(notice.key, notice.values) : ''}
      </p>
    </section>
  );
}
