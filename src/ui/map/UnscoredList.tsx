import type { MapDocument } from '../../domain/types';
import { select } from '../../state/uiStore';
import { useLocale } from '../hooks';

/** In the power/interest view: the actors without scores, so they can be given some. */
export function UnscoredList({ ids, doc }: { ids: string[]; doc: MapDocument }) {
  const { t } = useLocale();
  return (
    <section className="unscored" aria-label={t('map.unscored')}>
      <p>{t('map.unscoredList', { count: ids.length })}</p>
      <ul>
        {ids.map((id) => (
          <li key={id}>
            <button
              type="button"
              className="btn-quiet"
              onClick={() => select({ kind: 'actor', id })}
            >
              {doc.actors[id]?.name}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
