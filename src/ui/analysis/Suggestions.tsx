import { useEffect, useId, useRef, useState } from 'react';
import type { GapAnalysis, Suggestion } from '../../analysis/gap';
import type { MapDocument, Template } from '../../domain/types';
import { undo } from '../../state/documentStore';
import { showToast } from '../../state/uiStore';
import { useLocale } from '../hooks';
import { acceptSuggestion, showOnMap } from './actions';
import { actorName } from './findings';

export const SUGGESTIONS_SHOWN = 5;
export const SUGGESTIONS_MAX = 10;

const suggestionKey = (s: Suggestion) => `${s.sourceId}|${s.targetId}`;

/** The top suggested collaborations, each accepted in one click as an undoable idea. */
export function Suggestions({
  analysis,
  doc,
  template,
}: {
  analysis: GapAnalysis;
  doc: MapDocument;
  template: Template;
}) {
  const { t } = useLocale();
  const headingId = useId();
  const [expanded, setExpanded] = useState(false);
  const list = useRef<HTMLOListElement>(null);
  /** After an accept the row goes away; keyboard focus moves to the row that took its place. */
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

  const accept = (s: Suggestion, index: number) => {
    const a = actorName(doc, s.sourceId);
    const b = actorName(doc, s.targetId);
    if (!acceptSuggestion(s, template)) return;
    refocus.current = index;
    showToast({
      message: t('gap.suggestions.accepted', { a, b }),
      undo,
      undoLabel: t('toast.undo'),
    });
  };

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
            const a = actorName(doc, s.sourceId);
            const b = actorName(doc, s.targetId);
            return (
              <li key={suggestionKey(s)} className="gap-suggestion">
                <button
                  type="button"
                  className="gap-item gap-pair"
                  aria-label={t('gap.suggestions.show', { a, b })}
                  onClick={() => showOnMap([s.sourceId, s.targetId])}
                >
                  {t('gap.pair', { a, b })}
                </button>
                <p className="gap-explanation">{s.explanation}</p>
                <button
                  type="button"
                  className="btn btn-primary gap-accept"
                  aria-label={t('gap.suggestions.acceptLabel', { a, b })}
                  onClick={() => accept(s, i)}
                >
                  {t('gap.suggestions.accept')}
                </button>
              </li>
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
