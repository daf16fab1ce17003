import { type ReactNode, useId } from 'react';
import { useLocale } from '../hooks';
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

/** What a sortable, filterable table needs of `useSortedRows`. */
interface TableState<K extends string> {
  rows: readonly unknown[];
  total: number;
  filter: string;
  setFilter: (value: string) => void;
  toggle: (column: K) => void;
  ariaSort: (column: K) => SortDirection | undefined;
}

/** The frame shared by the lists: heading, filter and count, sortable header, the rows. */
export function ListTable<K extends string>(props: {
  title: string;
  filterLabel: string;
  columns: readonly K[];
  columnLabel: (column: K) => string;
  table: TableState<K>;
  children: ReactNode;
}) {
  const { t } = useLocale();
  const headingId = useId();
  const { table } = props;
  return (
    <section className="lists-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{props.title}</h2>
      <TableTools
        label={props.filterLabel}
        value={table.filter}
        onChange={table.setFilter}
        shown={table.rows.length}
        total={table.total}
      />
      <table className="data-table" aria-label={props.title}>
        <thead>
          <tr>
            {props.columns.map((c) => (
              <SortHeader
                key={c}
                label={props.columnLabel(c)}
                sort={table.ariaSort(c)}
                onSort={() => table.toggle(c)}
              />
            ))}
          </tr>
        </thead>
        <tbody>{props.children}</tbody>
      </table>
      {table.rows.length === 0 && table.total > 0 && <p className="muted">{t('lists.empty')}</p>}
    </section>
  );
}
