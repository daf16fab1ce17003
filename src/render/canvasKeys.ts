import type { Direction } from './nearestInDirection';

/** What a key pressed on the map canvas asks for. */
export type CanvasKeyAction =
  | { kind: 'move'; direction: Direction }
  | { kind: 'open' }
  | { kind: 'zoom'; factor: number }
  | { kind: 'fit' }
  | { kind: 'clear' };

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** The same steps as the map controls' zoom buttons. */
export const ZOOM_IN = 1.25;
export const ZOOM_OUT = 0.8;

const KEYS: Record<string, CanvasKeyAction> = {
  ArrowRight: { kind: 'move', direction: 'right' },
  ArrowLeft: { kind: 'move', direction: 'left' },
  ArrowUp: { kind: 'move', direction: 'up' },
  ArrowDown: { kind: 'move', direction: 'down' },
  Enter: { kind: 'open' },
  ' ': { kind: 'open' },
  '+': { kind: 'zoom', factor: ZOOM_IN },
  '=': { kind: 'zoom', factor: ZOOM_IN },
  '-': { kind: 'zoom', factor: ZOOM_OUT },
  '0': { kind: 'fit' },
  Escape: { kind: 'clear' },
};

/**
 * The canvas's action for a key, or null. A held modifier leaves the key to the browser and the
 * app's shortcuts, except Shift, which some layouts need to type "+".
 */
export function canvasKeyAction(e: KeyLike): CanvasKeyAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (e.shiftKey && e.key !== '+') return null;
  return KEYS[e.key] ?? null;
}
