/** One row per suggestion: a pair of partners, or a gap of the school's own. */
import type { GapSuggestion, PairSuggestion, Suggestion } from '../../analysis/gap';
import type { MapDocument, Template } from '../../domain/types';
import { useLocale } from '../hooks';
import { typeName } from '../labels';
import { AddTypeButton } from './AddTypeButton';
import { acceptSuggestion, toastAccepted, useShowOnMap } from './actions';
import { actorName } from './findings';
import { connectAsIdea } from './suggestionActions';
import { gapSentences, joinList, pairSentences, suggestionTitle } from './suggestionText';

export interface RowProps {
  doc: MapDocument;
  template: Template;
  /** Called after the row changed the document, so focus can move to the row in its place. */
  onDone: () => void;
}

function Sentences({ lines }: { lines: string[] }) {
  return <p className="gap-explanation">{lines.join(' ')}</p>;
}

/** Adds the suggested link between a and b as an idea. */
function AcceptButton({ a, b, onClick }: { a: string; b: string; onClick: () => void }) {
  const { t } = useLocale();
  return (
    <button
      type="button"
      className="btn btn-primary gap-accept"
      aria-label={t('gap.suggestions.acceptLabel', { a, b })}
      onClick={onClick}
    >
      {t('gap.suggestions.accept')}
    </button>
  );
}

function PairRow({ s, doc, template, onDone }: RowProps & { s: PairSuggestion }) {
  const { t, locale } = useLocale();
  const showOnMap = useShowOnMap();
  const a = actorName(doc, s.sourceId);
  const b = actorName(doc, s.targetId);
  const accept = () => {
    if (!acceptSuggestion(s, template)) return;
    onDone();
    toastAccepted(a, b, t);
  };
  return (
    <li className="gap-suggestion">
      <button
        type="button"
        className="gap-item gap-pair"
        aria-label={t('gap.suggestions.show', { a, b })}
        onClick={() => showOnMap([s.sourceId, s.targetId])}
      >
        {t('gap.pair', { a, b })}
      </button>
      <Sentences lines={pairSentences(s, doc, template, locale, t)} />
      <AcceptButton a={a} b={b} onClick={accept} />
    </li>
  );
}

/** connect: add the school – actor idea; find: add an actor of the type; strengthen: show it. */
function GapAction({ s, doc, template, onDone }: RowProps & { s: GapSuggestion }) {
  const { t, locale } = useLocale();
  const showOnMap = useShowOnMap();
  const focalId = doc.map.focalActorId;
  const first = s.actorIds[0];
  if (s.action === 'connect' && focalId && first) {
    const a = actorName(doc, focalId);
    const b = actorName(doc, first);
    const connect = () => {
      if (!connectAsIdea(focalId, s)) return;
      onDone();
      toastAccepted(a, b, t);
    };
    return <AcceptButton a={a} b={b} onClick={connect} />;
  }
  if (s.action === 'find') {
    const label = typeName(template, s.typeId, locale, s.typeId);
    return (
      <AddTypeButton
        label={label}
        sectorId={s.sectorId}
        typeId={s.typeId}
        className="btn gap-accept"
      />
    );
  }
  const names = joinList(
    s.actorIds.map((id) => actorName(doc, id)),
    t,
  );
  return (
    <button
      type="button"
      className="btn gap-accept"
      aria-label={t('gap.suggestions.showActorsLabel', { names })}
      onClick={() => showOnMap(s.actorIds)}
    >
      {t('gap.suggestions.showActors')}
    </button>
  );
}

function GapRow({ s, doc, template, onDone }: RowProps & { s: GapSuggestion }) {
  const { t, locale } = useLocale();
  return (
    <li className="gap-suggestion gap-suggestion-type">
      <strong className="gap-type-title">{suggestionTitle(s, doc, template, locale, t)}</strong>
      {gapSentences(s, doc, template, locale, t).map((line) => (
        <p key={line} className="gap-explanation">
          {line}
        </p>
      ))}
      <GapAction s={s} doc={doc} template={template} onDone={onDone} />
    </li>
  );
}

export function SuggestionRow({ s, ...row }: RowProps & { s: Suggestion }) {
  return s.kind === 'pair' ? <PairRow s={s} {...row} /> : <GapRow s={s} {...row} />;
}
