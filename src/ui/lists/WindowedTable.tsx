import { defaultRangeExtractor, type Range, useVirtualizer } from '@tanstack/react-virtual';
import {
  type FocusEvent,
  type ReactNode,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';

/** A row's height before it is measured: one line of inline fields. */
const ROW_ESTIMATE = 41;
/** Rows rendered beyond each edge of the box, so Tab and the arrow keys find the next row. */
const OVERSCAN = 8;

export type MeasureRow = (row: Element | null) => void;

/**
 * A big table in its own scroll box, with only the rows in view (and a few either side) in the
 * DOM. It stays a real table for assistive technology: `aria-rowcount` on the table (the header
 * row included) and `aria-rowindex` on every row say where the rendered rows sit. Spacer rows,
 * hidden from assistive technology, stand in for the rows not rendered. The focused row is always
 * rendered, so a field being edited never unmounts; a new selection (from the Search or the map)
 * scrolls its row into view.
 */
export function WindowedTable<R>(props: {
  label: string;
  rows: readonly R[];
  rowId: (row: R) => string;
  columns: number;
  selectedId: string | null;
  header: ReactNode;
  renderRow: (row: R, index: number, measure: MeasureRow) => ReactNode;
}) {
  const { rows, rowId, selectedId } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLTableSectionElement>(null);
  const [headHeight, setHeadHeight] = useState(0);
  const [focusedId, setFocusedId] = useState<string | null>(null);

  // The header sits above the first row inside the box: rows start below it.
  useLayoutEffect(() => {
    setHeadHeight(headRef.current?.offsetHeight ?? 0);
  }, []);

  const indexOf = useCallback(
    (id: string | null) => (id === null ? -1 : rows.findIndex((r) => rowId(r) === id)),
    [rows, rowId],
  );
  const focusedIndex = useMemo(() => indexOf(focusedId), [indexOf, focusedId]);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (focusedIndex < 0 || indexes.includes(focusedIndex)) return indexes;
      return [...indexes, focusedIndex].sort((a, b) => a - b);
    },
    [focusedIndex],
  );
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    // Sizes are kept by place, not by row: a sort or a filter then costs the virtualiser nothing
    // over 50,000 rows, and a row whose height differs is measured again as it renders.
    rangeExtractor,
    overscan: OVERSCAN,
    scrollMargin: headHeight,
    // The sticky header covers the top of the box: a row scrolled into view goes below it.
    scrollPaddingStart: headHeight,
  });

  // Only a new selection scrolls, never an edit or a sort, so the box does not jump under the user.
  const scrolledTo = useRef<string | null>(null);
  useEffect(() => {
    if (selectedId === scrolledTo.current) return;
    const index = indexOf(selectedId);
    if (selectedId !== null && index < 0) return;
    scrolledTo.current = selectedId;
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [selectedId, indexOf, virtualizer]);

  const onFocus = (e: FocusEvent<HTMLElement>) =>
    setFocusedId((e.target as HTMLElement).closest('tr')?.dataset.itemId ?? null);
  const onBlur = (e: FocusEvent<HTMLElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocusedId(null);
  };

  const body: ReactNode[] = [];
  const spacer = (key: string, height: number) => {
    if (height <= 0) return;
    body.push(
      // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row holds nothing focusable.
      <tr key={key} className="row-spacer" aria-hidden="true">
        <td colSpan={props.columns} style={{ height }} />
      </tr>,
    );
  };
  let end = virtualizer.options.scrollMargin;
  for (const item of virtualizer.getVirtualItems()) {
    spacer(`before-${item.key}`, item.start - end);
    body.push(props.renderRow(rows[item.index] as R, item.index, virtualizer.measureElement));
    end = item.end;
  }
  spacer('end', virtualizer.getTotalSize() + virtualizer.options.scrollMargin - end);

  return (
    <div ref={scrollRef} className="table-scroll">
      <table className="data-table" aria-label={props.label} aria-rowcount={rows.length + 1}>
        <thead ref={headRef}>{props.header}</thead>
        <tbody onFocus={onFocus} onBlur={onBlur}>
          {body}
        </tbody>
      </table>
    </div>
  );
}
