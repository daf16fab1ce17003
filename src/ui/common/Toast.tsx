import { useCallback, useEffect, useRef, useState } from 'react';
import { documentStore } from '../../state/documentStore';
import { projecting as onProjector } from '../../state/modeStore';
import { type Toast as ToastItem, undoMark } from '../../state/uiStore';
import { useLocale, useMode, useUi } from '../hooks';

const TOAST_MS = 6000;
/** At most this many show at once; newer ones wait their turn. */
const VISIBLE = 3;

/**
 * The app's passing messages (docs/accessibility.md): they queue, a message waits while the
 * pointer or the focus is on the messages, and an Undo message stays until it is used, dismissed
 * or made stale by a newer action (its button would undo that instead). They sit in their own
 * row of the layout under the side panel, so they never cover a control. Never at the projector:
 * in a workshop or a presentation they are dropped.
 */
export function Toast() {
  const { t } = useLocale();
  const newest = useUi((s) => s.toast);
  const projecting = useMode(onProjector);
  const [list, setList] = useState<ToastItem[]>([]);
  const [paused, setPaused] = useState({ hover: false, focus: false });
  const region = useRef<HTMLDivElement>(null);
  // Where the focus came from into a message: it goes back there when that message goes.
  const cameFrom = useRef<HTMLElement | null>(null);

  const seen = useRef(0);
  useEffect(() => {
    if (!newest || newest.id <= seen.current) return;
    seen.current = newest.id;
    if (projecting) return;
    // A newer Undo replaces the older one: only the newest action can be undone from here.
    setList((l) => [...(newest.undo ? l.filter((x) => !x.undo) : l), newest]);
  }, [newest, projecting]);
  useEffect(() => {
    if (projecting) setList([]);
  }, [projecting]);
  useEffect(
    () =>
      documentStore.temporal.subscribe(() => {
        const mark = undoMark();
        setList((l) => {
          const next = l.filter((x) => !x.undo || x.mark === mark);
          return next.length === l.length ? l : next;
        });
      }),
    [],
  );

  const remove = useCallback((id: number) => {
    const hadFocus = region.current?.contains(document.activeElement) ?? false;
    setList((l) => l.filter((x) => x.id !== id));
    if (hadFocus) {
      requestAnimationFrame(() => {
        const back = cameFrom.current;
        if (document.activeElement === document.body && back?.isConnected) back.focus();
      });
    }
  }, []);

  const shown = list.slice(0, VISIBLE);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: hover and focus only pause the timers
    <div
      ref={region}
      className="toast-region"
      aria-live="polite"
      onMouseEnter={() => setPaused((p) => ({ ...p, hover: true }))}
      onMouseLeave={() => setPaused((p) => ({ ...p, hover: false }))}
      onFocus={(e) => {
        const from = e.relatedTarget;
        if (from instanceof HTMLElement && !region.current?.contains(from)) cameFrom.current = from;
        setPaused((p) => ({ ...p, focus: true }));
      }}
      onBlur={(e) => {
        if (!region.current?.contains(e.relatedTarget as Node | null)) {
          setPaused((p) => ({ ...p, focus: false }));
        }
      }}
    >
      {shown.length > 0 && (
        <div role="status" className="toast-list">
          {shown.map((toast) => (
            <ToastView
              key={toast.id}
              toast={toast}
              paused={paused.hover || paused.focus}
              onDone={remove}
              undoLabel={toast.undoLabel ?? t('toast.undo')}
              dismissLabel={t('toast.dismiss')}
            />
          ))}
        </div>
      )}
    </div>
  );
}

function ToastView(props: {
  toast: ToastItem;
  paused: boolean;
  onDone: (id: number) => void;
  undoLabel: string;
  dismissLabel: string;
}) {
  const { toast, paused, onDone } = props;
  const left = useRef(TOAST_MS);
  useEffect(() => {
    if (toast.undo || paused) return;
    const started = Date.now();
    const timer = setTimeout(() => onDone(toast.id), left.current);
    return () => {
      clearTimeout(timer);
      left.current -= Date.now() - started;
    };
  }, [toast, paused, onDone]);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape inside a message closes it
    <div
      className="toast"
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        onDone(toast.id);
      }}
    >
      <span className="toast-message">{toast.message}</span>
      {toast.undo && (
        <button
          type="button"
          className="btn"
          onClick={() => {
            toast.undo?.();
            onDone(toast.id);
          }}
        >
          {props.undoLabel}
        </button>
      )}
      <button
        type="button"
        className="btn-quiet"
        aria-label={props.dismissLabel}
        onClick={() => onDone(toast.id)}
      >
        ×
      </button>
    </div>
  );
}
