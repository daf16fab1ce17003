import { lazy, Suspense, useState } from 'react';
import { useLocale } from '../hooks';

// The dialog pulls in the SVG writer; PDF and PowerPoint libraries load only on export.
const ExportDialog = lazy(() =>
  import('./ExportDialog').then((m) => ({ default: m.ExportDialog })),
);

export function ExportButton() {
  const { t } = useLocale();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn" onClick={() => setOpen(true)}>
        {t('exporter.button')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <ExportDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
