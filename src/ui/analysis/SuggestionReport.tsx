/** The suggestions section of the printed report: the same words as the panel. */
import { useLocale } from '../hooks';
import type { ReportProps } from './ReportSections';
import { suggestionDetail, suggestionKey, suggestionTitle } from './suggestionText';

export function SuggestionReport({ analysis, doc, template, locale }: ReportProps) {
  const { t } = useLocale();
  return (
    <section>
      <h2>{t('gap.suggestions.title')}</h2>
      {analysis.suggestions.length === 0 ? (
        <p>{t('gap.suggestions.none')}</p>
      ) : (
        <ol>
          {analysis.suggestions.map((s) => (
            <li key={suggestionKey(s)}>
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
