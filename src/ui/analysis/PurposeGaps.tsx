import { useLocale } from '../hooks';
import { useShowOnMap } from './actions';
import { purposeGapItems } from './findings';
import { GapSection, type SectionProps } from './GapSection';

/** Purposes with no active collaboration; those with ideas or plans point to them. */
export function PurposeGaps({ analysis, doc, template }: SectionProps) {
  const { t, locale } = useLocale();
  const showOnMap = useShowOnMap();
  const items = purposeGapItems(analysis, doc, template, locale);
  return (
    <GapSection
      title={t('gap.purposes.title')}
      empty={items.length === 0 ? t('gap.purposes.none') : null}
    >
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
    </GapSection>
  );
}
