/**
 * What happens to parsed files before anything is written: the preview's summary, plans for a new
 * map or a merge, and the new map itself. Pure and DOM-free, so the import worker holds the large
 * parsed data and the page receives only what the preview shows (DESIGN.md §5, §7).
 */
import { liveMeta, sequentialIds } from '../../domain/ids';
import type { MapDocument, Template } from '../../domain/types';
import {
  docToIncoming,
  type ImportPlan,
  type ImportResult,
  type IncomingGraph,
  type MapActors,
  type NativeImport,
  type ParsedImport,
  planImport,
} from '../../io/import';

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

const summary = (result: ImportResult<ImportPlan>): ImportResult<PlanSummary> =>
  result.ok
    ? {
        ok: true,
        value: {
          counts: result.value.counts,
          matched: result.value.matched,
          endsInMap: result.value.endsInMap,
          warnings: result.value.warnings,
        },
      }
    : result;

export class ImportEngine {
  readonly graph: IncomingGraph | null;
  /** The last new-map plan: the preview's plan is the one written, not planned a second time. */
  private cached: { focalKey: string | null; result: ImportResult<ImportPlan> } | null = null;

  constructor(
    readonly parsed: ParsedImport,
    private readonly template: Template,
  ) {
    this.graph = mergeableGraph(parsed);
  }

  plan(choice: ImportChoice, target: MapDocument | null): ImportResult<PlanSummary> {
    if (choice.mode === 'new' || !target) return summary(this.newPlan(choice.focalKey));
    if (!this.graph) return this.notMergeable();
    const meta = liveMeta();
    return summary(
      planImport(this.graph, target, this.template, meta, { mapName: target.map.name }),
    );
  }

  /** The new map as planned for the preview, under the name the user gave it. */
  newMap(choice: ImportChoice): ImportResult<MapDocument> {
    const result = this.newPlan(choice.focalKey);
    if (!result.ok) return result;
    const { doc } = result.value;
    const name = choice.mapName.trim().slice(0, 300) || doc.map.name;
    return { ok: true, value: { ...doc, map: { ...doc.map, name } } };
  }

  private newPlan(focalKey: string | null): ImportResult<ImportPlan> {
    if (this.cached?.focalKey === focalKey) return this.cached.result;
    if (!this.graph) return this.notMergeable();
    const meta = { now: new Date().toISOString(), newId: sequentialIds() };
    const result = planImport(this.graph, null, this.template, meta, {
      mapName: defaultMapName(this.parsed),
      ...(focalKey ? { focalKey } : {}),
    });
    this.cached = { focalKey, result };
    return result;
  }

  private notMergeable(): { ok: false; error: { code: string; file: string } } {
    return { ok: false, error: { code: 'mixed-formats', file: this.parsed.files[0] ?? '' } };
  }
}
