/**
 * What happens to parsed files before anything is written: plans for a new map or a merge, and
 * the new map itself. Pure and DOM-free, so the import worker holds the large parsed data and the
 * page receives only what the preview shows (docs/architecture.md).
 */
import { liveMeta, sequentialIds } from '../../domain/ids';
import type { MapDocument, Template } from '../../domain/types';
import {
  type ImportPlan,
  type ImportResult,
  type IncomingGraph,
  type ParsedImport,
  planImport,
} from '../../io/import';
import {
  defaultMapName,
  type ImportChoice,
  mergeableGraph,
  type PlanSummary,
} from '../../io/import/preview';

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
