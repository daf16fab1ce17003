import { removeItems } from '../../domain/commands';
import { getRecord } from '../../domain/records';
import { edit } from '../../state/documentStore';
import { viewStore } from '../../state/viewStore';
import { useDoc, useLocale, useView } from '../hooks';

/**
 * At the projector the side panel is hidden, and the name box takes the keyboard back after a
 * click on the map: what was clicked shows here, with who added it from a phone and a button to
 * remove it. Undo (the button or Ctrl+Z) brings it back.
 */
export function WorkshopSelection() {
  const { t } = useLocale();
  const doc = useDoc();
  const selection = useView((s) => s.selection);
  if (!doc || !selection) return null;
  const actorName = (id: string) => getRecord(doc.actors, id)?.name ?? '';
  const item =
    selection.kind === 'actor'
      ? getRecord(doc.actors, selection.id)
      : selection.kind === 'collaboration'
        ? getRecord(doc.collaborations, selection.id)
        : undefined;
  if (!item) return null;
  const name =
    'name' in item ? item.name : `${actorName(item.sourceId)} – ${actorName(item.targetId)}`;
  const remove = () => {
    const ids =
      selection.kind === 'actor' ? { actorIds: [item.id] } : { collaborationIds: [item.id] };
    if (edit((d, meta) => removeItems(d, ids, meta))) {
      viewStore.setState({ selection: null, hoverId: null });
    }
  };
  return (
    <section className="ws-selection" aria-label={t('room.selected')}>
      <span className="ws-selection-name">{name}</span>
      {item.addedByName && (
        <span className="ws-selection-by">{t('room.addedBy', { nickname: item.addedByName })}</span>
      )}
      <button
        type="button"
        className="btn btn-danger"
        aria-label={t('room.removeLabel', { name })}
        onClick={remove}
      >
        {t('room.remove')}
      </button>
    </section>
  );
}
