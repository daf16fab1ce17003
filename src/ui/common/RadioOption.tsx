import type { ReactNode } from 'react';

/** One choice of a radio group, its words in the label. */
export function RadioOption(props: {
  name: string;
  checked: boolean;
  onSelect: () => void;
  children: ReactNode;
}) {
  return (
    <label className="check">
      <input type="radio" name={props.name} checked={props.checked} onChange={props.onSelect} />
      {props.children}
    </label>
  );
}
