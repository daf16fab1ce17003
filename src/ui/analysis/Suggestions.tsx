import { useEffect, useId, useRef } from 'react';
import { useLocale } from '../hooks';
import { GapSection, type SectionProps, ShortList } from './GapSection';
import { SuggestionRow } from './SuggestionRows';
import { suggestionKey } from './suggestionText';

export const SUGGESTIONS_SHOWN = 5;
export const SUGGESTIONS_MAX = 10;

/**
 * The school's own gaps first, then pairs of partners. A pair is accepted in one click as an
 * undoable idea; a gap row connects, adds or shows the actors that could fill it.
 */
export function Suggestions({ analysis, doc, template }: SectionProps) {
  const headingId = useId();
  const { t } = useLocale();
  const list = useRef<HTMLOListElement>(null);
  /** After an accept the row may go away; keyboard focus moves to the row in its place. */
  const refocus = useRef<number | null>(null);
  const all = analysis.suggestions.slice(0, SUGGESTIONS_MAX);

  useEffect(() => {
    const index = refocus.current;
    if (index === null) return;
    refocus.current = null;
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>('button.gap-accept');
    const next = buttons?.[Math.min(index, buttons.length - 1)];
    (next ?? document.getElementById(headingId))?.focus();
  });

  return (
    <GapSection
      title={t('gap.suggestions.title')}
      empty={all.length === 0 ? t('gap.suggestions.none') : null}
      headingId={headingId}
      focusableHeading
    >
      <ShortList items={all} limit={SUGGESTIONS_SHOWN} words="gap.suggestions">
        {(shown) => (
          <ol className="gap-suggestions" ref={list}>
            {shown.map((s, i) => (
              <SuggestionRow
                key={suggestionKey(s)}
                s={s}
                doc={doc}
                template={template}
                onDone={() => {
                  refocus.current = i;
                }}
              />
            ))}
          </ol>
        )}
      </ShortList>
    </GapSection>
  );
}
