import { useId, useState } from 'react';
import { normaliseCode } from '../fragment';
import { useT } from '../translate';

/** The "Workshop code" field, for a phone that came without a link (or with a wrong one). */
export function JoinForm({ onJoin }: { onJoin: (code: string) => void }) {
  const { t } = useT();
  const [text, setText] = useState('');
  const [bad, setBad] = useState(false);
  const hint = useId();
  const error = useId();
  return (
    <form
      className="p-card"
      onSubmit={(e) => {
        e.preventDefault();
        const code = normaliseCode(text);
        setBad(code === null);
        if (code) onJoin(code);
      }}
    >
      <label className="p-label">
        {t('participant.code')}
        <input
          className="p-input p-code"
          value={text}
          onChange={(e) => setText(e.target.value)}
          autoCapitalize="characters"
          autoComplete="off"
          autoCorrect="off"
          spellCheck={false}
          maxLength={16}
          aria-invalid={bad}
          aria-describedby={bad ? `${hint} ${error}` : hint}
        />
      </label>
      <p id={hint} className="p-hint">
        {t('participant.codeHint')}
      </p>
      {bad && (
        <p id={error} className="p-error" role="alert">
          {t('participant.badCode')}
        </p>
      )}
      <button type="submit" className="p-button">
        {t('participant.join')}
      </button>
    </form>
  );
}
