import { useId, useMemo, useState } from 'react';
import { normalizeName } from '../../domain/names';
import { nameSuggestions } from '../common/nameSuggestions';
import { usePlainT } from '../hooks';

/**
 * Past this many actors the culture school is found by typing, not in a list: a select of a
 * 20,000-actor file's names held 20,000 options, and opening and closing the preview laid them
 * out in one task of 0.6 s (docs/big-maps.md).
 */
export const FOCAL_OPTIONS_MAX = 200;

interface Candidate {
  key: string;
  name: string;
}

interface Props {
  candidates: readonly Candidate[];
  /** The chosen candidate's key; '' for none. */
  value: string;
  onChange: (key: string) => void;
  disabled: boolean;
}

/** "Which actor is the culture school?" for an imported file that does not say. */
export function FocalField(props: Props) {
  const t = usePlainT();
  const id = useId();
  const hint = `${id}-hint`;
  const { candidates, value, onChange, disabled } = props;
  return (
    <div className="field">
      <label htmlFor={id}>{t('importer.focal')}</label>
      {candidates.length > FOCAL_OPTIONS_MAX ? (
        <FocalSearch {...props} id={id} hint={hint} />
      ) : (
        <select
          id={id}
          aria-describedby={hint}
          value={value}
          disabled={disabled}
          onChange={(e) => onChange(e.target.value)}
        >
          <option value="">{t('importer.focalNone')}</option>
          {candidates.map((a) => (
            <option key={a.key} value={a.key}>
              {a.name}
            </option>
          ))}
        </select>
      )}
      <span id={hint} className="muted small">
        {t('importer.focalHint')}
      </span>
    </div>
  );
}

/** A name typed, with at most a dozen matching names offered; an exact name chooses. */
function FocalSearch(props: Props & { id: string; hint: string }) {
  const { candidates, value, onChange, disabled, id, hint } = props;
  const t = usePlainT();
  const listId = `${id}-names`;
  const status = `${id}-status`;
  const [text, setText] = useState(() => candidates.find((c) => c.key === value)?.name ?? '');
  const records = useMemo(() => candidates.map((c) => ({ id: c.key, name: c.name })), [candidates]);
  const offered = useMemo(() => nameSuggestions(records, text), [records, text]);
  const chosen = candidates.find((c) => c.key === value);
  const type = (typed: string) => {
    setText(typed);
    const wanted = normalizeName(typed);
    const hit = wanted ? records.find((r) => normalizeName(r.name) === wanted) : undefined;
    onChange(hit?.id ?? '');
  };
  return (
    <>
      <input
        id={id}
        type="text"
        list={listId}
        value={text}
        disabled={disabled}
        autoComplete="off"
        aria-describedby={`${status} ${hint}`}
        onChange={(e) => type(e.target.value)}
      />
      <datalist id={listId}>
        {offered.map((r) => (
          <option key={r.id} value={r.name} />
        ))}
      </datalist>
      <span id={status} className="muted small" aria-live="polite">
        {chosen ? t('importer.focalChosen', { name: chosen.name }) : t('importer.focalSearch')}
      </span>
    </>
  );
}
