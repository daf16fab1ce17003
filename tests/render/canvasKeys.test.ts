import { describe, expect, it } from 'vitest';
import { canvasKeyAction, type KeyLike, ZOOM_IN, ZOOM_OUT } from '../../src/render/canvasKeys';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('canvasKeyAction: what a key on the map canvas does', () => {
  it('maps arrows, Enter, Space, + = - 0 and Escape', () => {
    expect(canvasKeyAction(key('ArrowRight'))).toEqual({ kind: 'move', direction: 'right' });
    expect(canvasKeyAction(key('ArrowLeft'))).toEqual({ kind: 'move', direction: 'left' });
    expect(canvasKeyAction(key('ArrowUp'))).toEqual({ kind: 'move', direction: 'up' });
    expect(canvasKeyAction(key('ArrowDown'))).toEqual({ kind: 'move', direction: 'down' });
    expect(canvasKeyAction(key('Enter'))).toEqual({ kind: 'open' });
    expect(canvasKeyAction(key(' '))).toEqual({ kind: 'open' });
    expect(canvasKeyAction(key('+'))).toEqual({ kind: 'zoom', factor: ZOOM_IN });
    expect(canvasKeyAction(key('='))).toEqual({ kind: 'zoom', factor: ZOOM_IN });
    expect(canvasKeyAction(key('-'))).toEqual({ kind: 'zoom', factor: ZOOM_OUT });
    expect(canvasKeyAction(key('0'))).toEqual({ kind: 'fit' });
    expect(canvasKeyAction(key('Escape'))).toEqual({ kind: 'clear' });
    expect(ZOOM_IN).toBeGreaterThan(1);
    expect(ZOOM_OUT).toBeLessThan(1);
  });

  it('leaves other keys alone (Delete is the app-wide shortcut, Tab moves focus)', () => {
    for (const k of ['Delete', 'Backspace', 'Tab', 'a', '1', 'Home', 'F1', '?']) {
      expect(canvasKeyAction(key(k))).toBeNull();
    }
  });

  it('does nothing while Ctrl, Cmd or Alt is held', () => {
    for (const mod of ['ctrlKey', 'metaKey', 'altKey'] as const) {
      for (const k of ['ArrowRight', 'Enter', '+', '-', '0', 'Escape']) {
        expect(canvasKeyAction(key(k, { [mod]: true }))).toBeNull();
      }
    }
  });

  it('allows Shift only for +, which some layouts type with it', () => {
    expect(canvasKeyAction(key('+', { shiftKey: true }))).toEqual({
      kind: 'zoom',
      factor: ZOOM_IN,
    });
    for (const k of ['ArrowRight', 'ArrowDown', 'Enter', ' ', '0', '-', 'Escape']) {
      expect(canvasKeyAction(key(k, { shiftKey: true }))).toBeNull();
    }
  });
});
