import { useEffect, useId, useRef, useState } from 'react';
import type { GapAnalysis, Suggestion } from '../../analysis/gap';
import type { MapDocument, Template } from '../../domain/types';
import { useLocale } from '../hooks';
import { GapRow, PairRow } from './SuggestionRows';

export const SUGGESTIONS_SHOWN = 5;
export const SUGGESTIONS_MAX = 10;

const suggestionKey = (s: Suggestion) =>
  s.kind === 'pair' ? `${s.sourceId}|${s.targetId}` : `gap|${s.typeId}`;

/**
 * The school's own gaps first, then pairs of partners. A pair is accepted in one click as an
 * undoable idea; a gap row connects, adds or shows the actors that could fill it.
 */
export function Suggestions({
  analysis,
  doc,
  template,
}: {
  analysis: GapAnalysis;
  doc: MapDocument;
  template: Template;
}) {
  const headingId = useId();
  const { t } = useLocale();
  const [expanded, setExpanded] = useState(false);
  const list = useRef<HTMLOListElement>(null);
  /** After an accept the row may go away; keyboard focus moves to the row in its place. */
  const refocus = useRef<number | null>(null);
  const all = analysis.suggestions.slice(0, SUGGESTIONS_MAX);
  const shown = expanded ? all : all.slice(0, SUGGESTIONS_SHOWN);

  useEffect(() => {
    const index = refocus.current;
    if (index === null) return;
    refocus.current = null;
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>('button.gap-accept');
    const next = buttons?.[Math.min(index, buttons.length - 1)];
    (next ?? document.getElementById(headingId))?.focus();
  });

  return (
    <section className="gap-section" aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1}>
        {t('gap.suggestions.title')}
      </h3>
      {all.length === 0 ? (
        <p className="muted">{t('gap.suggestions.none')}</p>
      ) : (
        <ol className="gap-suggestions" ref={list}>
          {shown.map((s, i) => {
            const onDone = () => {
              refocus.current = i;
            };
            return s.kind === 'pair' ? (
              <PairRow key={suggestionKey(s)} s={s} doc={doc} template={template} onDone={onDone} />
            ) : (
              <GapRow key={suggestionKey(s)} s={s} doc={doc} template={template} onDone={onDone} />
            );
          })}
        </ol>
      )}
      {all.length > SUGGESTIONS_SHOWN && (
        <button
          type="button"
          className="btn-quiet"
          aria-expanded={expanded}
          onClick={() => setExpanded((v) => !v)}
        >
          {expanded ? t('gap.suggestions.fewer') : t('gap.suggestions.more')}
        </button>
      )}
    </section>
  );
}
