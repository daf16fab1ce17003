import type { EditMeta } from './ids';
import type { Actor, Collaboration, MapDocument, PartnerMap } from './types';

export const emptyContact = () => ({ name: '', role: '', email: '', phone: '' });

export type ActorInput = Partial<Omit<Actor, 'id' | 'mapId' | 'createdAt' | 'updatedAt'>> &
  Pick<Actor, 'name'>;

export function makeActor(mapId: string, input: ActorInput, meta: EditMeta): Actor {
  return {
    kind: 'organisation',
    sectorId: 'custom',
    typeId: 'custom',
    description: '',
    tags: [],
    contact: emptyContact(),
    power: null,
    interest: null,
    position: null,
    ageGroups: [],
    extraTypeIds: [],
    custom: {},
    ...input,
    name: input.name.trim(),
    id: meta.newId(),
    mapId,
    createdAt: meta.now,
    updatedAt: meta.now,
  };
}

export type CollaborationInput = Partial<
  Omit<Collaboration, 'id' | 'mapId' | 'createdAt' | 'updatedAt'>
> &
  Pick<Collaboration, 'sourceId' | 'targetId'>;

export function makeCollaboration(
  mapId: string,
  input: CollaborationInput,
  meta: EditMeta,
): Collaboration {
  return {
    label: '',
    purposeIds: [],
    strength: 2,
    status: 'active',
    frequency: '',
    startDate: null,
    endDate: null,
    responsible: '',
    notes: '',
    nextStep: '',
    nextStepDate: null,
    custom: {},
    ...input,
    id: meta.newId(),
    mapId,
    createdAt: meta.now,
    updatedAt: meta.now,
  };
}

/** A map's analysis settings before the leader sets any: every type counts, no plans named. */
export const NO_MAP_SETTINGS: Pick<PartnerMap, 'notRelevantTypeIds' | 'plans' | 'planLinks'> = {
  notRelevantTypeIds: [],
  plans: [],
  planLinks: [],
};

export interface NewMapInput {
  name: string;
  focalName: string;
  templateId: string;
  focalSectorId: string;
  focalTypeId: string;
}

/** A new map holds only its focal actor: the culture school itself. */
export function makeMap(input: NewMapInput, meta: EditMeta): MapDocument {
  const mapId = meta.newId();
  const focal = makeActor(
    mapId,
    { name: input.focalName, sectorId: input.focalSectorId, typeId: input.focalTypeId },
    meta,
  );
  const map: PartnerMap = {
    id: mapId,
    name: input.name.trim(),
    description: '',
    focalActorId: focal.id,
    templateId: input.templateId,
    ...NO_MAP_SETTINGS,
    createdAt: meta.now,
    updatedAt: meta.now,
  };
  return { map, actors: { [focal.id]: focal }, collaborations: {}, activities: {}, views: {} };
}
