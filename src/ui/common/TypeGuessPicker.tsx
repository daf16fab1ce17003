import { useId } from 'react';

interface Option {
  value: string;
  label: string;
  group: string;
}

/** Shows the guessed type of the actor just added; one choice changes it. */
export function TypeGuessPicker(props: {
  label: string;
  value: string;
  options: Option[];
  otherLabel: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  const groups = [...new Set(props.options.map((o) => o.group))];
  return (
    <div className="type-guess">
      {/* Cut with an ellipsis when long; the whole text is the select's name and the tooltip. */}
      <label htmlFor={id} title={props.label}>
        {props.label}
      </label>
      <select id={id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="custom/custom">{props.otherLabel}</option>
        {groups.map((g) => (
          <optgroup key={g} label={g}>
            {props.options
              .filter((o) => o.group === g)
              .map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
