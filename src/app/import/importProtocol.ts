/** Messages between the page and the import worker, which keeps the parsed files until it ends. */
import type { MapDocument, Template } from '../../domain/types';
import type { ImportFile, ImportResult, IncomingGraph, MapActors } from '../../io/import';
import type { ImportChoice, ImportPreviewData, PlanSummary } from '../../io/import/preview';

export type HostRequest =
  /** `map`: the open map's actors, so From/To names found there are left to a merge. */
  | { type: 'parse'; files: ImportFile[]; template: Template; map?: MapActors }
  | { type: 'plan'; id: number; choice: ImportChoice; target: MapDocument | null }
  /** The whole incoming graph, for a merge, which is planned against the map as it is now. */
  | { type: 'graph'; id: number }
  /** Plans (or reuses the preview's plan) and writes the new map into the store at `location`. */
  | { type: 'write'; id: number; choice: ImportChoice; location: string }
  | { type: 'cancel-write'; id: number };

export type HostReply =
  | { type: 'progress'; fraction: number }
  | { type: 'parsed'; result: ImportResult<ImportPreviewData> }
  | { type: 'planned'; id: number; result: ImportResult<PlanSummary> }
  | { type: 'graph'; id: number; graph: IncomingGraph | null }
  | { type: 'write-progress'; id: number; fraction: number }
  /** The new map's id; `aborted` when the write was cancelled (nothing was written). */
  | { type: 'written'; id: number; result: ImportResult<string> }
  /** A failed write (nothing was written) or a bug; `id` is the request's, when there was one. */
  | { type: 'failed'; id: number | null; name: string; message: string };
