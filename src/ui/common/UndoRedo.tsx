import { redo, undo } from '../../state/documentStore';
import { useHistory, useLocale } from '../hooks';

export function UndoRedo() {
  const { t } = useLocale();
  const { canUndo, canRedo } = useHistory();
  return (
    <div className="button-group">
      <button
        type="button"
        className="btn"
        onClick={undo}
        disabled={!canUndo}
        title={t('toolbar.undoHint')}
      >
        <span aria-hidden="true">↶ </span>
        {t('toolbar.undo')}
      </button>
      <button
        type="button"
        className="btn"
        onClick={redo}
        disabled={!canRedo}
        title={t('toolbar.redoHint')}
      >
        <span aria-hidden="true">↷ </span>
        {t('toolbar.redo')}
      </button>
    </div>
  );
}
