// @vitest-environment jsdom
/** The map-view handle: components ask the map through React context, not through the stores. */
import { act, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import type { View } from '../../src/domain/types';
import { initI18n } from '../../src/i18n';
import { printDone, printStore, requestPrint } from '../../src/state/printStore';
import { emptyFilters, viewStore } from '../../src/state/viewStore';
import { Search } from '../../src/ui/common/Search';
import {
  type CameraMove,
  MapViewHub,
  MapViewProvider,
  useMapView,
} from '../../src/ui/map/MapViewContext';
import { applyView } from '../../src/ui/views/viewState';
import { loadFixture } from './fixture';
import { recordMapView } from './mapViewRecorder';

beforeAll(async () => {
  await initI18n('en');
});

beforeEach(() => {
  viewStore.setState({ filters: emptyFilters(), layoutMode: 'force', selection: null });
});

describe('the map-view handle', () => {
  it('hands each move to the canvas attached to its own provider, and to no other', () => {
    const a = recordMapView();
    const b = recordMapView();
    const inA = renderHook(() => useMapView(), {
      wrapper: ({ children }: { children: ReactNode }) => a.wrap(children),
    });
    act(() => inA.result.current.focus(['x', 'y']));
    act(() => inA.result.current.showCamera(null));
    expect(a.moves).toEqual([
      { kind: 'focus', ids: ['x', 'y'] },
      { kind: 'camera', camera: null },
    ]);
    expect(b.moves).toEqual([]);
  });

  it('asks again with a new move each time, so the same request moves the map again', () => {
    const map = recordMapView();
    map.hub.focus(['x']);
    map.hub.focus(['x']);
    expect(map.moves).toHaveLength(2);
    expect(map.moves[0]).not.toBe(map.moves[1]);
  });

  it('moves nothing outside a provider, and nothing after the canvas let go', () => {
    const outside = renderHook(() => useMapView());
    expect(() => outside.result.current.focus(['x'])).not.toThrow();
    expect(outside.result.current.camera()).toBeNull();
    expect(outside.result.current.live()).toBeNull();

    const hub = new MapViewHub();
    const moves: CameraMove[] = [];
    const letGo = hub.attach((m) => moves.push(m));
    hub.focus(['a']);
    letGo();
    hub.focus(['b']);
    expect(moves).toEqual([{ kind: 'focus', ids: ['a'] }]);
  });

  it('puts a saved view in the store before it asks for the view’s camera', () => {
    const map = new MapViewHub();
    const seen: { move: CameraMove; layout: string; sectors: string[] }[] = [];
    map.attach((move) => {
      const s = viewStore.getState();
      seen.push({ move, layout: s.layoutMode, sectors: s.filters.sectors });
    });
    const camera = { x: 1, y: 2, w: 300, h: 200 };
    const view = {
      filters: { sectors: ['culture'], statuses: [], purposes: [] },
      layout: 'rings',
      ringsBy: 'strength',
      sizeBy: 'degree',
      showGaps: false,
      camera,
    } as unknown as View;
    applyView(map, view);
    expect(seen).toEqual([
      { move: { kind: 'camera', camera }, layout: 'rings', sectors: ['culture'] },
    ]);
  });

  it('centres the map on the actor a search finds, and selects it', async () => {
    const ids = loadFixture();
    const map = recordMapView();
    render(
      <MapViewProvider hub={map.hub}>
        <Search />
      </MapViewProvider>,
    );
    await userEvent.type(screen.getByLabelText('Search for an actor'), 'bibliot{Enter}');
    expect(viewStore.getState().selection).toEqual({ kind: 'actor', id: ids.library });
    expect(map.lastFocus()).toEqual([ids.library]);
  });
});

describe('printStore', () => {
  it('numbers each print asked for, so asking again prints again', () => {
    requestPrint();
    const first = printStore.getState().job;
    printDone();
    expect(printStore.getState().job).toBeNull();
    requestPrint();
    const second = printStore.getState().job;
    expect(first).not.toBeNull();
    expect(second).not.toBe(first);
    printDone();
  });
});
