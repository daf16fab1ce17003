import { redo, undo } from '../../state/documentStore';
import { useHistory, useLocale } from '../hooks';

export function UndoRedo() {
  const { t } = useLocale();
  const { canUndo, canRedo } = useHistory();
  return (
    // On a crowded one-row top bar only the arrows show; the words stay the buttons' names.
    <div className="button-group undo-redo">
      <button
        type="button"
        className="btn"
        onClick={undo}
        disabled={!canUndo}
        title={t('toolbar.undoHint')}
      >
        <span aria-hidden="true">↶ </span>
        <span className="btn-label">{t('toolbar.undo')}</span>
      </button>
      <button
        type="button"
        className="btn"
        onClick={redo}
        disabled={!canRedo}
        title={t('toolbar.redoHint')}
      >
        <span aria-hidden="true">↷ </span>
        <span className="btn-label">{t('toolbar.redo')}</span>
      </button>
    </div>
  );
}
