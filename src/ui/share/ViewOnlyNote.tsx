import { useLocale } from '../hooks';
import { useSync } from './useSync';

/** Says why nothing can be changed on a map opened with a view link. */
export function ViewOnlyNote() {
  const { t } = useLocale();
  const viewOnly = useSync((s) => s.role === 'view');
  if (!viewOnly) return null;
  return (
    <p className="view-only-note" role="note">
      {t('share.viewOnly')}
    </p>
  );
}
