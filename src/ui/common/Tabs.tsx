import { useRef } from 'react';
import type { MessageKey } from '../../i18n';
import { useLocale } from '../hooks';
import { rovingTarget, widgetItems } from './rovingKeys';

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

/**
 * Tabs by the WAI-ARIA pattern: one Tab stop (the selected tab), the arrow keys, Home and End
 * move between tabs and select them as they go.
 */
export function Tabs<Id extends string>(props: {
  spec: TabsSpec<Id>;
  current: Id;
  onSelect: (id: Id) => void;
}) {
  const { t } = useLocale();
  const { spec } = props;
  const list = useRef<HTMLDivElement>(null);
  return (
    <div
      ref={list}
      className={spec.className}
      role="tablist"
      aria-label={t(spec.label)}
      onKeyDown={(e) => {
        const next = rovingTarget(e, widgetItems(list.current, '[role="tab"]'));
        if (!next) return;
        next.focus();
        const id = spec.tabs.find(([tab]) => `${spec.idPrefix}tab-${tab}` === next.id)?.[0];
        if (id) props.onSelect(id);
      }}
    >
      {spec.tabs.map(([id, label]) => (
        <button
          key={id}
          type="button"
          role="tab"
          id={`${spec.idPrefix}tab-${id}`}
          aria-selected={props.current === id}
          aria-controls={`${spec.idPrefix}panel-${id}`}
          tabIndex={props.current === id ? 0 : -1}
          className="tab"
          onClick={() => props.onSelect(id)}
        >
          {t(label)}
        </button>
      ))}
    </div>
  );
}
