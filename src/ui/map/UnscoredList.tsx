import { useId, useState } from 'react';
import { getRecord } from '../../domain/records';
import type { MapDocument } from '../../domain/types';
import { select } from '../../state/viewStore';
import { useLocale } from '../hooks';

/** Whether the list was last left collapsed: it comes back the same way in this session. */
let collapsedBefore = false;

/**
 * In the power/interest view: the actors without scores, so they can be given some. A column
 * beside the canvas (the canvas narrows while it is shown, see styles.css), never over the grid;
 * it collapses to a narrow strip.
 */
export function UnscoredList({ ids, doc }: { ids: string[]; doc: MapDocument }) {
  const { t } = useLocale();
  const [open, setOpen] = useState(!collapsedBefore);
  const listId = useId();
  const toggle = () => {
    collapsedBefore = open;
    setOpen(!open);
  };
  return (
    <section className="unscored" data-open={open} aria-label={t('map.unscored')}>
      <div className="unscored-head">
        <h2 className="unscored-title">
          {t('map.unscored')} <span className="unscored-count">({ids.length})</span>
        </h2>
        <button
          type="button"
          className="btn unscored-toggle"
          aria-expanded={open}
          aria-controls={listId}
          aria-label={open ? t('map.unscoredHide') : t('map.unscoredShow')}
          onClick={toggle}
        >
          {open ? t('map.unscoredHideShort') : t('map.unscoredShowShort')}
        </button>
      </div>
      <div id={listId} className="unscored-body" hidden={!open}>
        <p>{t('map.unscoredList', { count: ids.length })}</p>
        <ul>
          {ids.map((id) => (
            <li key={id}>
              <button
                type="button"
                className="btn-quiet"
                onClick={() => select({ kind: 'actor', id })}
              >
                {getRecord(doc.actors, id)?.name}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
