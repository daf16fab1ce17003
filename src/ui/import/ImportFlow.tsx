import { lazy, Suspense } from 'react';
import { useStore } from 'zustand';
import { cancelImport, importStore } from '../../state/importStore';
import { showToast } from '../../state/uiStore';
import { Dialog } from '../common/Dialog';
import { DialogClose } from '../common/DialogClose';
import { useLocale, usePlainT } from '../hooks';
import { ImportProgress } from './ImportProgress';
import { problemText } from './problems';
import './import.css';

// The preview plans the import with the format code, which loads only when an import starts.
const ImportPreview = lazy(() =>
  import('./ImportPreview').then((m) => ({ default: m.ImportPreview })),
);

/** Shows the step the import is at: progress (once slow), the preview, or why it was refused. */
export function ImportFlow() {
  const { t, locale } = useLocale();
  const state = useStore(importStore);
  const text = usePlainT();
  if (state.step === 'preview') {
    return (
      <Suspense fallback={null}>
        <ImportPreview job={state.job} onClose={cancelImport} />
      </Suspense>
    );
  }
  if (state.step === 'error') {
    return (
      <Dialog title={t('importer.errorTitle')} role="alertdialog" onClose={cancelImport}>
        <p>{problemText(state.problem, text, locale)}</p>
        <p className="muted">{t('importer.nothingWritten')}</p>
        <DialogClose label={t('importer.close')} onClick={cancelImport} primary />
      </Dialog>
    );
  }
  if (state.step === 'reading' && state.slow) {
    const cancel = () => {
      cancelImport();
      showToast({ message: t('importer.cancelled') });
    };
    return (
      <Dialog title={t('importer.progressTitle')} onClose={cancel}>
        <p>{t('importer.reading', { files: state.files.join(', ') })}</p>
        <ImportProgress value={state.progress} />
        <DialogClose label={t('importer.cancel')} onClick={cancel} />
      </Dialog>
    );
  }
  return null;
}
