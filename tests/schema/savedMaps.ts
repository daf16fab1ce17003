/**
 * Valid saved maps of any size, as plain JSON rows would come from IndexedDB or a file, for the
 * stepped restore's tests and its measurement (.tmp scripts). Seeded, so every run is the same.
 * Records vary: defaulted fields left out or given, optional fields present or not, positions,
 * tags, custom fields, and now and then the old "school" type that restore upgrades.
 */
import { mulberry32 } from '../../src/analysis/layout/prng';
import { MAP_FORMAT, SCHEMA_VERSION } from '../../src/schema';

export interface SavedMapSize {
  actors: number;
  collaborations: number;
  activities?: number;
  views?: number;
  seed?: number;
}

type Row = Record<string, unknown>;
export interface SavedRows {
  format: string;
  version: number;
  map: Row;
  actors: Row[];
  collaborations: Row[];
  activities: Row[];
  views: Row[];
}

const NOW = '2026-01-01T00:00:00.000Z';
const KINDS = ['organisation', 'person', 'group', 'project'];
const STATUSES = ['idea', 'planned', 'active', 'paused', 'ended'];
const TYPES = ['library', 'kindergarten', 'school', 'nav', 'ppt', 'festival'];

export function savedMap(size: SavedMapSize): SavedRows {
  const rnd = mulberry32(size.seed ?? 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const mapId = 'map-1';
  const n = Math.max(2, size.actors);
  const actors: Row[] = [];
  for (let i = 0; i < n; i++) {
    const a: Row = {
      id: `a${i}`,
      mapId,
      name: i % 17 === 0 ? `Nordby ungdomsskole ${i}` : `Aktør ${i}`,
      kind: pick(KINDS),
      sectorId: `sector-${i % 9}`,
      typeId: pick(TYPES),
      createdAt: NOW,
      updatedAt: NOW,
    };
    if (rnd() < 0.5) {
      a.description = `Beskrivelse ${i}`;
      a.tags = ['kultur', `t${i % 5}`];
      a.contact = { name: 'Kari', role: 'leder', email: 'kari@example.no', phone: '123' };
      a.power = 1 + (i % 5);
      a.interest = rnd() < 0.5 ? null : 3;
      a.position = { x: rnd() * 1000, y: -rnd() * 1000, pinned: rnd() < 0.1 };
      a.ageGroups = ['children'];
      a.extraTypeIds = [];
      a.custom = { Kommune: 'Eksempel' };
    }
    if (rnd() < 0.05) {
      a.addedBy = `p${i % 3}`;
      a.addedByName = ' Ola ';
    }
    actors.push(a);
  }
  const collaborations: Row[] = [];
  for (let i = 0; i < size.collaborations; i++) {
    const s = Math.floor(rnd() * n);
    const t = (s + 1 + Math.floor(rnd() * (n - 1))) % n;
    const c: Row = {
      id: `c${i}`,
      mapId,
      sourceId: `a${s}`,
      targetId: `a${t}`,
      strength: 1 + (i % 3),
      status: pick(STATUSES),
      createdAt: NOW,
      updatedAt: NOW,
    };
    if (rnd() < 0.5) {
      c.label = `Samarbeid ${i}`;
      c.purposeIds = ['inclusion'];
      c.startDate = '2025-08-15';
      c.endDate = null;
      c.nextStep = 'Møte';
      c.nextStepDate = '2026-02-01';
      c.custom = {};
    }
    collaborations.push(c);
  }
  const activities: Row[] = [];
  for (let i = 0; i < (size.activities ?? 0) && collaborations.length > 0; i++) {
    activities.push({
      id: `ac${i}`,
      mapId,
      collaborationId: `c${Math.floor(rnd() * collaborations.length)}`,
      date: '2026-01-05',
      title: `Aktivitet ${i}`,
      ...(rnd() < 0.5 ? { note: 'notat' } : {}),
    });
  }
  const views: Row[] = [];
  for (let i = 0; i < (size.views ?? 0); i++) {
    views.push({
      id: `v${i}`,
      mapId,
      name: `Visning ${i}`,
      order: i,
      filters: { sectors: [], statuses: ['active'], purposes: [] },
      layout: 'force',
      ringsBy: 'distance',
      sizeBy: 'degree',
      showGaps: i % 2 === 0,
      camera: i % 2 === 0 ? null : { x: 0, y: 0, w: 100, h: 80 },
      createdAt: NOW,
      updatedAt: NOW,
    });
  }
  return {
    format: MAP_FORMAT,
    version: SCHEMA_VERSION,
    map: {
      id: mapId,
      name: 'Kulturskolen i Testby',
      focalActorId: 'a0',
      templateId: 'kulturskole',
      createdAt: NOW,
      updatedAt: NOW,
    },
    actors,
    collaborations,
    activities,
    views,
  };
}
