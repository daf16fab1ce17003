import { createContext, useContext } from 'react';
import type { ImportJobs } from '../../state/importStore';

/** The import jobs, which the app provides (src/app/import/importJobs.ts): ui does not import app. */
export const ImportJobsContext = createContext<ImportJobs | null>(null);

export function useImportJobs(): ImportJobs {
  const jobs = useContext(ImportJobsContext);
  if (!jobs) throw new Error('useImportJobs outside ImportJobsContext');
  return jobs;
}
