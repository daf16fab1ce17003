/**
 * Labelled form controls for the inspector and the lists. Text controls keep a local draft and
 * commit once, on blur or Enter, so one finished change is one undo step (never one per key).
 * Selects and checkboxes commit on change: each choice is already one finished change.
 */

import {
  type ChangeEvent,
  type KeyboardEvent,
  type ReactNode,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { LIMITS } from '../../domain/limits';
import { useSync } from '../share/useSync';

type TextInputType = 'text' | 'email' | 'tel' | 'date' | 'url';

/**
 * A draft over a stored value. While the user types, the draft is shown; otherwise the stored
 * value is, so undo and edits elsewhere show up at once. A draft still pending when the control
 * unmounts (the selection changed by keyboard, say) is committed then, so no typing is lost.
 */
export function useDraft(value: string, onCommit: (value: string) => void) {
  const [draft, setDraft] = useState<string | null>(null);
  const pending = useRef<(() => void) | null>(null);
  pending.current = draft !== null && draft !== value ? () => onCommit(draft) : null;

  useEffect(
    () => () => {
      pending.current?.();
      pending.current = null;
    },
    [],
  );

  const commit = () => {
    const run = pending.current;
    pending.current = null;
    setDraft(null);
    run?.();
  };
  return {
    value: draft ?? value,
    onChange: (next: string) => setDraft(next),
    commit,
    revert: () => {
      pending.current = null;
      setDraft(null);
    },
  };
}

/** A text control's value and events over a draft; Enter commits where `enterCommits`. */
function bindDraft(draft: ReturnType<typeof useDraft>, enterCommits: boolean) {
  return {
    value: draft.value,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      draft.onChange(e.target.value),
    onBlur: draft.commit,
    onKeyDown: (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      if (event.key === 'Enter' && (enterCommits || event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        draft.commit();
      } else if (event.key === 'Escape') {
        draft.revert();
      }
    },
  };
}

interface FieldProps {
  label: string;
  hint?: string;
  className?: string;
}

function Hint({ id, hint }: { id: string; hint: string | undefined }) {
  return hint ? (
    <p id={id} className="muted">
      {hint}
    </p>
  ) : null;
}

/** The attributes that tie a control to its label and hint. */
export interface ControlIds {
  id: string;
  'aria-describedby': string | undefined;
}

/** A visible label, the control it names and an optional hint the control is described by. */
export function Labelled(props: FieldProps & { children: (ids: ControlIds) => ReactNode }) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className={props.className ?? 'field'}>
      <label htmlFor={id}>{props.label}</label>
      {props.children({ id, 'aria-describedby': props.hint ? hintId : undefined })}
      <Hint id={hintId} hint={props.hint} />
    </div>
  );
}

type DraftFieldProps = FieldProps & {
  value: string;
  onCommit: (value: string) => void;
  maxLength?: number;
};

/** A labelled text control over a draft: `children` renders it with everything spread on. */
function DraftField(
  props: DraftFieldProps & {
    enterCommits: boolean;
    children: (bound: ControlIds & ReturnType<typeof bindDraft>) => ReactNode;
  },
) {
  const draft = useDraft(props.value, props.onCommit);
  return (
    <Labelled {...props}>
      {(ids) => props.children({ ...ids, ...bindDraft(draft, props.enterCommits) })}
    </Labelled>
  );
}

export function TextField(
  props: DraftFieldProps & {
    type?: TextInputType;
    list?: string;
    required?: boolean;
    autoComplete?: string;
  },
) {
  const type = props.type ?? 'text';
  return (
    <DraftField {...props} enterCommits>
      {(bound) => (
        <input
          {...bound}
          type={type}
          list={props.list}
          maxLength={type === 'date' ? undefined : (props.maxLength ?? LIMITS.shortText)}
          required={props.required}
          autoComplete={props.autoComplete ?? 'off'}
        />
      )}
    </DraftField>
  );
}

