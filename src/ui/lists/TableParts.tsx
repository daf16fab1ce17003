import { type ComponentType, memo, type ReactNode, useId, useMemo } from 'react';
import type { MessageKey, Translate } from '../../i18n';
import type { Selection } from '../../state/viewStore';
import { useLocale, useView } from '../hooks';
import type { SortDirection } from './useSortedRows';
import { type MeasureRow, WindowedTable } from './WindowedTable';

/**
 * From this many rows a table renders only the rows in view (WindowedTable). Smaller tables (the
 * demo map, most real maps) keep every row in the page, in the page's own scroll: find in page,
 * printing and a screen reader's table commands reach every row, and the cost stays small.
 */
export const VIRTUALIZE_FROM = 200;

/** A column header whose button sorts the table; the header carries aria-sort. */
export function SortHeader(props: {
  column: string;
  label: string;
  sort: SortDirection | undefined;
  onSort: () => void;
}) {
  const { t } = useLocale();
  const arrow = props.sort === 'ascending' ? '▲' : props.sort === 'descending' ? '▼' : '';
  return (
    <th scope="col" aria-sort={props.sort} data-column={props.column}>
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
  /** In a windowed table: the row's place among the shown rows, and its measuring ref. */
  rowIndex?: number | undefined;
  measure?: MeasureRow | undefined;
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
    a.rowIndex === b.rowIndex &&
    a.measure === b.measure &&
    fields.every((f) => same(a.row[f], b.row[f]))
  );
}

/** A body row that shows (and tells assistive technology) that it is the selection. */
export function ListRow(props: {
  item: NonNullable<Selection>;
  selected: boolean;
  children: ReactNode;
  rowIndex?: number | undefined;
  measure?: MeasureRow | undefined;
}) {
  const { item, selected, children, rowIndex } = props;
  return (
    // The record a row's Delete key acts on (src/ui/common/useShortcuts.ts).
    <tr
      className={selected ? 'selected' : undefined}
      aria-current={selected ? 'true' : undefined}
      data-item-kind={item.kind}
      data-item-id={item.id}
      // A windowed table's rows: where each sits (the header is row 1), and the virtualiser's index.
      aria-rowindex={rowIndex === undefined ? undefined : rowIndex + 2}
      data-index={rowIndex}
      ref={props.measure}
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
  /** Benches pass Infinity for the old every-row table as a baseline. */
  virtualizeFrom?: number | undefined;
}) {
  const { t } = useLocale();
  const headingId = useId();
  const { table, spec } = props;
  const Row = useMemo(() => memo(spec.Row, sameRow), [spec]);
  const selectedId = useView((s) => (s.selection?.kind === spec.kind ? s.selection.id : null));
  const title = t(spec.title);
  const virtual = table.total >= (props.virtualizeFrom ?? VIRTUALIZE_FROM);
  const header = (
    <tr aria-rowindex={virtual ? 1 : undefined}>
      {spec.columns.map((c) => (
        <SortHeader
          key={c}
          column={c}
          label={t(`lists.${c}`)}
          sort={table.ariaSort(c)}
          onSort={() => table.toggle(c)}
        />
      ))}
    </tr>
  );
  const renderRow = (row: R, index: number, measure?: MeasureRow) => {
    const id = spec.rowId(row);
    return (
      <Row
        key={id}
        row={row}
        selected={id === selectedId}
        shared={props.shared}
        t={t}
        rowIndex={measure ? index : undefined}
        measure={measure}
      />
    );
  };
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
      {virtual ? (
        <WindowedTable
          label={title}
          rows={table.rows}
          rowId={spec.rowId}
          columns={spec.columns.length}
          selectedId={selectedId}
          header={header}
          renderRow={renderRow}
        />
      ) : (
        <table className="data-table" aria-label={title}>
          <thead>{header}</thead>
          <tbody>{table.rows.map((row, index) => renderRow(row, index))}</tbody>
        </table>
      )}
      {table.rows.length === 0 && table.total > 0 && <p className="muted">{t('lists.empty')}</p>}
    </section>
  );
}
