/**
 * A whole map from a `.samspill.json` as an incoming graph, so it can also be merged into the open
 * map rather than added beside it. Ids are kept as source ids (they match on re-import). As with
 * spreadsheets, empty values are left out, so a merge never clears a field. The engagement log,
 * views and snapshots stay behind: they belong to the other map.
 */
import type { MapDocument } from '../../domain/types';
import type { IncomingGraph } from '../import/types';

/** The entries with a value: not `undefined`, `''`, `null` or `[]`. */
function given<T extends object>(record: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(record).filter(
      ([, v]) => v !== undefined && v !== '' && v !== null && !(Array.isArray(v) && v.length === 0),
    ),
  ) as Partial<T>;
}

export function docToIncoming(doc: MapDocument, file: string): IncomingGraph {
  const origin = { file };
  const actors = Object.values(doc.actors).map((a) => ({
    ...given({
      kind: a.kind,
      sectorId: a.sectorId,
      typeId: a.typeId,
      description: a.description,
      tags: a.tags,
      power: a.power ?? undefined,
      interest: a.interest ?? undefined,
      position: a.position ?? undefined,
      ageGroups: a.ageGroups,
      extraTypeIds: a.extraTypeIds,
    }),
    contact: given(a.contact),
    custom: a.custom,
    key: a.id,
    sourceId: a.id,
    name: a.name,
    origin,
  }));
  const collaborations = Object.values(doc.collaborations).map((c) => ({
    ...given({
      label: c.label,
      purposeIds: c.purposeIds,
      strength: c.strength,
      status: c.status,
      frequency: c.frequency,
      startDate: c.startDate ?? undefined,
      endDate: c.endDate ?? undefined,
      responsible: c.responsible,
      notes: c.notes,
      nextStep: c.nextStep,
      nextStepDate: c.nextStepDate ?? undefined,
    }),
    custom: c.custom,
    sourceId: c.id,
    source: c.sourceId,
    target: c.targetId,
    origin,
  }));
  const focal = doc.map.focalActorId;
  return {
    kind: 'graph',
    format: 'samspill-json',
    files: [file],
    actors,
    collaborations,
    warnings: [],
    focalKey: focal,
    needsFocal: focal === null,
  };
}