/** Multi-line text: Enter makes a new line; blur or Ctrl+Enter commits. */
export function TextArea(props: DraftFieldProps & { rows?: number }) {
  const maxLength = props.maxLength ?? LIMITS.longText;
  return (
    <DraftField {...props} enterCommits={false}>
      {(bound) => <textarea {...bound} rows={props.rows ?? 3} maxLength={maxLength} />}
    </DraftField>
  );
}

/** A text input without a visible label, for table cells: the column header is its caption. */
export function InlineText(props: {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  maxLength?: number;
}) {
  const draft = useDraft(props.value, props.onCommit);
  const viewOnly = useSync((s) => s.role === 'view');
  return (
    <input
      type="text"
      readOnly={viewOnly}
      aria-label={props.label}
      maxLength={props.maxLength ?? LIMITS.shortText}
      autoComplete="off"
      {...bindDraft(draft, true)}
    />
  );
}

export interface Option {
  value: string;
  label: string;
  disabled?: boolean;
}

export function SelectField(
  props: FieldProps & {
    value: string;
    options: readonly Option[];
    onChange: (value: string) => void;
    /** Without a visible label (table cells): the label becomes the accessible name only. */
    inline?: boolean;
  },
) {
  const viewOnly = useSync((s) => s.role === 'view');
  const select = (ids?: ControlIds) => (
    <select
      {...ids}
      disabled={viewOnly}
      value={props.value}
      aria-label={props.inline ? props.label : undefined}
      onChange={(e) => {
        if (e.target.value !== props.value) props.onChange(e.target.value);
      }}
    >
      {props.options.map((o) => (
        <option key={o.value} value={o.value} disabled={o.disabled}>
          {o.label}
        </option>
      ))}
    </select>
  );
  if (props.inline) return select();
  return <Labelled {...props}>{select}</Labelled>;
}

/** A number from min to max, or "not set" (null). */
export function NumberSelect(
  props: FieldProps & {
    value: number | null;
    min: number;
    max: number;
    notSetLabel: string;
    onChange: (value: number | null) => void;
  },
) {
  const options: Option[] = [{ value: '', label: props.notSetLabel }];
  for (let n = props.min; n <= props.max; n++) options.push({ value: String(n), label: String(n) });
  return (
    <SelectField
      label={props.label}
      hint={props.hint}
      className={props.className}
      value={props.value === null ? '' : String(props.value)}
      options={options}
      onChange={(v) => props.onChange(v === '' ? null : Number(v))}
    />
  );
}

export function CheckboxField(
  props: FieldProps & {
    checked: boolean;
    disabled?: boolean;
    onChange: (checked: boolean) => void;
  },
) {
  const id = useId();
  // The box sits right before its words, the same size as every other checkbox here.
  return (
    <div className={props.className ?? 'field check-field'}>
      <div className="check-row">
        <input
          id={id}
          type="checkbox"
          checked={props.checked}
          disabled={props.disabled}
          aria-describedby={props.hint ? `${id}-hint` : undefined}
          onChange={(e) => props.onChange(e.target.checked)}
        />
        <label htmlFor={id}>{props.label}</label>
      </div>
      <Hint id={`${id}-hint`} hint={props.hint} />
    </div>
  );
}

/** A group of checkboxes; each tick commits the whole new list, in the options' order. */
export function CheckboxList(
  props: FieldProps & {
    values: readonly string[];
    options: readonly Option[];
    onChange: (values: string[]) => void;
  },
) {
  const chosen = new Set(props.values);
  const toggle = (value: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(value);
    else next.delete(value);
    const known = props.options.map((o) => o.value).filter((v) => next.has(v));
    const unknown = props.values.filter((v) => next.has(v) && !known.includes(v));
    props.onChange([...known, ...unknown]);
  };
  return (
    <fieldset className={props.className ?? 'field'}>
      <legend>{props.label}</legend>
      {props.options.map((o) => (
        <label key={o.value} className="check-row">
          <input
            type="checkbox"
            checked={chosen.has(o.value)}
            disabled={o.disabled}
            onChange={(e) => toggle(o.value, e.target.checked)}
          />
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** A titled group of fields. */
export function FieldGroup(props: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="field">
      <legend>{props.legend}</legend>
      {props.children}
    </fieldset>
  );
}
