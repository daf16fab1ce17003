import { memo, useCallback, useMemo } from 'react';
import { updateCollaboration } from '../../domain/commands';
import { getRecord } from '../../domain/records';
import { purposeLabel } from '../../domain/template';
import {
  type Collaboration,
  type CollaborationStatus,
  type Locale,
  type MapDocument,
  STATUSES,
  STRENGTHS,
  type Strength,
} from '../../domain/types';
import { edit } from '../../state/documentStore';
import { select } from '../../state/viewStore';
import { useLocale, useTemplate, useView } from '../hooks';
import { type Option, SelectField } from '../inspector/fields';
import { ListTable } from './TableParts';
import { useSortedRows } from './useSortedRows';

type Column = 'from' | 'to' | 'label' | 'strength' | 'status' | 'purposes' | 'responsible';
const COLUMNS: readonly Column[] = [
  'from',
  'to',
  'label',
  'strength',
  'status',
  'purposes',
  'responsible',
];

interface Row {
  collab: Collaboration;
  from: string;
  to: string;
  /** The collaboration's own name, or "from – to" when it has none. */
  name: string;
  strength: string;
  status: string;
  purposes: string;
  purposeLabels: string[];
}

type T = ReturnType<typeof useLocale>['t'];

/** All collaborations of the map, one row each. */
export function CollaborationsTable({ doc }: { doc: MapDocument | null }) {
  const { t, locale } = useLocale();
  const template = useTemplate();
  const selectedId = useView((s) =>
    s.selection?.kind === 'collaboration' ? s.selection.id : null,
  );

  const rows = useMemo<Row[]>(() => {
    if (!doc) return [];
    return Object.values(doc.collaborations).map((collab) => {
      const from = getRecord(doc.actors, collab.sourceId)?.name ?? '?';
      const to = getRecord(doc.actors, collab.targetId)?.name ?? '?';
      const purposeLabels = collab.purposeIds.map((p) => purposeLabel(template, p, locale));
      return {
        collab,
        from,
        to,
        name: collab.label || t('lists.untitled', { from, to }),
        strength: t(`strength.${collab.strength}`),
        status: t(`status.${collab.status}`),
        purposes: purposeLabels.join(', '),
        purposeLabels,
      };
    });
  }, [doc, template, locale, t]);

  const value = useCallback((row: Row, column: Column) => {
    switch (column) {
      case 'label':
        return row.collab.label;
      case 'strength':
        return row.collab.strength;
      case 'status':
        return STATUSES.indexOf(row.collab.status);
      case 'responsible':
        return row.collab.responsible;
      default:
        return row[column];
    }
  }, []);
  const text = useCallback(
    (row: Row) =>
      [
        row.from,
        row.to,
        row.collab.label,
        row.strength,
        row.status,
        row.purposes,
        row.collab.responsible,
      ].join('\n'),
    [],
  );
  const table = useSortedRows<Row, Column>(rows, {
    initial: { column: 'from', direction: 'ascending' },
    value,
    text,
  });

  const strengths = useMemo<Option[]>(
    () => STRENGTHS.map((s) => ({ value: String(s), label: t(`strength.${s}`) })),
    [t],
  );
  const statuses = useMemo<Option[]>(
    () => STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
    [t],
  );

  return (
    <ListTable
      title={t('lists.collaborations')}
      filterLabel={t('lists.filterCollaborations')}
      columns={COLUMNS}
      columnLabel={(c) => t(`lists.${c}`)}
      table={table}
    >
      {table.rows.map((row) => (
        <CollaborationRow
          key={row.collab.id}
          row={row}
          selected={row.collab.id === selectedId}
          strengths={strengths}
          statuses={statuses}
          locale={locale}
          t={t}
        />
      ))}
    </ListTable>
  );
}

interface RowProps {
  row: Row;
  selected: boolean;
  strengths: Option[];
  statuses: Option[];
  locale: Locale;
  t: T;
}

const CollaborationRow = memo(function CollaborationRow({
  row,
  selected,
  strengths,
  statuses,
  t,
}: RowProps) {
  const { collab } = row;
  const patch = (p: Parameters<typeof updateCollaboration>[2]) =>
    edit((d, meta) => updateCollaboration(d, collab.id, p, meta));
  return (
    <tr className={selected ? 'selected' : undefined} aria-current={selected ? 'true' : undefined}>
      <td>{row.from}</td>
      <td>{row.to}</td>
      <th scope="row">
        <button
          type="button"
          className="btn-quiet"
          onClick={() => select({ kind: 'collaboration', id: collab.id })}
        >
          {row.name}
        </button>
      </th>
      <td>
        <SelectField
          inline
          label={t('lists.editStrength', { name: row.name })}
          value={String(collab.strength)}
          options={strengths}
          onChange={(v) => patch({ strength: Number(v) as Strength })}
        />
      </td>
      <td>
        <SelectField
          inline
          label={t('lists.editStatus', { name: row.name })}
          value={collab.status}
          options={statuses}
          onChange={(v) => patch({ status: v as CollaborationStatus })}
        />
      </td>
      <td>
        {row.purposeLabels.map((label, i) => (
          <span key={collab.purposeIds[i]} className="chip">
            {label}
          </span>
        ))}
      </td>
      <td>{collab.responsible}</td>
    </tr>
  );
}, sameRow);

function sameRow(a: RowProps, b: RowProps): boolean {
  return (
    a.row.collab === b.row.collab &&
    a.row.from === b.row.from &&
    a.row.to === b.row.to &&
    a.row.purposes === b.row.purposes &&
    a.selected === b.selected &&
    a.strengths === b.strengths &&
    a.statuses === b.statuses &&
    a.locale === b.locale &&
    a.t === b.t
  );
}
