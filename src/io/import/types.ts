/** Shapes shared by every import format. Plain data, so they cross a worker boundary as they are. */
import type {
  ActorKind,
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
  custom?: Record<string, string>;
  origin: Origin;
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
  /** The parse warnings and the plan's own (ambiguous matches). */
  warnings: ImportProblem[];
  /** Ids of records the import adds or changes; every other record keeps its identity. */
  changed: {
    actors: string[];
    collaborations: string[];
  };
}
