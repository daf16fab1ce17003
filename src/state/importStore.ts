/**
 * The import's steps as a small store: reading (with progress once it is slow) → preview or
 * error → idle. The button, the file picker and the drop zone all start here; one component
 * (ImportFlow) shows the step. Parsing writes nothing, so cancelling at any step is safe.
 * The parsed data stays with the job (in the import worker, src/app/import/) until the import
 * ends; the UI reaches the job only through the interfaces below, which the app provides.
 */
import { createStore } from 'zustand/vanilla';
import type { MapDocument, Template } from '../domain/types';
import type { ImportProblem, ImportResult, IncomingGraph } from '../io/import';
import type { ImportChoice, ImportPreviewData, PlanSummary } from '../io/import/preview';
import type { Repository } from '../persistence/repository';
import { documentStore } from './documentStore';

/** How a new map's write is followed and cancelled. */
export interface WriteOptions {
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
}

/** One parsed import, ready for its preview. */
export interface ImportJob {
  readonly preview: ImportPreviewData;
  plan(choice: ImportChoice, target: MapDocument | null): Promise<ImportResult<PlanSummary>>;
  graph(): Promise<IncomingGraph | null>;
  /** Writes the new map into `repo`'s store in one transaction; resolves to its id. */
  createMap(
    choice: ImportChoice,
    repo: Repository,
    options?: WriteOptions,
  ): Promise<ImportResult<string>>;
  /** Ends the import and frees its data (the worker is terminated). */
  close(): void;
}

export interface ParseJob {
  result: Promise<ImportResult<ImportJob>>;
  cancel(): void;
}

/** Starts parsing; `openMap`: From/To names found on it are left to a merge, not refused. */
export type StartParse = (
  files: readonly File[],
  template: Template,
  onProgress: (fraction: number) => void,
  openMap: MapDocument | null,
) => ParseJob;

/** What the import flow needs of the app (src/app/import/importJobs.ts). */
export interface ImportJobs {
  /** Loads the import code, which stays out of the app's first download, and gives its parse. */
  load(): Promise<StartParse>;
  /** The user is about to pick or drop files: load the import code and start its worker now. */
  warm(): Promise<void>;
}

/** The error a failed write reports: its cause when it has one (QuotaExceededError, …). */
export function describeFailure(error: unknown): { name: string; message: string } {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  return cause instanceof Error
    ? { name: cause.name, message: cause.message }
    : { name: 'Error', message: String(cause) };
}

export type ImportStep =
  | { step: 'idle' }
  | { step: 'reading'; files: string[]; progress: number; slow: boolean }
  | { step: 'preview'; job: ImportJob }
  | { step: 'error'; problem: ImportProblem };

export const importStore = createStore<ImportStep>()(() => ({ step: 'idle' }));

// Whenever the preview goes, its job (and the worker holding the parsed files) goes with it.
importStore.subscribe((state, prev) => {
  if (prev.step === 'preview' && (state.step !== 'preview' || state.job !== prev.job)) {
    prev.job.close();
  }
});

/** Progress is shown only when reading takes longer than this. */
export const SLOW_MS = 1000;

let parsing: ParseJob | null = null;
/** Bumped by every start and cancel, so an older start that is still loading gives up. */
let generation = 0;

export async function startImport(
  files: readonly File[],
  template: Template,
  jobs: ImportJobs,
): Promise<void> {
  if (files.length === 0) return;
  parsing?.cancel();
  parsing = null;
  const mine = ++generation;
  importStore.setState(
    { step: 'reading', files: files.map((f) => f.name), progress: 0, slow: false },
    true,
  );
  const parse = await jobs.load();
  if (mine !== generation) return;
  const current = parse(
    files,
    template,
    (progress) => {
      const s = importStore.getState();
      if (parsing === current && s.step === 'reading')
        importStore.setState({ ...s, progress }, true);
    },
    // A merge links From/To names to the open map's actors, so parsing must know them.
    documentStore.getState().doc,
  );
  parsing = current;
  const timer = setTimeout(() => {
    const s = importStore.getState();
    if (parsing === current && s.step === 'reading')
      importStore.setState({ ...s, slow: true }, true);
  }, SLOW_MS);
  const result = await current.result;
  clearTimeout(timer);
  if (parsing !== current) {
    if (result.ok) result.value.close();
    return;
  }
  parsing = null;
  if (result.ok) importStore.setState({ step: 'preview', job: result.value }, true);
  else if (result.error.code === 'aborted') importStore.setState({ step: 'idle' }, true);
  else importStore.setState({ step: 'error', problem: result.error }, true);
}

/** Stops reading or closes the preview (the worker is terminated); nothing has been written. */
export function cancelImport(): void {
  generation++;
  parsing?.cancel();
  parsing = null;
  importStore.setState({ step: 'idle' }, true);
}
