import type { ReactNode } from 'react';
import { type CameraMove, MapViewHub, MapViewProvider } from '../../src/ui/map/MapViewContext';

/** A map-view handle with a recorder in place of the canvas: what the components asked of it. */
export function recordMapView() {
  const hub = new MapViewHub();
  const moves: CameraMove[] = [];
  hub.attach((move) => moves.push(move));
  const wrap = (ui: ReactNode) => <MapViewProvider hub={hub}>{ui}</MapViewProvider>;
  /** The actors of the last focus asked for, or undefined. */
  const lastFocus = (): string[] | undefined => {
    const focus = moves.filter((m) => m.kind === 'focus').at(-1);
    return focus?.kind === 'focus' ? [...focus.ids] : undefined;
  };
  return { hub, moves, wrap, lastFocus };
}
