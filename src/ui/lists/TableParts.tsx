import { type ComponentType, memo, type ReactNode, useId, useMemo } from 'react';
import type { MessageKey, Translate } from '../../i18n';
import type { Selection } from '../../state/viewStore';
import { useLocale, useView } from '../hooks';
import type { SortDirection } from './useSortedRows';

/** A column header whose button sorts the table; the header carries aria-sort. */
export function SortHeader(props: {
  label: string;
  sort: SortDirection | undefined;
  onSort: () => void;
}) {
  const { t } = useLocale();
  const arrow = props.sort === 'ascending' ? '▲' : props.sort === 'descending' ? '▼' : '';
  return (
    <th scope="col" aria-sort={props.sort}>
      <button
        type="button"
        className="btn-quiet"
        aria-label={t('lists.sortBy', { column: props.label })}
        onClick={props.onSort}
      >
        {props.label}
        {arrow && <span aria-hidden="true"> {arrow}</span>}
      </button>
    </th>
  );
}

/** The filter box above a table and the "N of M" count. */
export function TableTools(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  shown: number;
  total: number;
}) {
  const { t } = useLocale();
  const id = useId();
  return (
    <div className="table-tools">
      <div className="field">
        <label htmlFor={id}>{props.label}</label>
        <input
          id={id}
          type="search"
          value={props.value}
          autoComplete="off"
          onChange={(e) => props.onChange(e.target.value)}
        />
      </div>
      <p className="muted" aria-live="polite">
        {t('lists.count', { shown: props.shown, total: props.total })}
      </p>
    </div>
  );
}

/** A column whose header text is the message `lists.<column>`. */
type ListColumn<M = MessageKey> = M extends `lists.${infer C}` ? C : never;

/** What a sortable, filterable table needs of `useSortedRows`. */
interface TableState<R, K extends ListColumn> {
  rows: readonly R[];
  total: number;
  filter: string;
  setFilter: (value: string) => void;
  toggle: (column: K) => void;
  ariaSort: (column: K) => SortDirection | undefined;
}

/** What one memoised row gets: its data, whether it is selected, and what all rows share. */
export interface RowProps<R, S> {
  row: R;
  selected: boolean;
  shared: S;
  /** Passed down so that a change of language renders the rows again. */
  t: Translate;
}

/** What sets one list apart: its words, its columns, its rows' ids and how a row renders. */
export interface ListSpec<R, K extends ListColumn, S> {
  title: MessageKey;
  filterLabel: MessageKey;
  columns: readonly K[];
  rowId: (row: R) => string;
  Row: ComponentType<RowProps<R, S>>;
  /** What the view store's selection holds for one of these rows. */
  kind: SelectionKind;
}

type SelectionKind = NonNullable<Selection>['kind'];

/** Equal, or lists with the same items: a row's labels are built anew with the row. */
const same = (a: unknown, b: unknown): boolean =>
  a === b ||
  (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i]));

/**
 * Rows are rebuilt on every edit, most of them unchanged: a row renders again only when a field
 * of its data, its selection, the shared props or the language changed.
 */
function sameRow<R extends object, S>(a: RowProps<R, S>, b: RowProps<R, S>): boolean {
  const fields = Object.keys(a.row) as (keyof R)[];
  return (
    a.selected === b.selected &&
    a.shared === b.shared &&
    a.t === b.t &&
    fields.every((f) => same(a.row[f], b.row[f]))
  );
}

/** A body row that shows (and tells assistive technology) that it is the selection. */
export function ListRow(props: {
  item: NonNullable<Selection>;
  selected: boolean;
  children: ReactNode;
}) {
  const { item, selected, children } = props;
  return (
    // The record a row's Delete key acts on (src/ui/common/useShortcuts.ts).
    <tr
      className={selected ? 'selected' : undefined}
      aria-current={selected ? 'true' : undefined}
      data-item-kind={item.kind}
      data-item-id={item.id}
    >
      {children}
    </tr>
  );
}

/**
 * The frame shared by the lists: heading, filter and count, sortable header, the rows. Column
 * headers read `lists.<column>`.
 */
export function ListTable<R extends object, K extends ListColumn, S>(props: {
  spec: ListSpec<R, K, S>;
  table: TableState<R, K>;
  shared: S;
}) {
  const { t } = useLocale();
  const headingId = useId();
  const { table, spec } = props;
  const Row = useMemo(() => memo(spec.Row, sameRow), [spec]);
  const selectedId = useView((s) => (s.selection?.kind === spec.kind ? s.selection.id : null));
  const title = t(spec.title);
  return (
    <section className="lists-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <TableTools
        label={t(spec.filterLabel)}
        value={table.filter}
        onChange={table.setFilter}
        shown={table.rows.length}
        total={table.total}
      />
      <table className="data-table" aria-label={title}>
        <thead>
          <tr>
            {spec.columns.map((c) => (
              <SortHeader
                key={c}
                label={t(`lists.${c}`)}
                sort={table.ariaSort(c)}
                onSort={() => table.toggle(c)}
              />
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => {
            const id = spec.rowId(row);
            const selected = id === selectedId;
            return <Row key={id} row={row} selected={selected} shared={props.shared} t={t} />;
          })}
        </tbody>
      </table>
      {table.rows.length === 0 && table.total > 0 && <p className="muted">{t('lists.empty')}</p>}
    </section>
  );
}
