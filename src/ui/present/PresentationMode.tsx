import { useEffect, useRef } from 'react';
import { orderedViews } from '../../domain/viewCommands';
import { type UiState, uiStore } from '../../state/uiStore';
import { useDoc, useLocale, useUi } from '../hooks';
import { applyView } from '../views/viewState';
import './present.css';

type Restore = Pick<UiState, 'filters' | 'layoutMode' | 'ringsBy' | 'sizeBy' | 'showGaps'>;

const leave = () => uiStore.setState({ presenting: null });

/** Keys a presenter (or a clicker, which sends PageUp/PageDown) uses: a step, or a jump. */
const KEYS = new Map<string, number | 'first' | 'last' | 'exit'>([
  ['ArrowRight', 1],
  ['ArrowDown', 1],
  ['PageDown', 1],
  [' ', 1],
  ['ArrowLeft', -1],
  ['ArrowUp', -1],
  ['PageUp', -1],
  ['Home', 'first'],
  ['End', 'last'],
  ['Escape', 'exit'],
]);

/** Full screen, one saved view at a time: arrow keys step, Esc leaves. No editing on the way. */
export function PresentationMode() {
  const { t } = useLocale();
  const doc = useDoc();
  const index = useUi((s) => s.presenting);
  const views = doc ? orderedViews(doc) : [];
  const view = index === null ? undefined : views[index];
  const total = views.length;
  const before = useRef<Restore | null>(null);

  useEffect(() => {
    const { filters, layoutMode, ringsBy, sizeBy, showGaps } = uiStore.getState();
    before.current = { filters, layoutMode, ringsBy, sizeBy, showGaps };
    uiStore.setState({ selection: null, hoverId: null });
    document.documentElement.requestFullscreen?.().catch(() => {
      // Refused (no user gesture, kiosk, headless): the app still fills the window.
    });
    const onFullscreen = () => {
      if (!document.fullscreenElement) leave();
    };
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      document.removeEventListener('fullscreenchange', onFullscreen);
      if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => {});
      // Back to the map as it was before the show.
      if (before.current) uiStore.setState({ ...before.current, cameraRequest: null });
    };
  }, []);

  useEffect(() => {
    if (view) applyView(view);
  }, [view]);

  useEffect(() => {
    const step = (delta: number) => {
      const i = uiStore.getState().presenting;
      if (i === null || total === 0) return;
      uiStore.setState({ presenting: Math.max(0, Math.min(total - 1, i + delta)) });
    };
    const onKey = (e: KeyboardEvent) => {
      const action = KEYS.get(e.key);
      if (action === undefined) return;
      e.preventDefault();
      e.stopPropagation();
      if (action === 'exit') leave();
      else if (action === 'first') uiStore.setState({ presenting: 0 });
      else if (action === 'last') uiStore.setState({ presenting: Math.max(0, total - 1) });
      else step(action);
    };
    // Capture: ahead of the app's own shortcuts, so nothing edits the map during a show.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [total]);

  if (index === null) return null;
  return (
    <section className="present-bar" aria-label={t('present.label')}>
      <p className="present-title" aria-live="polite">
        <span className="present-name">{view?.name ?? ''}</span>
        <span className="present-progress">
          {t('present.progress', { n: Math.min(index + 1, total), total })}
        </span>
      </p>
      <div className="present-buttons">
        <button
          type="button"
          className="present-btn"
          aria-label={t('present.previous')}
          disabled={index <= 0}
          onClick={() => uiStore.setState({ presenting: Math.max(0, index - 1) })}
        >
          <span aria-hidden="true">←</span>
        </button>
        <button
          type="button"
          className="present-btn"
          aria-label={t('present.next')}
          disabled={index >= total - 1}
          onClick={() => uiStore.setState({ presenting: Math.min(total - 1, index + 1) })}
        >
          <span aria-hidden="true">→</span>
        </button>
        <button
          type="button"
          className="present-btn"
          aria-label={t('present.exit')}
          onClick={leave}
        >
          <span aria-hidden="true">✕</span>
        </button>
      </div>
      <p className="present-hint">{t('present.hint')}</p>
    </section>
  );
}
