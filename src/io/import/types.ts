/** Shapes shared by every import format. Plain data, so they cross a worker boundary as they are. */
import type {
  ActorKind,
  AgeGroup,
  CollaborationStatus,
  Contact,
  MapDocument,
  Position,
  Snapshot,
  Strength,
  Template,
} from '../../domain/types';

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

export type ImportFormat = 'samspill-json' | 'csv' | 'xlsx' | 'gexf' | 'graphml';

/**
 * One error or warning, as a code plus what the message needs; the UI translates it.
 * `row` is the spreadsheet row (the header is row 1); `line` is a line of a text or XML file.
 */
export interface ImportProblem {
  code: string;
  file: string;
  sheet?: string;
  row?: number;
  line?: number;
  field?: string;
  value?: string;
  limit?: number;
  /** `value` is a list cut short: how many entries it leaves out. */
  more?: number;
}

/** Where a record came from, for problems that name it. */
export type Origin = Pick<ImportProblem, 'file' | 'sheet' | 'row' | 'line'>;

/** An actor as a file describes it; a field left undefined is one the file does not give. */
export interface IncomingActor {
  /** Unique within the import; collaborations point at it. */
  key: string;
  /** The file's own id (ID column, node id), matched against existing actor ids on merge. */
  sourceId: string | null;
  name: string;
  kind?: ActorKind;
  sectorId?: string;
  typeId?: string;
  /** The file did not choose the type (guessed from the name, blank or unknown): a merge keeps a chosen one. */
  typeGuessed?: boolean;
  description?: string;
  tags?: string[];
  contact?: Partial<Contact>;
  power?: number;
  interest?: number;
  position?: Position;
  ageGroups?: AgeGroup[];
  extraTypeIds?: string[];
  custom?: Record<string, string>;
  origin: Origin;
  /** Made from a From/To name, in a file with no actors table. */
  fromLink?: boolean;
}

/**
 * A From/To name the file's actors table lacks but the open map had when the files were read:
 * a merge resolves it against the map, a new map refuses it.
 */
export interface MapEnd {
  key: string;
  name: string;
  /** The first row naming it, and its column. */
  origin: Origin;
  field: string;
}

/** The open map's actors, as parsing needs them to tell a map's actor from a missing one. */
export interface MapActors {
  actors: readonly { id: string; name: string; kind: ActorKind }[];
  focalActorId: string | null;
}

export interface IncomingCollaboration {
  sourceId: string | null;
  /** Keys of incoming actors. */
  source: string;
  target: string;
  label?: string;
  purposeIds?: string[];
  strength?: Strength;
  status?: CollaborationStatus;
  frequency?: string;
  startDate?: string;
  endDate?: string;
  responsible?: string;
  notes?: string;
  nextStep?: string;
  nextStepDate?: string;
  custom?: Record<string, string>;
  origin: Origin;
}

/** Actors and collaborations from a spreadsheet or graph file, not yet placed in any map. */
export interface IncomingGraph {
  kind: 'graph';
  /** `samspill-json` when a native map is turned into a graph to merge (`docToIncoming`). */
  format: ImportFormat;
  files: string[];
  actors: IncomingActor[];
  collaborations: IncomingCollaboration[];
  warnings: ImportProblem[];
  /** The one actor of the template's focal type, if exactly one. */
  focalKey: string | null;
  /** No single focal actor was found: the UI asks the user to pick one for a new map. */
  needsFocal: boolean;
  /** Link ends found only in the open map; collaborations point at their keys. */
  mapEnds?: MapEnd[];
}

export interface NativeMap {
  doc: MapDocument;
  snapshots: Snapshot[];
}

/** Whole maps from `.samspill.json` (a backup or one map), restored and validated. */
export interface NativeImport {
  kind: 'native';
  format: 'samspill-backup' | 'samspill-map';
  files: string[];
  exportedAt: string | null;
  maps: NativeMap[];
  /** Template copies carried by a backup, validated with `templateSchema`. */
  templates: Template[];
  warnings: ImportProblem[];
}

export type ParsedImport = IncomingGraph | NativeImport;

export type ImportResult<T> = { ok: true; value: T } | { ok: false; error: ImportProblem };

export interface ParseOptions {
  signal?: AbortSignal;
  /** Called with 0…1 as files are read; cheap enough to drive a progress bar. */
  onProgress?: (fraction: number) => void;
  /** The open map: a From/To name missing from the file but on this map is left to the merge. */
  map?: MapActors;
}

export interface ImportCounts {
  add: number;
  update: number;
  skip: number;
}

export interface MatchReport {
  /** Name in the file. */
  incoming: string;
  /** Name in the map. */
  existing: string;
  existingId: string;
  by: 'id' | 'name' | 'focal';
}

export interface ImportPlan {
  doc: MapDocument;
  counts: { actors: ImportCounts; collaborations: ImportCounts };
  matched: MatchReport[];
  /** From/To names the file's actors lack, found among the map's actors (merge). */
  endsInMap: MatchReport[];
  /** The parse warnings and the plan's own (ambiguous matches). */
  warnings: ImportProblem[];
  /** Ids of records the import adds or changes; every other record keeps its identity. */
  changed: {
    actors: string[];
    collaborations: string[];
  };
}
