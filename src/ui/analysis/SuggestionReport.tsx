/** The suggestions section of the printed report: the same words as the panel. */
import type { GapAnalysis } from '../../analysis/gap';
import type { Locale, MapDocument, Template } from '../../domain/types';
import { useLocale } from '../hooks';
import { suggestionDetail, suggestionTitle } from './suggestionText';

export function SuggestionReport({
  analysis,
  doc,
  template,
  locale,
}: {
  analysis: GapAnalysis;
  doc: MapDocument;
  template: Template;
  locale: Locale;
}) {
  const { t } = useLocale();
  return (
    <section>
      <h2>{t('gap.suggestions.title')}</h2>
      {analysis.suggestions.length === 0 ? (
        <p>{t('gap.suggestions.none')}</p>
      ) : (
        <ol>
          {analysis.suggestions.map((s) => (
            <li key={s.kind === 'pair' ? `${s.sourceId}|${s.targetId}` : `gap|${s.typeId}`}>
              <strong>{suggestionTitle(s, doc, template, locale, t)}</strong>
              {': '}
              {suggestionDetail(s, doc, template, locale, t)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
