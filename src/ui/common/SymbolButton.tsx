/** A button that shows only a symbol: its label is both its accessible name and its tooltip. */
export function SymbolButton(props: {
  symbol: string;
  label: string;
  className: string;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      className={props.className}
      aria-label={props.label}
      title={props.label}
      onClick={props.onClick}
    >
      {props.symbol}
    </button>
  );
}
