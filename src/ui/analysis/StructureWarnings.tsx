import { useId } from 'react';
import type { GapAnalysis } from '../../analysis/gap';
import type { MapDocument } from '../../domain/types';
import { useLocale } from '../hooks';
import { useShowOnMap } from './actions';
import { structureGroups } from './findings';

/** Vulnerable points, no ongoing collaboration, one person carrying the network, stale and stalled links. */
export function StructureWarnings({ analysis, doc }: { analysis: GapAnalysis; doc: MapDocument }) {
  const { t, locale } = useLocale();
  const showOnMap = useShowOnMap();
  const headingId = useId();
  const groups = structureGroups(analysis, doc, locale, t);
  return (
    <section className="gap-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('gap.structure.title')}</h3>
      {groups.length === 0 && <p className="muted">{t('gap.structure.none')}</p>}
      {groups.map((g) => (
        <div key={g.id} className="gap-group">
          <h4>{g.title}</h4>
          {g.hint && <p className="muted small">{g.hint}</p>}
          <ul className="gap-list">
            {g.items.map((item) => (
              <li key={item.key} className="gap-row">
                <button type="button" className="gap-item" onClick={() => showOnMap(item.actorIds)}>
                  {item.text}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
