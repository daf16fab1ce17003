import type { MessageKey } from '../../i18n';
import { useLocale } from '../hooks';

/** The canvas's keys, each a key name and what it does (keyboard help). */
const KEYS = ['arrows', 'enter', 'zoom', 'fit', 'delete', 'escape'] as const;

/** The map canvas's keys as a definition list, for the keyboard help dialog. */
export function MapKeysHelp() {
  const { t } = useLocale();
  return (
    <dl className="keys-list map-keys-help">
      {KEYS.map((k) => (
        <div key={k}>
          <dt>
            <kbd>{t(`keys.map.${k}Key` as MessageKey)}</kbd>
          </dt>
          <dd>{t(`keys.map.${k}` as MessageKey)}</dd>
        </div>
      ))}
    </dl>
  );
}
