/**
 * What "Create the map", "Merge" and "Restore" do. A new map is written in one transaction by the
 * import job (in its worker) and then opened; a merge is one undoable edit of the open map, which
 * autosave writes in one transaction, so Ctrl+Z takes the whole import back.
 */
import type { Template } from '../../domain/types';
import {
  type ImportPlan,
  type ImportProblem,
  type ImportResult,
  planImport,
} from '../../io/import';
import { type ImportChoice, mergeableGraph } from '../../io/import/preview';
import { edit } from '../../state/documentStore';
import type { ImportJob, WriteOptions } from '../../state/importStore';
import type { Session } from '../../state/session';
import type { Translate } from './problems';

export type Applied = { ok: true; message: string } | { ok: false; problem: ImportProblem };

export async function applyImport(
  session: Session,
  job: ImportJob,
  template: Template,
  choice: ImportChoice,
  t: Translate,
  options: WriteOptions = {},
): Promise<Applied> {
  const { preview } = job;
  if (preview.kind === 'native' && choice.mode === 'new') {
    const copies = await session.importMaps(preview.maps, false);
    const restored = t('importer.restored', { count: preview.maps.length });
    const copied = copies.length ? ` ${t('importer.copies', { names: copies.join(', ') })}` : '';
    return { ok: true, message: `${restored}${copied}` };
  }
  if (choice.mode === 'new') {
    let refused: ImportProblem | null = null;
    let name = '';
    await session.addImportedMap(async (repo) => {
      const written = await job.createMap(choice, repo, options);
      if (!written.ok) {
        refused = written.error;
        return null;
      }
      name = choice.mapName.trim();
      return written.value;
    });
    if (refused) return { ok: false, problem: refused };
    return { ok: true, message: t('importer.newMapDone', { name }) };
  }
  const graph = preview.kind === 'native' ? mergeableGraph(preview) : await job.graph();
  if (!graph)
    return { ok: false, problem: { code: 'mixed-formats', file: preview.files[0] ?? '' } };
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
