import { useId } from 'react';
import type { GapAnalysis } from '../../analysis/gap';
import type { MapDocument } from '../../domain/types';
import { useLocale } from '../hooks';
import { useShowOnMap } from './actions';
import { stakeholderGroups } from './findings';

/** Mendelow's grid: who to manage closely, keep satisfied or keep informed, and why. */
export function Stakeholders({ analysis, doc }: { analysis: GapAnalysis; doc: MapDocument }) {
  const { t } = useLocale();
  const showOnMap = useShowOnMap();
  const headingId = useId();
  const groups = stakeholderGroups(analysis, doc, t);
  if (groups.length === 0) return null;
  return (
    <section className="gap-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('gap.stakeholders.title')}</h3>
      <p className="muted small">{t('gap.stakeholders.hint')}</p>
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
