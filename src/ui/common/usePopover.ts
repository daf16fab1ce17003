import { useEffect, useId, useRef, useState } from 'react';
import { returnFocus } from './focusReturn';
import { useDismiss } from './useDismiss';

/**
 * An open/closed popover under a toggle button: put `root` on the element that holds both, spread
 * `toggle` on the button and give the popover `id`. Escape or a press outside closes it. When it
 * closes with the focus inside (Escape, or an item that acted), focus goes back to the toggle.
 */
export function usePopover() {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => setOpen(false);
  useDismiss(open, root, close);
  const wasOpen = useRef(false);
  useEffect(() => {
    // After a dialog the item opened took the focus (children's effects run first).
    if (wasOpen.current && !open && button.current) returnFocus([button.current]);
    wasOpen.current = open;
  }, [open]);
  return {
    open,
    close,
    id,
    root,
    toggle: {
      ref: button,
      'aria-expanded': open,
      'aria-controls': id,
      onClick: () => setOpen((o) => !o),
    },
  };
}
