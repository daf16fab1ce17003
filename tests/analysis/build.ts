/** Hand-built maps for the gap-analysis tests: ids as given, every other field a plain default. */
import type {
  Activity,
  Actor,
  ActorKind,
  Collaboration,
  CollaborationStatus,
  MapDocument,
  Strength,
} from '../../src/domain/types';

export const MAP_ID = 'm';
export const CREATED = '2026-01-01T00:00:00.000Z';

export interface ActorSpec {
  id: string;
  name?: string;
  typeId?: string;
  sectorId?: string;
  kind?: ActorKind;
  power?: number | null;
  interest?: number | null;
  extraTypeIds?: string[];
}

export interface LinkSpec {
  id: string;
  a: string;
  b: string;
  strength?: Strength;
  status?: CollaborationStatus;
  purposeIds?: string[];
  responsible?: string;
  startDate?: string | null;
  createdAt?: string;
  nextStepDate?: string | null;
}

export function actor(spec: ActorSpec): Actor {
  return {
    id: spec.id,
    mapId: MAP_ID,
    name: spec.name ?? spec.id,
    kind: spec.kind ?? 'organisation',
    sectorId: spec.sectorId ?? 'custom',
    typeId: spec.typeId ?? 'custom',
    description: '',
    tags: [],
    contact: { name: '', role: '', email: '', phone: '' },
    power: spec.power ?? null,
    interest: spec.interest ?? null,
    position: null,
    ageGroups: [],
    extraTypeIds: spec.extraTypeIds ?? [],
    custom: {},
    createdAt: CREATED,
    updatedAt: CREATED,
  };
}

export function link(spec: LinkSpec): Collaboration {
  return {
    id: spec.id,
    mapId: MAP_ID,
    sourceId: spec.a,
    targetId: spec.b,
    label: '',
    purposeIds: spec.purposeIds ?? [],
    strength: spec.strength ?? 2,
    status: spec.status ?? 'active',
    frequency: '',
    startDate: spec.startDate ?? null,
    endDate: null,
    responsible: spec.responsible ?? '',
    notes: '',
    nextStep: '',
    nextStepDate: spec.nextStepDate ?? null,
    custom: {},
    createdAt: spec.createdAt ?? CREATED,
    updatedAt: spec.createdAt ?? CREATED,
  };
}

export function activity(id: string, collaborationId: string, date: string): Activity {
  return { id, mapId: MAP_ID, collaborationId, date, title: id, note: '' };
}

const byId = <T extends { id: string }>(items: T[]): Record<string, T> =>
  Object.fromEntries(items.map((x) => [x.id, x]));

/** A map whose focal actor is `focal` (the culture school, added by the caller or here). */
export function buildMap(
  focal: string | null,
  actors: ActorSpec[],
  links: LinkSpec[] = [],
  activities: Activity[] = [],
): MapDocument {
  return {
    map: {
      id: MAP_ID,
      name: 'Test',
      description: '',
      focalActorId: focal,
      templateId: 'mini',
      notRelevantTypeIds: [],
      plans: [],
      planLinks: [],
      createdAt: CREATED,
      updatedAt: CREATED,
    },
    actors: byId(actors.map(actor)),
    collaborations: byId(links.map(link)),
    activities: byId(activities),
    views: {},
  };
}

/** The culture school, as the focal actor of the hand-built maps. */
export const SCHOOL: ActorSpec = {
  id: 'F',
  name: 'Kulturskolen',
  sectorId: 'focal',
  typeId: 'culture-school',
};
