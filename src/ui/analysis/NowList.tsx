import { useId, useState } from 'react';
import type { GapAnalysis } from '../../analysis/gap';
import type { MapDocument, Template } from '../../domain/types';
import { useLocale } from '../hooks';
import { useShowOnMap } from './actions';
import { NOW_MAX, NOW_SHOWN, nowItems } from './nowItems';

/** "Dette bør vi gjøre nå": the ranked actions, each with its first step and next step. */
export function NowList({
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
  const [expanded, setExpanded] = useState(false);
  const all = nowItems(analysis, doc, template, locale, t, NOW_MAX);
  const shown = expanded ? all : all.slice(0, NOW_SHOWN);
  return (
    <section className="gap-section gap-now" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('gap.now.title')}</h3>
      {all.length === 0 ? (
        <p className="muted">{t('gap.now.none')}</p>
      ) : (
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
      {all.length > NOW_SHOWN && (
        <button
          type="button"
          className="btn-quiet"
          aria-expanded={expanded}
          onClick={() => setExpanded((v) => !v)}
        >
          {expanded ? t('gap.now.fewer') : t('gap.now.more')}
        </button>
      )}
    </section>
  );
}
