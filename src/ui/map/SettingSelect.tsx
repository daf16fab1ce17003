import type { MessageKey } from '../../i18n';
import { type ViewState, viewStore } from '../../state/viewStore';
import { useLocale, useView } from '../hooks';

/** The map settings chosen from a list: each one's label and its values with their words. */
const SETTINGS = {
  layoutMode: [
    'map.layout',
    [
      ['force', 'map.layoutForce'],
      ['rings', 'map.layoutRings'],
      ['power', 'map.layoutPower'],
    ],
  ],
  ringsBy: [
    'map.ringsBy',
    [
      ['distance', 'map.ringsDistance'],
      ['strength', 'map.ringsStrength'],
    ],
  ],
  sizeBy: [
    'map.sizeBy',
    [
      ['degree', 'map.sizeDegree'],
      ['centrality', 'map.sizeCentrality'],
    ],
  ],
} as const satisfies Record<
  string,
  readonly [MessageKey, readonly (readonly [string, MessageKey])[]]
>;

type Setting = keyof typeof SETTINGS;

/** A labelled select bound to one map setting of the view store. */
export function SettingSelect({ setting }: { setting: Setting }) {
  const { t } = useLocale();
  const value = useView((s) => s[setting]);
  const [label, options] = SETTINGS[setting];
  return (
    <label className="size-by">
      <span>{t(label)}</span>
      <select
        value={value}
        onChange={(e) => {
          const next = e.target.value;
          // Only a value the list offers reaches the store.
          if (options.some(([v]) => v === next)) {
            viewStore.setState({ [setting]: next } as Partial<ViewState>);
          }
        }}
      >
        {options.map(([v, words]) => (
          <option key={v} value={v}>
            {t(words)}
          </option>
        ))}
      </select>
    </label>
  );
}
