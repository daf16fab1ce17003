import { useCallback, useMemo } from 'react';
import { updateCollaboration } from '../../domain/commands';
import { getRecord } from '../../domain/records';
import { purposeLabel } from '../../domain/template';
import { type Collaboration, type MapDocument, STATUSES } from '../../domain/types';
import { edit } from '../../state/documentStore';
import { select } from '../../state/viewStore';
import { useLocale, useTemplate } from '../hooks';
import { type Option, SelectField } from '../inspector/fields';
import {
  statusOptions,
  statusPatch,
  strengthOptions,
  strengthPatch,
} from '../inspector/linkChoices';
import { ListRow, type ListSpec, ListTable, type RowProps } from './TableParts';
import { useSortedRows } from './useSortedRows';

type Column = 'from' | 'to' | 'label' | 'strength' | 'status' | 'purposes' | 'responsible';

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

interface Shared {
  strengths: Option[];
  statuses: Option[];
}

const COLLABORATIONS: ListSpec<Row, Column, Shared> = {
  title: 'lists.collaborations',
  filterLabel: 'lists.filterCollaborations',
  columns: ['from', 'to', 'label', 'strength', 'status', 'purposes', 'responsible'],
  rowId: (row) => row.collab.id,
  Row: CollaborationRow,
  kind: 'collaboration',
};

/** All collaborations of the map, one row each. */
export function CollaborationsTable({
  doc,
  virtualizeFrom,
}: {
  doc: MapDocument | null;
  virtualizeFrom?: number | undefined;
}) {
  const { t, locale } = useLocale();
  const template = useTemplate();

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

  const shared = useMemo<Shared>(
    () => ({
      strengths: strengthOptions(t),
      statuses: statusOptions(t),
    }),
    [t],
  );

  return (
    <ListTable
      spec={COLLABORATIONS}
      table={table}
      shared={shared}
      virtualizeFrom={virtualizeFrom}
    />
  );
}

function CollaborationRow({ row, selected, shared, t, rowIndex, measure }: RowProps<Row, Shared>) {
  const { strengths, statuses } = shared;
  const { collab } = row;
  const patch = (p: Parameters<typeof updateCollaboration>[2]) =>
    edit((d, meta) => updateCollaboration(d, collab.id, p, meta));
  return (
    <ListRow
      item={{ kind: 'collaboration', id: collab.id }}
      selected={selected}
      rowIndex={rowIndex}
      measure={measure}
    >
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
          onChange={(v) => patch(strengthPatch(v))}
        />
      </td>
      <td>
        <SelectField
          inline
          label={t('lists.editStatus', { name: row.name })}
          value={collab.status}
          options={statuses}
          onChange={(v) => patch(statusPatch(v))}
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
    </ListRow>
  );
}
