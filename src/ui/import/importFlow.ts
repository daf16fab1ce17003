/**
 * The import's steps as a small store: reading (with progress once it is slow) → preview or
 * error → idle. The button, the file picker and the drop zone all start here; one component
 * (ImportFlow) shows the step. Parsing writes nothing, so cancelling at any step is safe.
 * The parsed data stays with the job (in the import worker) until the import ends.
 */
import { createStore } from 'zustand/vanilla';
import type { Template } from '../../domain/types';
import type { ImportProblem } from '../../io/import';
import { documentStore } from '../../state/documentStore';
import type { ImportJob, ParseJob, WorkerFactory } from './importJob';

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
  createWorker?: WorkerFactory,
): Promise<void> {
  if (files.length === 0) return;
  parsing?.cancel();
  parsing = null;
  const mine = ++generation;
  importStore.setState(
    { step: 'reading', files: files.map((f) => f.name), progress: 0, slow: false },
    true,
  );
  // The parsers stay out of the app's first download: they load with the first import.
  const [{ startParse }, { mapActorsOf }] = await Promise.all([
    import('./importJob'),
    import('./importEngine'),
  ]);
  if (mine !== generation) return;
  // A merge links From/To names to the open map's actors, so parsing must know them.
  const map = mapActorsOf(documentStore.getState().doc);
  const current = startParse(
    files,
    template,
    (progress) => {
      const s = importStore.getState();
      if (parsing === current && s.step === 'reading')
        importStore.setState({ ...s, progress }, true);
    },
    createWorker,
    map,
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

/** The user is about to pick or drop files: load the import code and start its worker now. */
export async function prepareImport(): Promise<void> {
  try {
    const { warmWorker } = await import('./importJob');
    warmWorker();
  } catch {
    // Only a head start: if the code cannot load now, the import itself says so.
  }
}

/** Stops reading or closes the preview (the worker is terminated); nothing has been written. */
export function cancelImport(): void {
  generation++;
  parsing?.cancel();
  parsing = null;
  importStore.setState({ step: 'idle' }, true);
}
