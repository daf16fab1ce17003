import { useEffect } from 'react';
import { projecting as onProjector } from '../../state/modeStore';
import { uiStore } from '../../state/uiStore';
import { useLocale, useMode, useUi } from '../hooks';

const TOAST_MS = 6000;

/**
 * One message at a time at the bottom of the screen. Never at the projector: in a workshop or a
 * presentation a message is dropped, so it does not cover the map or turn up afterwards.
 */
export function Toast() {
  const { t } = useLocale();
  const toast = useUi((s) => s.toast);
  const projecting = useMode(onProjector);
  useEffect(() => {
    if (projecting && toast) uiStore.setState({ toast: null });
  }, [projecting, toast]);
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => {
      if (uiStore.getState().toast?.id === toast.id) uiStore.setState({ toast: null });
    }, TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast]);
  return (
    <div className="toast-region" aria-live="polite">
      {toast && !projecting && (
        <div className="toast" role="status">
          <span className="toast-message">{toast.message}</span>
          {toast.undo && (
            <button
              type="button"
              className="btn"
              onClick={() => {
                toast.undo?.();
                uiStore.setState({ toast: null });
              }}
            >
              {toast.undoLabel ?? t('toast.undo')}
            </button>
          )}
          <button
            type="button"
            className="btn-quiet"
            aria-label={t('toast.dismiss')}
            onClick={() => uiStore.setState({ toast: null })}
          >
            ×
          </button>
        </div>
      )}
    </div>
  );
}
