/**
 * What "Create the map", "Merge" and "Restore" do. New maps go to storage in one transaction
 * through the session; a merge is one undoable edit of the open map, which autosave writes in one
 * transaction, so Ctrl+Z takes the whole import back.
 */
import { liveMeta } from '../../domain/ids';
import type { MapDocument, Template } from '../../domain/types';
import {
  docToIncoming,
  type ImportPlan,
  type ImportProblem,
  type ImportResult,
  type IncomingGraph,
  type ParsedImport,
  planImport,
} from '../../io/import';
import { edit } from '../../state/documentStore';
import type { Session } from '../../state/session';
import type { Translate } from './problems';

export type ImportMode = 'new' | 'merge';

export interface ImportChoice {
  mode: ImportMode;
  mapName: string;
  focalKey: string | null;
}

/** What can be merged: a spreadsheet or graph file, or a file holding exactly one map. */
export function mergeableGraph(parsed: ParsedImport): IncomingGraph | null {
  if (parsed.kind === 'graph') return parsed;
  const only = parsed.maps.length === 1 ? parsed.maps[0] : undefined;
  return only ? docToIncoming(only.doc, parsed.files[0] ?? '') : null;
}

/** A name for a new map: the first file's name without its extensions. */
export function defaultMapName(parsed: ParsedImport): string {
  const name = (parsed.files[0] ?? '').replace(/\.[^.]*$/, '').replace(/\.samspill$/, '');
  return name.trim().slice(0, 300) || 'Import';
}

export function plan(
  graph: IncomingGraph,
  target: MapDocument | null,
  template: Template,
  choice: ImportChoice,
): ImportResult<ImportPlan> {
  return planImport(graph, target, template, liveMeta(), {
    mapName: choice.mapName,
    ...(choice.focalKey ? { focalKey: choice.focalKey } : {}),
  });
}

export type Applied = { ok: true; message: string } | { ok: false; problem: ImportProblem };

export async function applyImport(
  session: Session,
  parsed: ParsedImport,
  template: Template,
  choice: ImportChoice,
  t: Translate,
): Promise<Applied> {
  if (parsed.kind === 'native' && choice.mode === 'new') {
    const copies = await session.importMaps(parsed.maps, false);
    const restored = t('importer.restored', { count: parsed.maps.length });
    const copied = copies.length ? ` ${t('importer.copies', { names: copies.join(', ') })}` : '';
    return { ok: true, message: `${restored}${copied}` };
  }
  const graph = mergeableGraph(parsed);
  if (!graph) return { ok: false, problem: { code: 'mixed-formats', file: parsed.files[0] ?? '' } };
  if (choice.mode === 'new') {
    const result = plan(graph, null, template, choice);
    if (!result.ok) return { ok: false, problem: result.error };
    await session.importMaps([{ doc: result.value.doc, snapshots: [] }]);
    return { ok: true, message: t('importer.newMapDone', { name: result.value.doc.map.name }) };
  }
  // Planned again against the map as it is now, so nothing done since the preview is lost.
  let result: ImportResult<ImportPlan> | null = null;
  edit((doc, meta) => {
    result = planImport(graph, doc, template, meta, { mapName: doc.map.name });
    return result.ok ? result.value.doc : doc;
  });
  const done = result as ImportResult<ImportPlan> | null;
  if (!done) return { ok: false, problem: { code: 'no-files', file: '' } };
  if (!done.ok) return { ok: false, problem: done.error };
  const { actors, collaborations } = done.value.counts;
  return {
    ok: true,
    message: t('importer.mergedDone', {
      added: actors.add,
      updated: actors.update + collaborations.update,
      links: collaborations.add,
    }),
  };
}
