import { formatDate } from '../../i18n';
import { useLocale } from '../hooks';

/** "Created dd.mm.yyyy · Last changed dd.mm.yyyy", in small print. */
export function Stamps({ createdAt, updatedAt }: { createdAt: string; updatedAt: string }) {
  const { t, locale } = useLocale();
  return (
    <p className="muted inspector-stamps">
      <small>
        {t('inspector.created', { date: formatDate(createdAt, locale) })}
        {' · '}
        {t('inspector.updated', { date: formatDate(updatedAt, locale) })}
      </small>
    </p>
  );
}
