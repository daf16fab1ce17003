/** The page's end of the import worker: requests with ids, replies matched back to them. */
import type { MapDocument, Template } from '../../domain/types';
import type { ImportFile, ImportResult, MapActors } from '../../io/import';
import type { ImportChoice, ImportPreviewData } from '../../io/import/preview';
import type { ImportJob } from '../../state/importStore';
import type { HostReply, HostRequest } from './importProtocol';

type Pending = {
  resolve: (reply: HostReply) => void;
  reject: (error: Error) => void;
  onProgress?: (fraction: number) => void;
};

const failure = (name: string, message: string) => Object.assign(new Error(message), { name });

export class WorkerHost {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private parsing: Pending | null = null;

  constructor(private readonly worker: Worker) {
    worker.onmessage = (event: MessageEvent<HostReply>) => this.receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.fail(new Error(event.message || 'The import worker stopped'));
    };
  }

  /** Rejects only when the worker itself fails (cannot load); a parse error is a normal result. */
  parse(
    files: ImportFile[],
    template: Template,
    onProgress: (fraction: number) => void,
    map?: MapActors,
  ): Promise<ImportResult<ImportPreviewData>> {
    return new Promise((resolve, reject) => {
      this.parsing = {
        resolve: (reply) => {
          // A crash is a bug in the parser: the main thread would hit it again, so report it.
          if (reply.type === 'parsed') resolve(reply.result);
          else if (reply.type === 'failed')
            resolve({ ok: false, error: { code: 'crash', file: '', value: reply.message } });
        },
        reject,
        onProgress,
      };
      // Copied, not transferred: the main thread keeps the bytes in case the worker cannot start.
      const request: HostRequest = { type: 'parse', files, template, ...(map ? { map } : {}) };
      this.worker.postMessage(request);
    });
  }

  job(preview: ImportPreviewData): ImportJob {
    return {
      preview,
      plan: async (choice: ImportChoice, target: MapDocument | null) => {
        const reply = await this.call((id) => ({ type: 'plan', id, choice, target }));
        if (reply.type !== 'planned') throw new Error(`Unexpected reply ${reply.type}`);
        return reply.result;
      },
      graph: async () => {
        const reply = await this.call((id) => ({ type: 'graph', id }));
        if (reply.type !== 'graph') throw new Error(`Unexpected reply ${reply.type}`);
        return reply.graph;
      },
      createMap: async (choice, repo, options = {}) => {
        const { signal, onProgress } = options;
        const reply = await this.call((id) => {
          signal?.addEventListener('abort', () =>
            this.worker.postMessage({ type: 'cancel-write', id } satisfies HostRequest),
          );
          return { type: 'write', id, choice, location: repo.location };
        }, onProgress);
        if (reply.type !== 'written') throw new Error(`Unexpected reply ${reply.type}`);
        return reply.result;
      },
      close: () => this.terminate(),
    };
  }

  terminate(): void {
    this.worker.terminate();
    this.fail(new Error('The import was closed'));
  }

  private call(
    request: (id: number) => HostRequest,
    onProgress?: (fraction: number) => void,
  ): Promise<HostReply> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, ...(onProgress ? { onProgress } : {}) });
      this.worker.postMessage(request(id));
    });
  }

  private receive(reply: HostReply): void {
    if (reply.type === 'progress') {
      this.parsing?.onProgress?.(reply.fraction);
      return;
    }
    if (reply.type === 'parsed' || (reply.type === 'failed' && reply.id === null)) {
      this.parsing?.resolve(reply);
      this.parsing = null;
      return;
    }
    if (reply.id === null) return;
    const waiting = this.pending.get(reply.id);
    if (!waiting) return;
    if (reply.type === 'write-progress') {
      waiting.onProgress?.(reply.fraction);
      return;
    }
    this.pending.delete(reply.id);
    if (reply.type === 'failed') waiting.reject(failure(reply.name, reply.message));
    else waiting.resolve(reply);
  }

  private fail(error: Error): void {
    this.parsing?.reject(error);
    this.parsing = null;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
