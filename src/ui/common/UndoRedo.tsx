import { redo, undo } from '../../state/documentStore';
import { useHistory, useLocale } from '../hooks';

export function UndoRedo() {
  const { t } = useLocale();
  const { canUndo, canRedo } = useHistory();
  const buttons = [
    ['undo', undo, canUndo, '↶'],
    ['redo', redo, canRedo, '↷'],
  ] as const;
  return (
    // On a crowded one-row top bar only the arrows show; the words stay the buttons' names.
    <div className="button-group undo-redo">
      {buttons.map(([word, run, able, arrow]) => (
        <button
          key={word}
          type="button"
          className="btn"
          onClick={run}
          disabled={!able}
          title={t(`toolbar.${word}Hint`)}
        >
          <span aria-hidden="true">{arrow} </span>
          <span className="btn-label">{t(`toolbar.${word}`)}</span>
        </button>
      ))}
    </div>
  );
}
