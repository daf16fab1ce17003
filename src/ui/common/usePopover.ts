import { useId, useRef, useState } from 'react';
import { useDismiss } from './useDismiss';

/**
 * An open/closed popover under a toggle button: put `root` on the element that holds both, spread
 * `toggle` on the button and give the popover `id`. Escape or a press outside closes it.
 */
export function usePopover() {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const close = () => setOpen(false);
  useDismiss(open, root, close);
  return {
    open,
    close,
    id,
    root,
    toggle: {
      'aria-expanded': open,
      'aria-controls': id,
      onClick: () => setOpen((o) => !o),
    },
  };
}
