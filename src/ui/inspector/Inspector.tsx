import { getRecord } from '../../domain/records';
import { select } from '../../state/viewStore';
import { useDoc, useLocale, useView } from '../hooks';
import { useSync } from '../share/useSync';
import { ActorForm } from './ActorForm';
import { CollaborationForm } from './CollaborationForm';

/** The details panel: edits the selected actor or collaboration. */
export function Inspector({ className }: { className?: string } = {}) {
  const { t } = useLocale();
  const doc = useDoc();
  const selection = useView((s) => s.selection);
  const viewOnly = useSync((s) => s.role === 'view');

  const actor =
    selection?.kind === 'actor' && doc ? getRecord(doc.actors, selection.id) : undefined;
  const collab =
    selection?.kind === 'collaboration' && doc
      ? getRecord(doc.collaborations, selection.id)
      : undefined;

  return (
    <aside className={className ?? 'panel inspector'} aria-label={t('inspector.title')}>
      {doc && (actor || collab) ? (
        <>
          <div className="inspector-bar">
            <button type="button" className="btn btn-quiet" onClick={() => select(null)}>
              {t('inspector.close')}
            </button>
          </div>
          {/* A map opened with a view link: every field shows, none takes a change. */}
          <fieldset className="inspector-fields" disabled={viewOnly}>
            {actor && <ActorForm key={actor.id} actor={actor} doc={doc} />}
            {collab && <CollaborationForm key={collab.id} collab={collab} doc={doc} />}
          </fieldset>
        </>
      ) : (
        <p className="muted">{t('inspector.nothing')}</p>
      )}
    </aside>
  );
}
