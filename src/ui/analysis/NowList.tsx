import { useLocale } from '../hooks';
import { useShowOnMap } from './actions';
import { GapSection, type SectionProps, ShortList } from './GapSection';
import { NOW_MAX, NOW_SHOWN, nowItems } from './nowItems';

/** "Dette bør vi gjøre nå": the ranked actions, each with its first step and next step. */
export function NowList({ analysis, doc, template }: SectionProps) {
  const { t, locale } = useLocale();
  const showOnMap = useShowOnMap();
  const all = nowItems(analysis, doc, template, locale, t, NOW_MAX);
  return (
    <GapSection
      title={t('gap.now.title')}
      empty={all.length === 0 ? t('gap.now.none') : null}
      extraClass="gap-now"
    >
      <ShortList items={all} limit={NOW_SHOWN} words="gap.now">
        {(shown) => (
          <ol className="gap-now-list">
            {shown.map((item) => (
              <li key={item.key} className="gap-now-item">
                {item.actorIds.length > 0 ? (
                  <button
                    type="button"
                    className="gap-item gap-now-text"
                    onClick={() => showOnMap(item.actorIds)}
                  >
                    {item.text}
                  </button>
                ) : (
                  <span className="gap-row-main gap-now-text">{item.text}</span>
                )}
                {item.firstStep && <p className="gap-now-step">{item.firstStep}</p>}
                {item.nextStep && <p className="gap-now-next">{item.nextStep}</p>}
                {item.plan && <p className="gap-now-plan">{item.plan}</p>}
              </li>
            ))}
          </ol>
        )}
      </ShortList>
    </GapSection>
  );
}
