import { useState } from 'react';
import { showToast } from '../../state/uiStore';
import { useLocale } from '../hooks';

/** Runs one export at a time: `busy` while it runs, and a toast that names what went wrong. */
export function useExportJob(): {
  busy: boolean;
  run: (job: () => Promise<void>) => Promise<void>;
} {
  const { t } = useLocale();
  const [busy, setBusy] = useState(false);
  const run = async (job: () => Promise<void>) => {
    setBusy(true);
    try {
      await job();
    } catch (error) {
      showToast({ message: t('exporter.failed', { reason: (error as Error).message }) });
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}
