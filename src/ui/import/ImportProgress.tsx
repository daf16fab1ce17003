import { useLocale } from '../hooks';

/** How far reading or writing an import has come, from 0 to 1. */
export function ImportProgress({ value }: { value: number }) {
  const { t } = useLocale();
  return (
    <progress
      className="import-progress"
      aria-label={t('importer.progress')}
      max={1}
      value={value}
    />
  );
}
