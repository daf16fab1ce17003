/** The frame every panel section shares: a section named by its h3, and its titled groups. */
import { type ReactNode, useId, useState } from 'react';
import type { GapAnalysis } from '../../analysis/gap';
import type { MapDocument, Template } from '../../domain/types';
import { useLocale } from '../hooks';
import { useShowOnMap } from './actions';
import type { AnyFindingGroup } from './findings';

/** What a section of the panel reads: the analysis, the map it was made of and its template. */
export interface SectionProps {
  analysis: GapAnalysis;
  doc: MapDocument;
  template: Template;
}

export function GapSection({
  title,
  headingId,
  focusableHeading = false,
  extraClass,
  aside,
  empty,
  children,
}: {
  title: string;
  /** Given when the section moves focus to its heading. */
  headingId?: string;
  focusableHeading?: boolean;
  extraClass?: string;
  /** A control beside the heading. */
  aside?: ReactNode;
  /** Said instead of the content when there is nothing to list. */
  empty?: string | null;
  children: ReactNode;
}) {
  const ownId = useId();
  const id = headingId ?? ownId;
  const heading = (
    <h3 id={id} tabIndex={focusableHeading ? -1 : undefined}>
      {title}
    </h3>
  );
  return (
    <section
      className={extraClass ? `gap-section ${extraClass}` : 'gap-section'}
      aria-labelledby={id}
    >
      {aside ? (
        <div className="gap-section-head">
          {heading}
          {aside}
        </div>
      ) : (
        heading
      )}
      {empty ? <p className="muted">{empty}</p> : children}
    </section>
  );
}

/** A titled list inside a section; `children` are its rows. */
export function GapGroup({
  title,
  hint,
  children,
}: {
  title: string;
  hint?: string | null;
  children: ReactNode;
}) {
  return (
    <div className="gap-group">
      <h4>{title}</h4>
      {hint && <p className="muted small">{hint}</p>}
      <ul className="gap-list">{children}</ul>
    </div>
  );
}

/** Groups of findings, each item a button that shows its actors on the map. */
export function FindingGroups({ groups }: { groups: readonly AnyFindingGroup[] }) {
  const showOnMap = useShowOnMap();
  return groups.map((g) => (
    <GapGroup key={g.id} title={g.title} hint={g.hint}>
      {g.items.map((item) => (
        <li key={item.key} className="gap-row">
          <button type="button" className="gap-item" onClick={() => showOnMap(item.actorIds)}>
            {item.text}
          </button>
        </li>
      ))}
    </GapGroup>
  ));
}

/** A list cut at `limit` rows, with "Vis flere" / "Vis færre" under it when it is longer. */
export function ShortList<Item>({
  items,
  limit,
  words,
  children,
}: {
  items: readonly Item[];
  limit: number;
  /** Where the button's words are: `${words}.more` and `${words}.fewer`. */
  words: 'gap.now' | 'gap.suggestions';
  /** Renders the rows shown. */
  children: (shown: readonly Item[]) => ReactNode;
}) {
  const { t } = useLocale();
  const [expanded, setExpanded] = useState(false);
  return (
    <>
      {children(expanded ? items : items.slice(0, limit))}
      {items.length > limit && (
        <button
          type="button"
          className="btn-quiet"
          aria-expanded={expanded}
          onClick={() => setExpanded((v) => !v)}
        >
          {expanded ? t(`${words}.fewer`) : t(`${words}.more`)}
        </button>
      )}
    </>
  );
}
