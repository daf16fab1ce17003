/**
 * One import, from the page's side: parse the files in the import worker (or on the main thread
 * where there are no workers: jsdom tests, a worker that fails to load), then ask it for plans,
 * the graph to merge, or to write the new map. Cancelling a parse or a write stops it at once;
 * nothing is written until "Create the map", and a cancelled write rolls back.
 */
import type { Template } from '../../domain/types';
import {
  type ImportFile,
  type ImportResult,
  MAX_FILE_BYTES,
  type MapActors,
  parseImport,
} from '../../io/import';
import { previewOf } from '../../io/import/preview';
import type { ImportJob, ParseJob } from '../../state/importStore';
import { ImportEngine } from './importEngine';
import { WorkerHost } from './workerHost';

export const aborted = (): { ok: false; error: { code: 'aborted'; file: string } } => ({
  ok: false,
  error: { code: 'aborted', file: '' },
});

/** What a parse needs of a Worker; tests may pass a fake. */
export type WorkerFactory = (() => Worker) | null;

const spawn = () => new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });

/** A worker started ahead of the files, taken by the next import. */
let warm: Worker | null = null;

const defaultWorker: WorkerFactory =
  typeof Worker === 'undefined'
    ? null
    : () => {
        const worker = warm ?? spawn();
        warm = null;
        return worker;
      };

/**
 * Starts the import worker while the user is still choosing files (the picker is open, files
 * are dragged over the app), so its half second of loading is over when they arrive.
 */
export function warmWorker(): void {
  if (warm || typeof Worker === 'undefined') return;
  try {
    warm = spawn();
  } catch {
    // No worker here: the import parses on the main thread.
  }
}

export function startParse(
  files: readonly File[],
  template: Template,
  onProgress: (fraction: number) => void,
  createWorker: WorkerFactory = defaultWorker,
  /** The open map: From/To names found there are left to a merge rather than refused. */
  map?: MapActors,
): ParseJob {
  const controller = new AbortController();
  let host: WorkerHost | null = null;
  const cancelled = new Promise<ImportResult<ImportJob>>((resolve) => {
    controller.signal.addEventListener('abort', () => resolve(aborted()));
  });
  const run = async (): Promise<ImportResult<ImportJob>> => {
    // Refused before reading: a huge file would otherwise be copied into memory first.
    const big = files.find((f) => f.size > MAX_FILE_BYTES);
    if (big)
      return {
        ok: false,
        error: { code: 'file-too-large', file: big.name, limit: MAX_FILE_BYTES },
      };
    // The worker loads its code while the files are read.
    host = startWorker(createWorker);
    const read: ImportFile[] = await Promise.all(
      files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
    );
    if (controller.signal.aborted) return aborted();
    if (host) {
      try {
        const parsed = await host.parse(read, template, onProgress, map);
        if (!parsed.ok) host.terminate();
        return parsed.ok ? { ok: true, value: host.job(parsed.value) } : parsed;
      } catch {
        if (controller.signal.aborted) return aborted();
        // The worker could not start (blocked, unsupported): parse here instead.
        host.terminate();
        host = null;
      }
    }
    const parsed = await parseImport(read, template, {
      signal: controller.signal,
      onProgress,
      ...(map ? { map } : {}),
    });
    return parsed.ok
      ? { ok: true, value: localJob(new ImportEngine(parsed.value, template)) }
      : parsed;
  };
  return {
    result: Promise.race([run(), cancelled]),
    cancel() {
      host?.terminate();
      controller.abort();
    },
  };
}

function startWorker(createWorker: WorkerFactory): WorkerHost | null {
  try {
    return createWorker ? new WorkerHost(createWorker()) : null;
  } catch {
    return null;
  }
}

/** The same steps on this thread. */
function localJob(engine: ImportEngine): ImportJob {
  return {
    preview: previewOf(engine.parsed),
    plan: async (choice, target) => engine.plan(choice, target),
    graph: async () => engine.graph,
    async createMap(choice, repo, options = {}) {
      const planned = engine.newMap(choice);
      if (!planned.ok) return planned;
      try {
        await repo.importMaps([planned.value], [], options);
      } catch (error) {
        if (options.signal?.aborted) return aborted();
        throw error;
      }
      return { ok: true, value: planned.value.map.id };
    },
    close() {},
  };
}
