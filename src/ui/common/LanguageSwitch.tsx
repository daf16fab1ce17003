import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocale, LOCALES, switchLanguage } from '../../i18n';
import { uiStore } from '../../state/uiStore';
import { useLocale } from '../hooks';
import { useSession } from '../SessionContext';

export function LanguageSwitch() {
  const { i18n } = useTranslation();
  const { t } = useLocale();
  const session = useSession();
  const id = useId();
  return (
    <div className="language">
      <label htmlFor={id} className="visually-hidden">
        {t('language.label')}
      </label>
      <select
        id={id}
        value={i18n.language}
        onChange={(e) => {
          const locale = e.target.value;
          if (!isLocale(locale)) return;
          void switchLanguage(locale).then(() => {
            uiStore.setState({ locale });
            void session.saveLocale(locale);
          });
        }}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l}>
            {t(`language.${l}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
