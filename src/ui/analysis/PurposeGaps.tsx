import { useId } from 'react';
import type { GapAnalysis } from '../../analysis/gap';
import type { MapDocument, Template } from '../../domain/types';
import { useLocale } from '../hooks';
import { useShowOnMap } from './actions';
import { purposeGapItems } from './findings';

/** Purposes with no active collaboration; those with ideas or plans point to them. */
export function PurposeGaps({
  analysis,
  doc,
  template,
}: {
  analysis: GapAnalysis;
  doc: MapDocument;
  template: Template;
}) {
  const { t, locale } = useLocale();
  const showOnMap = useShowOnMap();
  const headingId = useId();
  const items = purposeGapItems(analysis, doc, template, locale);
  return (
    <section className="gap-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('gap.purposes.title')}</h3>
      {items.length === 0 ? (
        <p className="muted">{t('gap.purposes.none')}</p>
      ) : (
        <ul className="gap-list">
          {items.map((item) => (
            <li key={item.key} className="gap-row">
              {item.actorIds.length > 0 ? (
                <button type="button" className="gap-item" onClick={() => showOnMap(item.actorIds)}>
                  <span className="gap-row-title">{item.text}</span>
                  <span className="muted small">
                    {t('gap.purposes.related', { count: item.relatedCount })}
                  </span>
                </button>
              ) : (
                <span className="gap-row-main">
                  <span className="gap-row-title">{item.text}</span>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
