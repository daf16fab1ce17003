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
  const { candidates, value, onChange, disabled } = props;
  return (
    <label className="field">
      <span>{t('importer.focal')}</span>
      {candidates.length > FOCAL_OPTIONS_MAX ? (
        <FocalSearch {...props} />
      ) : (
        <select value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t('importer.focalNone')}</option>
          {candidates.map((a) => (
            <option key={a.key} value={a.key}>
              {a.name}
            </option>
          ))}
        </select>
      )}
      <span className="muted small">{t('importer.focalHint')}</span>
    </label>
  );
}

/** A name typed, with at most a dozen matching names offered; an exact name chooses. */
function FocalSearch({ candidates, value, onChange, disabled }: Props) {
  const t = usePlainT();
  const listId = useId();
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
        type="text"
        list={listId}
        value={text}
        disabled={disabled}
        autoComplete="off"
        onChange={(e) => type(e.target.value)}
      />
      <datalist id={listId}>
        {offered.map((r) => (
          <option key={r.id} value={r.name} />
        ))}
      </datalist>
      <span className="muted small" aria-live="polite">
        {chosen ? t('importer.focalChosen', { name: chosen.name }) : t('importer.focalSearch')}
      </span>
    </>
  );
}
