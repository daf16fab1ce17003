import type { Locale } from '../../domain/types';
import { LOCALES, setLocale, useT } from '../translate';

export function LanguageSwitch() {
  const { t, locale } = useT();
  return (
    <label className="p-lang">
      <span className="p-visually-hidden">{t('participant.language')}</span>
      <select
        value={locale}
        aria-label={t('participant.language')}
        onChange={(e) => setLocale(e.target.value as Locale)}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l}>
            {t(`participant.languages.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
