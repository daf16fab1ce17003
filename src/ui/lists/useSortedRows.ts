import { useMemo, useState } from 'react';

export type SortDirection = 'ascending' | 'descending';

export interface SortState<K extends string> {
  column: K;
  direction: SortDirection;
}

export type SortValue = string | number;

/**
 * Sorts by one column. Text compares in Norwegian order (æ, ø, å last); empty text sorts last in
 * both directions, so blank cells never crowd the top. Ties keep the input order.
 */
export function sortRows<R, K extends string>(
  rows: readonly R[],
  sort: SortState<K>,
  value: (row: R, column: K) => SortValue,
): R[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const keyed = rows.map((row, index) => ({ row, index, key: value(row, sort.column) }));
  keyed.sort((a, b) => {
    const ea = a.key === '';
    const eb = b.key === '';
    if (ea !== eb) return ea ? 1 : -1;
    let d = 0;
    if (typeof a.key === 'number' && typeof b.key === 'number') d = a.key - b.key;
    else d = String(a.key).localeCompare(String(b.key), 'nb', { sensitivity: 'base' });
    return d !== 0 ? d * sign : a.index - b.index;
  });
  return keyed.map((k) => k.row);
}

/** Every word of the query must occur somewhere in the row's shown text, ignoring case. */
export function filterRows<R>(rows: readonly R[], query: string, text: (row: R) => string): R[] {
  const terms = query.toLocaleLowerCase('nb').split(/\s+/).filter(Boolean);
  if (terms.length === 0) return [...rows];
  return rows.filter((row) => {
    const haystack = text(row).toLocaleLowerCase('nb');
    return terms.every((term) => haystack.includes(term));
  });
}

/**
 * Sort and filter state of one table. Clicking the sorted column flips its direction; clicking
 * another column sorts by it, ascending.
 */
export function useSortedRows<R, K extends string>(
  rows: readonly R[],
  options: {
    initial: SortState<K>;
    value: (row: R, column: K) => SortValue;
    text: (row: R) => string;
  },
) {
  const [sort, setSort] = useState<SortState<K>>(options.initial);
  const [filter, setFilter] = useState('');
  const { value, text } = options;
  const visible = useMemo(
    () => sortRows(filterRows(rows, filter, text), sort, value),
    [rows, filter, sort, value, text],
  );
  return {
    rows: visible,
    total: rows.length,
    sort,
    filter,
    setFilter,
    toggle: (column: K) =>
      setSort((s) =>
        s.column === column
          ? { column, direction: s.direction === 'ascending' ? 'descending' : 'ascending' }
          : { column, direction: 'ascending' },
      ),
    ariaSort: (column: K): SortDirection | undefined =>
      sort.column === column ? sort.direction : undefined,
  };
}
