/**
 * The import's steps as a small store: reading (with progress once it is slow) → preview or
 * error → idle. The button, the file picker and the drop zone all start here; one component
 * (ImportFlow) shows the step. Parsing writes nothing, so cancelling at any step is safe.
 */
import { createStore } from 'zustand/vanilla';
import type { Template } from '../../domain/types';
import type { ImportProblem, ParsedImport } from '../../io/import';
import type { ParseJob, WorkerFactory } from './parseClient';

export type ImportStep =
  | { step: 'idle' }
  | { step: 'reading'; files: string[]; progress: number; slow: boolean }
  | { step: 'preview'; parsed: ParsedImport }
  | { step: 'error'; problem: ImportProblem };

export const importStore = createStore<ImportStep>()(() => ({ step: 'idle' }));

/** Progress is shown only when reading takes longer than this. */
export const SLOW_MS = 1000;

let job: ParseJob | null = null;
/** Bumped by every start and cancel, so an older start that is still loading gives up. */
let generation = 0;

export async function startImport(
  files: readonly File[],
  template: Template,
  createWorker?: WorkerFactory,
): Promise<void> {
  if (files.length === 0) return;
  job?.cancel();
  job = null;
  const mine = ++generation;
  importStore.setState(
    { step: 'reading', files: files.map((f) => f.name), progress: 0, slow: false },
    true,
  );
  // The parsers stay out of the app's first download: they load with the first import.
  const { startParse } = await import('./parseClient');
  if (mine !== generation) return;
  const current = startParse(
    files,
    template,
    (progress) => {
      const s = importStore.getState();
      if (job === current && s.step === 'reading') importStore.setState({ ...s, progress }, true);
    },
    createWorker,
  );
  job = current;
  const timer = setTimeout(() => {
    const s = importStore.getState();
    if (job === current && s.step === 'reading') importStore.setState({ ...s, slow: true }, true);
  }, SLOW_MS);
  const result = await current.result;
  clearTimeout(timer);
  if (job !== current) return;
  job = null;
  if (result.ok) importStore.setState({ step: 'preview', parsed: result.value }, true);
  else if (result.error.code === 'aborted') importStore.setState({ step: 'idle' }, true);
  else importStore.setState({ step: 'error', problem: result.error }, true);
}

/** Stops reading (the worker is terminated) or closes the preview; nothing has been written. */
export function cancelImport(): void {
  generation++;
  job?.cancel();
  job = null;
  importStore.setState({ step: 'idle' }, true);
}
