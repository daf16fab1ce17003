import type { MessageKey } from '../../i18n';
import { useLocale } from '../hooks';

/**
 * A tab list's words and ids. Tab `x` gets the element id `<idPrefix>tab-x` and controls
 * `<idPrefix>panel-x`, which the caller renders with role="tabpanel".
 */
export interface TabsSpec<Id extends string> {
  label: MessageKey;
  className: string;
  idPrefix: string;
  tabs: readonly (readonly [Id, MessageKey])[];
}

export function Tabs<Id extends string>(props: {
  spec: TabsSpec<Id>;
  current: Id;
  onSelect: (id: Id) => void;
}) {
  const { t } = useLocale();
  const { spec } = props;
  return (
    <div className={spec.className} role="tablist" aria-label={t(spec.label)}>
      {spec.tabs.map(([id, label]) => (
        <button
          key={id}
          type="button"
          role="tab"
          id={`${spec.idPrefix}tab-${id}`}
          aria-selected={props.current === id}
          aria-controls={`${spec.idPrefix}panel-${id}`}
          className="tab"
          onClick={() => props.onSelect(id)}
        >
          {t(label)}
        </button>
      ))}
    </div>
  );
}
