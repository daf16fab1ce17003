import type { KeyboardEvent } from 'react';

/**
 * Arrow-key movement inside a tab list or toolbar (WAI-ARIA Authoring Practices): the arrows
 * along the widget's axis, Home and End move between its items and wrap at the ends. Returns the
 * item to go to, or null when the key is not one of these. The caller focuses it (and, for tabs,
 * selects it).
 */
export function rovingTarget(
  e: KeyboardEvent<HTMLElement>,
  items: readonly HTMLElement[],
  orientation: 'horizontal' | 'vertical' = 'horizontal',
): HTMLElement | null {
  if (e.altKey || e.ctrlKey || e.metaKey) return null;
  const current =
    document.activeElement instanceof HTMLElement ? items.indexOf(document.activeElement) : -1;
  if (current < 0 || items.length === 0) return null;
  const [back, forward] =
    orientation === 'horizontal' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowUp', 'ArrowDown'];
  const last = items.length - 1;
  const next =
    e.key === forward
      ? current === last
        ? 0
        : current + 1
      : e.key === back
        ? current === 0
          ? last
          : current - 1
        : e.key === 'Home'
          ? 0
          : e.key === 'End'
            ? last
            : null;
  if (next === null) return null;
  e.preventDefault();
  return items[next] ?? null;
}

/** The enabled, shown items of a widget, in order. */
export const widgetItems = (root: HTMLElement | null, selector: string): HTMLElement[] =>
  [...(root?.querySelectorAll<HTMLElement>(selector) ?? [])].filter(
    (el) => !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0,
  );
