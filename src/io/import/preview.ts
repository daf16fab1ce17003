/**
 * What the import preview shows of parsed files, and the choices it offers: summaries the page
 * receives from the import job, which keeps the parsed data (src/app/import/importEngine.ts).
 */
import type { MapDocument } from '../../domain/types';
import { docToIncoming } from '../json/incoming';
import type { ImportPlan, IncomingGraph, MapActors, NativeImport, ParsedImport } from './types';

export type ImportMode = 'new' | 'merge';

export interface ImportChoice {
  mode: ImportMode;
  mapName: string;
  focalKey: string | null;
}

/** A spreadsheet or graph file as the preview needs it: counts and names, not the rows. */
export interface GraphPreview {
  kind: 'graph';
  files: string[];
  warnings: IncomingGraph['warnings'];
  focalKey: string | null;
  needsFocal: boolean;
  actors: number;
  collaborations: number;
  /** Every actor, when the user must pick the culture school for a new map; else empty. */
  candidates: { key: string; name: string }[];
  /** From/To names found only in the open map: the file can only be merged into it. */
  mapEnds: number;
}

/** Backups travel whole: restoring one keeps its ids and versions, which the session handles. */
export type ImportPreviewData = GraphPreview | NativeImport;

/** A plan without its document: what the preview shows. */
export type PlanSummary = Pick<ImportPlan, 'counts' | 'matched' | 'endsInMap' | 'warnings'>;

/** What parsing needs of the open map: its actors' ids, names and kinds, not the whole map. */
export function mapActorsOf(doc: MapDocument | null): MapActors | undefined {
  if (!doc) return undefined;
  const actors = Object.values(doc.actors).map(({ id, name, kind }) => ({ id, name, kind }));
  return { actors, focalActorId: doc.map.focalActorId };
}

/** What can be merged: a spreadsheet or graph file, or a file holding exactly one map. */
export function mergeableGraph(parsed: ParsedImport): IncomingGraph | null {
  if (parsed.kind === 'graph') return parsed;
  const only = parsed.maps.length === 1 ? parsed.maps[0] : undefined;
  return only ? docToIncoming(only.doc, parsed.files[0] ?? '') : null;
}

export const canMerge = (preview: ImportPreviewData): boolean =>
  preview.kind === 'graph' || preview.maps.length === 1;

/** A name for a new map: the first file's name without its extensions. */
export function defaultMapName(preview: Pick<ParsedImport, 'files'>): string {
  const name = (preview.files[0] ?? '').replace(/\.[^.]*$/, '').replace(/\.samspill$/, '');
  return name.trim().slice(0, 300) || 'Import';
}

export function previewOf(parsed: ParsedImport): ImportPreviewData {
  if (parsed.kind === 'native') return parsed;
  const { files, warnings, focalKey, needsFocal } = parsed;
  return {
    kind: 'graph',
    files,
    warnings,
    focalKey,
    needsFocal,
    actors: parsed.actors.length,
    collaborations: parsed.collaborations.length,
    candidates: needsFocal ? parsed.actors.map(({ key, name }) => ({ key, name })) : [],
    mapEnds: parsed.mapEnds?.length ?? 0,
  };
}
