import { useEffect, useRef } from 'react';
import { orderedViews } from '../../domain/viewCommands';
import { modeStore } from '../../state/modeStore';
import { type ViewState, viewStore } from '../../state/viewStore';
import { useDoc, useLocale, useMode } from '../hooks';
import { useMapView } from '../map/MapViewContext';
import { applyView } from '../views/viewState';
import './present.css';

type Restore = Pick<ViewState, 'filters' | 'layoutMode' | 'ringsBy' | 'sizeBy' | 'showGaps'>;

const leave = () => modeStore.setState({ presenting: null });

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
  const index = useMode((s) => s.presenting);
  const mapView = useMapView();
  const views = doc ? orderedViews(doc) : [];
  const view = index === null ? undefined : views[index];
  const total = views.length;
  const before = useRef<Restore | null>(null);

  useEffect(() => {
    const { filters, layoutMode, ringsBy, sizeBy, showGaps } = viewStore.getState();
    before.current = { filters, layoutMode, ringsBy, sizeBy, showGaps };
    viewStore.setState({ selection: null, hoverId: null });
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
      if (before.current) viewStore.setState(before.current);
    };
  }, []);

  useEffect(() => {
    if (view) applyView(mapView, view);
  }, [mapView, view]);

  useEffect(() => {
    const step = (delta: number) => {
      const i = modeStore.getState().presenting;
      if (i === null || total === 0) return;
      modeStore.setState({ presenting: Math.max(0, Math.min(total - 1, i + delta)) });
    };
    const onKey = (e: KeyboardEvent) => {
      const action = KEYS.get(e.key);
      if (action === undefined) return;
      e.preventDefault();
      e.stopPropagation();
      if (action === 'exit') leave();
      else if (action === 'first') modeStore.setState({ presenting: 0 });
      else if (action === 'last') modeStore.setState({ presenting: Math.max(0, total - 1) });
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
          onClick={() => modeStore.setState({ presenting: Math.max(0, index - 1) })}
        >
          <span aria-hidden="true">←</span>
        </button>
        <button
          type="button"
          className="present-btn"
          aria-label={t('present.next')}
          disabled={index >= total - 1}
          onClick={() => modeStore.setState({ presenting: Math.min(total - 1, index + 1) })}
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
