import { useCallback, useMemo } from 'react';
import { updateActor } from '../../domain/commands';
import { degreeOf } from '../../domain/lookup';
import type { Actor, MapDocument, Template } from '../../domain/types';
import { edit } from '../../state/documentStore';
import { select } from '../../state/viewStore';
import { useLocale, useTemplate } from '../hooks';
import { InlineText, type Option, SelectField } from '../inspector/fields';
import { typeForSector } from '../inspector/typeChoice';
import { sectorName, sectorOptions, typeName } from '../labels';
import { useMapView } from '../map/MapViewContext';
import { ListRow, type ListSpec, ListTable, type RowProps } from './TableParts';
import { useSortedRows } from './useSortedRows';

type Column = 'name' | 'sector' | 'type' | 'links';

interface Row {
  actor: Actor;
  sector: string;
  type: string;
  links: number;
}

interface Shared {
  template: Template;
  sectors: Option[];
}

const ACTORS: ListSpec<Row, Column, Shared> = {
  title: 'lists.actors',
  filterLabel: 'lists.filterActors',
  columns: ['name', 'sector', 'type', 'links'],
  rowId: (row) => row.actor.id,
  Row: ActorRow,
  kind: 'actor',
};

/** All actors of the map, one row each: the accessible alternative to the canvas. */
export function ActorsTable({
  doc,
  virtualizeFrom,
}: {
  doc: MapDocument | null;
  virtualizeFrom?: number | undefined;
}) {
  const { t, locale } = useLocale();
  const template = useTemplate();
  const other = t('custom.sector');
  const otherType = t('custom.type');

  const rows = useMemo<Row[]>(() => {
    if (!doc) return [];
    const degree = degreeOf(doc);
    return Object.values(doc.actors).map((actor) => ({
      actor,
      sector: sectorName(template, actor.sectorId, locale, other),
      type: typeName(template, actor.typeId, locale, otherType),
      links: degree.get(actor.id) ?? 0,
    }));
  }, [doc, template, locale, other, otherType]);

  const value = useCallback((row: Row, column: Column) => {
    if (column === 'name') return row.actor.name;
    return row[column];
  }, []);
  const text = useCallback(
    (row: Row) => [row.actor.name, row.sector, row.type, String(row.links)].join('\n'),
    [],
  );
  const table = useSortedRows<Row, Column>(rows, {
    initial: { column: 'name', direction: 'ascending' },
    value,
    text,
  });

  const shared = useMemo<Shared>(
    () => ({
      template,
      sectors: sectorOptions(template, locale, other).map((o) => ({ value: o.id, label: o.label })),
    }),
    [template, locale, other],
  );

  return <ListTable spec={ACTORS} table={table} shared={shared} virtualizeFrom={virtualizeFrom} />;
}

function ActorRow({ row, selected, shared, t, rowIndex, measure }: RowProps<Row, Shared>) {
  const { sectors, template } = shared;
  const mapView = useMapView();
  const { actor } = row;
  const options = sectors.some((o) => o.value === actor.sectorId)
    ? sectors
    : [...sectors, { value: actor.sectorId, label: row.sector }];
  return (
    <ListRow
      item={{ kind: 'actor', id: actor.id }}
      selected={selected}
      rowIndex={rowIndex}
      measure={measure}
    >
      <th scope="row">
        <div className="field-row">
          <InlineText
            label={t('lists.editName', { name: actor.name })}
            value={actor.name}
            onCommit={(text) => {
              const name = text.trim();
              if (name && name !== actor.name) {
                edit((d, meta) => updateActor(d, actor.id, { name }, meta));
              }
            }}
          />
          <button
            type="button"
            className="btn btn-quiet"
            aria-label={t('lists.show', { name: actor.name })}
            onClick={() => {
              select({ kind: 'actor', id: actor.id });
              mapView.focus([actor.id]);
            }}
          >
            {t('lists.showShort')}
          </button>
        </div>
      </th>
      <td>
        <SelectField
          inline
          label={t('lists.editSector', { name: actor.name })}
          value={actor.sectorId}
          options={options}
          onChange={(sectorId) =>
            edit((d, meta) =>
              updateActor(
                d,
                actor.id,
                { sectorId, typeId: typeForSector(template, sectorId, actor.typeId) },
                meta,
              ),
            )
          }
        />
      </td>
      <td>{row.type}</td>
      <td>{row.links}</td>
    </ListRow>
  );
}
