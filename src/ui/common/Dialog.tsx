import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { linkOpener, rememberOpener, returnFocus } from './focusReturn';

/**
 * A modal built on <dialog>: focus is trapped and Esc closes it, as the platform does. Whatever
 * closes it, focus goes back to the control that opened it.
 */
export function Dialog(props: {
  title: string;
  role?: 'dialog' | 'alertdialog';
  onClose: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // Read while rendering, before the dialog takes the focus.
  const opener = useRef<HTMLElement[] | null>(null);
  opener.current ??= rememberOpener();
  useEffect(() => {
    const dialog = ref.current;
    const chain = opener.current ?? [];
    if (dialog) linkOpener(dialog, chain);
    if (dialog && !dialog.open) dialog.showModal?.();
    return () => {
      dialog?.close?.();
      returnFocus(chain, dialog);
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog"
      role={props.role}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        props.onClose();
      }}
    >
      <h2 id={titleId}>{props.title}</h2>
      {props.children}
    </dialog>
  );
}

export function NameDialog(props: {
  title: string;
  label: string;
  initial: string;
  confirm: string;
  cancel: string;
  onConfirm: (name: string) => void;
  onClose: () => void;
}) {
  const [name, setName] = useState(props.initial);
  const id = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return;
    props.onConfirm(name.trim());
    props.onClose();
  };
  return (
    <Dialog title={props.title} onClose={props.onClose}>
      <form onSubmit={submit} className="dialog-form">
        <label htmlFor={id}>{props.label}</label>
        <input
          id={id}
          value={name}
          maxLength={300}
          onChange={(e) => setName(e.target.value)}
          autoFocus
          onFocus={(e) => e.target.select()}
        />
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={props.onClose}>
            {props.cancel}
          </button>
          <button type="submit" className="btn btn-primary" disabled={!name.trim()}>
            {props.confirm}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

export function ConfirmDialog(props: {
  title: string;
  body: string;
  confirm: string;
  cancel: string;
  onConfirm: () => void;
  onClose: () => void;
}) {
  return (
    <Dialog title={props.title} role="alertdialog" onClose={props.onClose}>
      <p>{props.body}</p>
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={props.onClose}>
          {props.cancel}
        </button>
        <button
          type="button"
          className="btn btn-danger"
          onClick={() => {
            props.onConfirm();
            props.onClose();
          }}
        >
          {props.confirm}
        </button>
      </div>
    </Dialog>
  );
}
