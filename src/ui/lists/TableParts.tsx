import { useId } from 'react';
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
