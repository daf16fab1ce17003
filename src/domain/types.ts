/** Domain vocabulary of DESIGN.md §2. Plain data only: these objects are stored, diffed and undone. */

export type Locale = 'nb' | 'en';
export type Labels = Record<Locale, string>;

export type ActorKind = 'organisation' | 'person' | 'group' | 'project';
export const ACTOR_KINDS: readonly ActorKind[] = ['organisation', 'person', 'group', 'project'];

export type Strength = 1 | 2 | 3;
export const STRENGTHS: readonly Strength[] = [1, 2, 3];

export type CollaborationStatus = 'idea' | 'planned' | 'active' | 'paused' | 'ended';
export const STATUSES: readonly CollaborationStatus[] = [
  'idea',
  'planned',
  'active',
  'paused',
  'ended',
];

export interface PartnerMap {
  id: string;
  name: string;
  description: string;
  focalActorId: string | null;
  templateId: string;
  createdAt: string;
  updatedAt: string;
}

export interface Contact {
  name: string;
  role: string;
  email: string;
  phone: string;
}

export interface Position {
  x: number;
  y: number;
  pinned: boolean;
}

export interface Actor {
  id: string;
  mapId: string;
  name: string;
  kind: ActorKind;
  sectorId: string;
  typeId: string;
  description: string;
  tags: string[];
  contact: Contact;
  power: number | null;
  interest: number | null;
  position: Position | null;
  /** Columns from an imported file that Samspill has no field for, kept and shown as they came. */
  custom: Record<string, string>;
  createdAt: string;
  updatedAt: string;
}

export interface Collaboration {
  id: string;
  mapId: string;
  sourceId: string;
  targetId: string;
  label: string;
  purposeIds: string[];
  strength: Strength;
  status: CollaborationStatus;
  frequency: string;
  startDate: string | null;
  endDate: string | null;
  responsible: string;
  notes: string;
  /** Imported columns with no field of their own. */
  custom: Record<string, string>;
  createdAt: string;
  updatedAt: string;
}

/** One engagement-log entry. `mapId` is kept so a map's log loads and deletes with the map. */
export interface Activity {
  id: string;
  mapId: string;
  collaborationId: string;
  date: string;
  title: string;
  note: string;
}

export type LayoutMode = 'force' | 'rings' | 'power';
export const LAYOUT_MODES: readonly LayoutMode[] = ['force', 'rings', 'power'];
export type RingsBy = 'distance' | 'strength';
export type SizeBy = 'degree' | 'centrality';

export interface ViewFilters {
  /** Empty means "all". */
  sectors: string[];
  statuses: CollaborationStatus[];
  purposes: string[];
}

/** The part of the map a view shows, in map coordinates, so it fits any screen or slide. */
export interface Camera {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A saved perspective (perspektiv): filter, layout, colouring and camera. Each can be a slide. */
export interface View {
  id: string;
  mapId: string;
  name: string;
  /** Position in the map's list of views, from 0. */
  order: number;
  filters: ViewFilters;
  layout: LayoutMode;
  ringsBy: RingsBy;
  sizeBy: SizeBy;
  /** Gap colouring: ghost nodes for missing types, weak and stale links marked. */
  showGaps: boolean;
  /** `null` shows the whole map. */
  camera: Camera | null;
  createdAt: string;
  updatedAt: string;
}

/** A whole map with its records keyed by id; records are replaced, never mutated. */
export interface MapDocument {
  map: PartnerMap;
  actors: Record<string, Actor>;
  collaborations: Record<string, Collaboration>;
  activities: Record<string, Activity>;
  views: Record<string, View>;
}

/**
 * Why a snapshot was taken: by hand, daily on first open, at a workshop start, before a restore,
 * or before damaged rows were repaired on load.
 */
export type SnapshotKind = 'manual' | 'auto' | 'workshop' | 'restore' | 'repair';
export const SNAPSHOT_KINDS: readonly SnapshotKind[] = [
  'manual',
  'auto',
  'workshop',
  'restore',
  'repair',
];

export interface Snapshot {
  id: string;
  mapId: string;
  name: string;
  createdAt: string;
  /** Absent on snapshots from before kinds existed: treated as manual. */
  kind?: SnapshotKind;
  document: MapDocument;
  /**
   * Only on a 'repair' snapshot: the map's rows exactly as they were stored, unvalidated
   * (`StoredRows` of src/schema/repair.ts). `document` holds them as repaired.
   */
  raw?: unknown;
}

export type Expectation = 'core' | 'recommended' | 'optional';

export interface TemplateType {
  id: string;
  labels: Labels;
  expectation: Expectation;
  weight: number;
  /** Named in the founding document. */
  named: boolean;
  /** Lower-case words that suggest this type when they occur in an actor's name. */
  keywords: string[];
}

export interface TemplateSector {
  id: string;
  labels: Labels;
  types: TemplateType[];
}

export interface TemplatePurpose {
  id: string;
  labels: Labels;
}

export interface TemplatePairing {
  a: string;
  b: string;
  purposeIds: string[];
  example: Labels | null;
}

export interface Template {
  id: string;
  version: number;
  labels: Labels;
  focal: {
    sectorId: string;
    typeId: string;
    labels: Labels;
    sectorLabels: Labels;
    keywords: string[];
  };
  sectors: TemplateSector[];
  purposes: TemplatePurpose[];
  pairings: TemplatePairing[];
}

export const CUSTOM_SECTOR = 'custom';
export const CUSTOM_TYPE = 'custom';
