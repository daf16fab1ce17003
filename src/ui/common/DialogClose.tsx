/** The one button of a dialog that only informs or waits: it closes (or cancels) the dialog. */
export function DialogClose(props: { label: string; onClick: () => void; primary?: boolean }) {
  return (
    <div className="dialog-actions">
      <button
        type="button"
        className={props.primary ? 'btn btn-primary' : 'btn'}
        onClick={props.onClick}
      >
        {props.label}
      </button>
    </div>
  );
}
