/**
 * A map → the two tables CSV and XLSX share: actors and collaborations, headers and labels in the
 * export language, custom fields as extra columns. Cells are plain text here; each format escapes
 * them on the way out.
 */
import { purposeLabel, sectorLabel } from '../../domain/template';
import {
  type Actor,
  type Collaboration,
  CUSTOM_SECTOR,
  CUSTOM_TYPE,
  type Locale,
  type MapDocument,
  type Template,
} from '../../domain/types';
import { ageGroupLabel, kindLabel, statusLabel, typeText } from '../import/values';
import { joinValues } from '../text/cells';
import { ACTOR_COLUMNS, COLLABORATION_COLUMNS, customHeader, type TableKind } from './columns';

export interface Tables {
  actors: string[][];
  collaborations: string[][];
}

const EXPORTED_ACTOR_FIELDS = new Set(ACTOR_COLUMNS.map((c) => c.field));
for (const f of ['x', 'y', 'pinned'] as const) EXPORTED_ACTOR_FIELDS.delete(f);
const EXPORTED_COLLABORATION_FIELDS = new Set(COLLABORATION_COLUMNS.map((c) => c.field));
EXPORTED_COLLABORATION_FIELDS.delete('weight');

function customKeys(records: readonly { custom: Record<string, string> }[]): string[] {
  const keys = new Set<string>();
  for (const r of records) for (const k of Object.keys(r.custom)) keys.add(k);
  return [...keys];
}

function withCustom<T extends { custom: Record<string, string> }>(
  kind: TableKind,
  headers: string[],
  records: readonly T[],
  cells: (r: T) => string[],
): string[][] {
  const keys = customKeys(records);
  return [
    [...headers, ...keys.map((k) => customHeader(k, kind))],
    ...records.map((r) => [
      ...cells(r),
      ...keys.map((k) => (Object.hasOwn(r.custom, k) ? (r.custom[k] as string) : '')),
    ]),
  ];
}

export function docToTables(doc: MapDocument, template: Template, locale: Locale): Tables {
  const actors = Object.values(doc.actors);
  const score = (n: number | null) => (n === null ? '' : String(n));
  const actorCells = (a: Actor): string[] => [
    a.name,
    a.id,
    kindLabel(a.kind, locale),
    a.typeId === CUSTOM_TYPE ? '' : typeText(template, a.typeId, locale),
    a.sectorId === CUSTOM_SECTOR ? '' : (sectorLabel(template, a.sectorId, locale) ?? a.sectorId),
    a.description,
    joinValues(a.tags),
    score(a.power),
    score(a.interest),
    a.contact.name,
    a.contact.role,
    a.contact.email,
    a.contact.phone,
    joinValues(a.ageGroups.map((g) => ageGroupLabel(g, locale))),
    joinValues(a.extraTypeIds.map((t) => typeText(template, t, locale))),
  ];
  const ref = endpointNames(actors);
  const collaborationCells = (c: Collaboration): string[] => [
    ref(c.sourceId),
    ref(c.targetId),
    c.id,
    c.label,
    String(c.strength),
    statusLabel(c.status, locale),
    joinValues(c.purposeIds.map((p) => purposeLabel(template, p, locale))),
    c.frequency,
    c.startDate ?? '',
    c.endDate ?? '',
    c.responsible,
    c.notes,
    c.nextStep,
    c.nextStepDate ?? '',
  ];
  const header = <F extends string>(
    cols: readonly { field: F; header: Record<Locale, string> }[],
    keep: Set<F>,
  ) => cols.filter((c) => keep.has(c.field)).map((c) => c.header[locale]);
  return {
    actors: withCustom('actors', header(ACTOR_COLUMNS, EXPORTED_ACTOR_FIELDS), actors, actorCells),
    collaborations: withCustom(
      'collaborations',
      header(COLLABORATION_COLUMNS, EXPORTED_COLLABORATION_FIELDS),
      Object.values(doc.collaborations),
      collaborationCells,
    ),
  };
}

/**
 * From/To name an actor by its name, which people can read, unless another actor has the same
 * name or some actor's ID is that name: then by ID, which import tries first.
 */
function endpointNames(actors: readonly Actor[]): (id: string) => string {
  const count = new Map<string, number>();
  for (const a of actors) count.set(a.name, (count.get(a.name) ?? 0) + 1);
  const ids = new Set(actors.map((a) => a.id));
  const byId = new Map(actors.map((a) => [a.id, a]));
  return (id) => {
    const name = byId.get(id)?.name;
    return name !== undefined && count.get(name) === 1 && !ids.has(name) ? name : id;
  };
}
