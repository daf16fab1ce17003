/**
 * Where focus goes back to when a dialog or popover closes (WCAG 2.4.3, docs/accessibility.md):
 * the control that opened it. Openers can vanish with what closed (a menu item inside a popover,
 * a button inside a dialog that another dialog replaced), so an opener is remembered as a chain
 * of candidates, nearest first.
 */

const chains = new WeakMap<Element, HTMLElement[]>();

/** The toggle that controls the popover `el` sits in, if any: it outlives the popover. */
function popoverToggle(el: Element): HTMLElement | null {
  for (let host = el.parentElement; host; host = host.parentElement) {
    if (!host.id) continue;
    const toggle = document.querySelector<HTMLElement>(`[aria-controls="${CSS.escape(host.id)}"]`);
    if (toggle && !host.contains(toggle)) return toggle;
  }
  return null;
}

/** The focused control now, and the ones to fall back on if it is gone when focus returns. */
export function rememberOpener(): HTMLElement[] {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || active === document.body) return [];
  const chain = [active];
  const toggle = popoverToggle(active);
  if (toggle) chain.push(toggle);
  // Opened from inside a dialog: if that dialog closes too, go back to where it came from.
  const dialog = active.closest('dialog');
  if (dialog) chain.push(...(chains.get(dialog) ?? []));
  return chain;
}

/** Ties a dialog element to its opener chain, so dialogs opened from it can inherit it. */
export function linkOpener(dialog: Element, chain: HTMLElement[]): void {
  chains.set(dialog, chain);
}

const usable = (el: HTMLElement) =>
  el.isConnected &&
  !el.closest('[hidden], [inert]') &&
  !(el as HTMLButtonElement).disabled &&
  el.getClientRects().length > 0;

/**
 * Focus the first opener still there, unless focus already went somewhere on purpose (it is
 * only "lost" on the body or inside what just closed).
 */
export function returnFocus(chain: readonly HTMLElement[], closed?: Element | null): void {
  const active = document.activeElement;
  const lost =
    !active || active === document.body || !active.isConnected || !!closed?.contains(active);
  if (!lost) return;
  chain.find(usable)?.focus();
}
