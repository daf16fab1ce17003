/**
 * Domain vocabulary (docs/architecture.md). Plain data only: these objects are stored, diffed and
 * undone.
 */

export type Locale = 'nb' | 'nn' | 'en';
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

/**
 * Who an actor works with, by age (docs/gap-analysis.md): suggestions only pair actors whose age
 * groups meet. Empty on an actor means "as its type": the template's types carry a default.
 */
export type AgeGroup = 'early-years' | 'children' | 'youth' | 'adults' | 'seniors';
export const AGE_GROUPS: readonly AgeGroup[] = [
  'early-years',
  'children',
  'youth',
  'adults',
  'seniors',
];

/** A plan the municipality has adopted (kommuneplanens samfunnsdel, kulturplan, oppvekstplan). */
export interface MunicipalPlan {
  id: string;
  name: string;
}

/** Ties a template type's gap to a goal of one of the map's plans. */
export interface PlanLink {
  typeId: string;
  planId: string;
  /** The adopted goal, in the plan's words. */
  goal: string;
}

export interface PartnerMap {
  id: string;
  name: string;
  description: string;
  focalActorId: string | null;
  templateId: string;
  /** Template types that do not apply here (no asylum centre in the municipality): not scored. */
  notRelevantTypeIds: string[];
  plans: MunicipalPlan[];
  planLinks: PlanLink[];
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
  /** Empty: the age groups of the actor's type. */
  ageGroups: AgeGroup[];
  /** More template types the actor counts for (the county that is also the DKS manager). */
  extraTypeIds: string[];
  /** Columns from an imported file that Samspill has no field for, kept and shown as they came. */
  custom: Record<string, string>;
  /** A workshop participant's entry: the hash of the phone's id (server/README.md). */
  addedBy?: string;
  /** The nickname given on that phone, shown on the projector. */
  addedByName?: string;
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
  /** The agreed next step and its date: "what to do now" lists it. */
  nextStep: string;
  nextStepDate: string | null;
  /** Imported columns with no field of their own. */
  custom: Record<string, string>;
  /** A workshop participant's entry: the hash of the phone's id (server/README.md). */
  addedBy?: string;
  /** The nickname given on that phone, shown on the projector. */
  addedByName?: string;
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
  /**
   * The school's owner (the municipal administration): shown apart and never scored, since the
   * link to one's own employer is no partnership earned.
   */
  owner: boolean;
  /** Lower-case words that suggest this type when they occur in an actor's name. */
  keywords: string[];
  /** Who the type works with by age; empty: all ages. */
  ageGroups: AgeGroup[];
  /** One or two sentences: why a culture school works with this type. */
  why: Labels;
  /** Id of a `Template.sources` entry that backs `why`. */
  sourceId: string;
  /** A concrete first step towards the type. */
  firstStep: Labels;
}

/** A document the template's reasons rest on (rammeplanen, DKS, the founding document …). */
export interface TemplateSource {
  id: string;
  labels: Labels;
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
  sources: TemplateSource[];
}

export const CUSTOM_SECTOR = 'custom';
export const CUSTOM_TYPE = 'custom';
