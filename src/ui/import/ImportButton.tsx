import { useRef } from 'react';
import { startImport } from '../../state/importStore';
import { useLocale, useTemplate } from '../hooks';
import { useImportJobs } from './ImportJobsContext';

/** Every format the import reads; the bytes decide, so a wrong extension still works. */
export const IMPORT_ACCEPT = '.json,.csv,.tsv,.txt,.xlsx,.gexf,.graphml,.xml';

/** "Import" in the top bar: opens the file picker; several files may be chosen at once. */
export function ImportButton() {
  const { t } = useLocale();
  const template = useTemplate();
  const jobs = useImportJobs();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className="btn"
        onClick={() => {
          void jobs.warm();
          input.current?.click();
        }}
      >
        {t('importer.button')}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={IMPORT_ACCEPT}
        aria-label={t('importer.fileInput')}
        hidden
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          // Cleared, so choosing the same file again starts a new import.
          e.target.value = '';
          void startImport(files, template, jobs);
        }}
      />
    </>
  );
}
