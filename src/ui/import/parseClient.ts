/**
 * Parses dropped or chosen files in the import worker, or on the main thread where there are no
 * workers (jsdom tests, a worker that fails to load). Cancelling stops the work at once; nothing
 * is written by parsing in any case.
 */
import type { Template } from '../../domain/types';
import {
  type ImportFile,
  type ImportResult,
  MAX_FILE_BYTES,
  type ParsedImport,
  parseImport,
} from '../../io/import';
import type { ParseReply, ParseRequest } from './parseProtocol';

export type ParseOutcome = ImportResult<ParsedImport>;

export interface ParseJob {
  result: Promise<ParseOutcome>;
  cancel(): void;
}

const aborted = (): ParseOutcome => ({ ok: false, error: { code: 'aborted', file: '' } });

/** What a parse needs of a Worker; tests may pass a fake. */
export type WorkerFactory = (() => Worker) | null;

const defaultWorker: WorkerFactory =
  typeof Worker === 'undefined'
    ? null
    : () => new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });

export function startParse(
  files: readonly File[],
  template: Template,
  onProgress: (fraction: number) => void,
  createWorker: WorkerFactory = defaultWorker,
): ParseJob {
  const controller = new AbortController();
  let stop = () => {};
  const cancelled = new Promise<ParseOutcome>((resolve) => {
    controller.signal.addEventListener('abort', () => resolve(aborted()));
  });
  const run = async (): Promise<ParseOutcome> => {
    // Refused before reading: a huge file would otherwise be copied into memory first.
    const big = files.find((f) => f.size > MAX_FILE_BYTES);
    if (big)
      return {
        ok: false,
        error: { code: 'file-too-large', file: big.name, limit: MAX_FILE_BYTES },
      };
    const read: ImportFile[] = await Promise.all(
      files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
    );
    if (controller.signal.aborted) return aborted();
    if (createWorker) {
      try {
        return await inWorker(createWorker, { files: read, template }, onProgress, (s) => {
          stop = s;
        });
      } catch {
        // The worker could not start (blocked, unsupported): parse here instead.
      }
    }
    return parseImport(read, template, { signal: controller.signal, onProgress });
  };
  return {
    result: Promise.race([run(), cancelled]),
    cancel() {
      stop();
      controller.abort();
    },
  };
}

/** Rejects only when the worker itself fails (cannot load); a parse error is a normal result. */
function inWorker(
  createWorker: () => Worker,
  request: ParseRequest,
  onProgress: (fraction: number) => void,
  onStart: (stop: () => void) => void,
): Promise<ParseOutcome> {
  return new Promise((resolve, reject) => {
    const worker = createWorker();
    onStart(() => worker.terminate());
    worker.onmessage = (event: MessageEvent<ParseReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') return onProgress(reply.fraction);
      worker.terminate();
      // A crash is a bug in the parser: the main thread would hit it again, so report it.
      resolve(
        reply.type === 'done'
          ? reply.result
          : { ok: false, error: { code: 'crash', file: '', value: reply.message } },
      );
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error(event.message));
    };
    // Copied, not transferred: the main thread keeps the bytes in case the worker cannot start.
    worker.postMessage(request);
  });
}
