import { useLocale, useMode, usePlainT } from '../hooks';
import { useSession } from '../SessionContext';
import { startWorkshop } from './workshopState';

export function WorkshopButton() {
  const { t, locale } = useLocale();
  const session = useSession();
  const active = useMode((s) => s.workshop !== null);
  const text = usePlainT();
  if (active) return null;
  return (
    <button type="button" className="btn" onClick={() => void startWorkshop(session, text, locale)}>
      {t('workshop.start')}
    </button>
  );
}
