import { type ReactNode, useLayoutEffect, useRef } from 'react';
import { rovingTarget, widgetItems } from './rovingKeys';

const ITEMS = 'button, select, input, [role="button"]';

/** One Tab stop: the item last used, or the first. */
function rove(root: HTMLElement | null, current: HTMLElement | null): void {
  const items = widgetItems(root, ITEMS);
  const active = current && items.includes(current) ? current : (items[0] ?? null);
  for (const item of items) item.tabIndex = item === active ? 0 : -1;
}

/**
 * A toolbar by the WAI-ARIA pattern: one Tab stop, Left and Right (Home, End) move between its
 * controls. Up and Down stay with a select, which uses them to choose.
 */
export function Toolbar(props: { label: string; className: string; children: ReactNode }) {
  const root = useRef<HTMLDivElement>(null);
  const last = useRef<HTMLElement | null>(null);
  // After every render: controls come and go with the settings.
  useLayoutEffect(() => rove(root.current, last.current));
  return (
    <div
      ref={root}
      role="toolbar"
      aria-label={props.label}
      className={props.className}
      onFocus={(e) => {
        last.current = e.target;
        rove(root.current, e.target);
      }}
      onKeyDown={(e) => {
        if (e.key === 'ArrowUp' || e.key === 'ArrowDown') return;
        const next = rovingTarget(e, widgetItems(root.current, ITEMS));
        next?.focus();
      }}
    >
      {props.children}
    </div>
  );
}
