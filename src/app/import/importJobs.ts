/**
 * The import jobs the app gives the UI (through ImportJobsContext): the parsers and the worker
 * load with the first import, not with the app.
 */
import type { ImportJobs } from '../../state/importStore';
import type { WorkerFactory } from './importJob';

/** `createWorker`: null parses on the main thread; tests pass a fake. The default starts the worker. */
export function createImportJobs(createWorker?: WorkerFactory): ImportJobs {
  return {
    async load() {
      const [{ startParse }, { mapActorsOf }] = await Promise.all([
        import('./importJob'),
        import('../../io/import/preview'),
      ]);
      return (files, template, onProgress, openMap) =>
        startParse(files, template, onProgress, createWorker, mapActorsOf(openMap));
    },
    async warm() {
      try {
        const { warmWorker } = await import('./importJob');
        warmWorker();
      } catch {
        // Only a head start: if the code cannot load now, the import itself says so.
      }
    },
  };
}
