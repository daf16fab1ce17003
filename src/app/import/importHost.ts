/**
 * The import worker's side of the protocol, apart from the worker so tests can drive it directly.
 * It keeps the parsed files and the new-map plan; the page gets summaries and, on "Create the
 * map", the map is written from here, so neither the plan nor the 70,000-row write blocks the page.
 */
import { parseImport } from '../../io/import';
import { previewOf } from '../../io/import/preview';
import type { Repository } from '../../persistence/repository';
import { describeFailure } from '../../state/importStore';
import { ImportEngine } from './importEngine';
import type { HostReply, HostRequest } from './importProtocol';

export function createImportHost(
  openRepo: (location: string) => Repository,
  post: (reply: HostReply) => void,
): (request: HostRequest) => Promise<void> {
  let engine: ImportEngine | null = null;
  const writes = new Map<number, AbortController>();

  const ready = (): ImportEngine => {
    if (!engine) throw new Error('No files have been parsed');
    return engine;
  };

  async function write(id: number, request: Extract<HostRequest, { type: 'write' }>) {
    const planned = ready().newMap(request.choice);
    if (!planned.ok) return post({ type: 'written', id, result: planned });
    const controller = new AbortController();
    writes.set(id, controller);
    const repo = openRepo(request.location);
    try {
      await repo.importMaps([planned.value], [], {
        signal: controller.signal,
        onProgress: (fraction) => post({ type: 'write-progress', id, fraction }),
      });
      post({ type: 'written', id, result: { ok: true, value: planned.value.map.id } });
    } catch (error) {
      if (!controller.signal.aborted) throw error;
      post({ type: 'written', id, result: { ok: false, error: { code: 'aborted', file: '' } } });
    } finally {
      writes.delete(id);
      repo.close();
    }
  }

  return async (request) => {
    const id = 'id' in request ? request.id : null;
    try {
      switch (request.type) {
        case 'parse': {
          const { files, template, map } = request;
          const result = await parseImport(files, template, {
            onProgress: (fraction) => post({ type: 'progress', fraction }),
            ...(map ? { map } : {}),
          });
          engine = result.ok ? new ImportEngine(result.value, template) : null;
          return post({
            type: 'parsed',
            result: result.ok ? { ok: true, value: previewOf(result.value) } : result,
          });
        }
        case 'plan':
          return post({
            type: 'planned',
            id: request.id,
            result: ready().plan(request.choice, request.target),
          });
        case 'graph':
          return post({ type: 'graph', id: request.id, graph: ready().graph });
        case 'write':
          return await write(request.id, request);
        case 'cancel-write':
          writes.get(request.id)?.abort();
          return;
      }
    } catch (error) {
      post({ type: 'failed', id, ...describeFailure(error) });
    }
  };
}
