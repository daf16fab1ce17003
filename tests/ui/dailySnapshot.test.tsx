// @vitest-environment jsdom
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeAll, expect, it, vi } from 'vitest';
import { initI18n } from '../../src/i18n';
import { documentStore } from '../../src/state/documentStore';
import { SessionContext } from '../../src/ui/SessionContext';
import { useDailySnapshot } from '../../src/ui/snapshots/useDailySnapshot';
import { sessionsOnDemo } from '../fixtures/sessionText';
import { openTestStore } from '../persistence/harness';

beforeAll(async () => {
  await initI18n('en');
});
afterEach(cleanup);
const startSession = sessionsOnDemo();

it("takes the day's version of the map as it opened, once the map view has drawn it", async () => {
  const store = openTestStore();
  const session = startSession(store);
  await session.start();
  const opened = documentStore.getState().doc;
  if (!opened) throw new Error('no map open');
  const put = vi.spyOn(store.repo, 'putSnapshot');
  const wrapper = ({ children }: { children: ReactNode }) => (
    <SessionContext.Provider value={session}>{children}</SessionContext.Provider>
  );
  renderHook(() => useDailySnapshot(), { wrapper });
  // The map is not on screen yet: nothing is copied.
  await new Promise((r) => setTimeout(r, 50));
  expect(put).not.toHaveBeenCalled();

  session.mapDrawn(opened.map.id);
  await waitFor(() => expect(put).toHaveBeenCalledTimes(1));
  const version = put.mock.calls[0]?.[0];
  expect(version?.kind).toBe('auto');
  expect(version?.document).toBe(opened);
  store.repo.close();
});
