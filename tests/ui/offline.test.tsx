// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import type { ReactNode } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../src/i18n';
import { appStatus } from '../../src/state/appStatus';
import type { Session } from '../../src/state/session';
import { uiStore } from '../../src/state/uiStore';
import { SaveStatus } from '../../src/ui/common/SaveStatus';
import { AppAlerts } from '../../src/ui/offline/AppAlerts';
import { formatBytes } from '../../src/ui/offline/formatBytes';
import { StorageButton } from '../../src/ui/offline/StorageButton';
import { SessionContext } from '../../src/ui/SessionContext';

const flush = vi.fn(async () => true);
const session = { flush } as unknown as Session;
const withSession = (node: ReactNode) => (
  <SessionContext.Provider value={session}>{node}</SessionContext.Provider>
);

beforeAll(async () => {
  await initI18n('en');
});
beforeEach(async () => {
  await i18next.changeLanguage('en');
  uiStore.setState({ save: { status: 'saved', error: null }, persist: 'unknown' });
  appStatus.setState({ updateReady: false, applyUpdate: null, newerVersion: false });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('newer version in another tab', () => {
  it('shows a lasting alert with Reload instead of a retry that cannot work', async () => {
    const reload = vi.fn();
    vi.stubGlobal('location', { ...window.location, reload });
    render(
      withSession(
        <>
          <SaveStatus />
          <AppAlerts />
        </>,
      ),
    );
    act(() => {
      uiStore.setState({ save: { status: 'error', error: 'NewerDatabaseError' } });
      appStatus.setState({ newerVersion: true });
    });
    const alerts = screen.getAllByRole('alert');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toHaveTextContent('Samspill was updated in another tab. Reload to continue.');
    expect(alerts[0]).toHaveTextContent('Changes you made since are kept in this browser');
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(reload).toHaveBeenCalled();
    expect(flush).not.toHaveBeenCalled();
  });
});

describe('update banner', () => {
  it('appears when a new version waits, and hands the reload to the update action', async () => {
    render(withSession(<AppAlerts />));
    expect(screen.queryByRole('region', { name: 'New version' })).toBeNull();
    const applyUpdate = vi.fn(async () => {});
    act(() => appStatus.setState({ updateReady: true, applyUpdate }));
    const banner = screen.getByRole('region', { name: 'New version' });
    expect(banner).toHaveTextContent('A new version is ready.');
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(applyUpdate).toHaveBeenCalledTimes(1);
  });
});

describe('Storage', () => {
  const storage = (persisted: boolean) => {
    let granted = persisted;
    return {
      persisted: vi.fn(async () => granted),
      persist: vi.fn(async () => {
        granted = true;
        return true;
      }),
      estimate: vi.fn(async () => ({ usage: 3_240_000, quota: 1_200_000_000 })),
    };
  };

  it('says whether storage is protected, how much is used, and asks for protection', async () => {
    const api = storage(false);
    vi.stubGlobal('navigator', { ...navigator, storage: api });
    render(withSession(<StorageButton />));
    await userEvent.click(screen.getByRole('button', { name: 'Storage' }));
    const panel = screen.getByRole('region', { name: 'Storage in this browser' });
    expect(await screen.findByText('3.2 MB of 1.2 GB')).toBeInTheDocument();
    expect(panel).toHaveTextContent('Not protected: the browser may clear your maps');
    await userEvent.click(screen.getByRole('button', { name: 'Ask for protection' }));
    expect(api.persist).toHaveBeenCalled();
    expect(await screen.findByText(/^Protected: the browser will not clear/)).toBeInTheDocument();
    expect(uiStore.getState().persist).toBe('granted');
    expect(screen.queryByRole('button', { name: 'Ask for protection' })).toBeNull();
  });

  it('formats sizes in the locale', async () => {
    expect(formatBytes(3_240_000, 'nb')).toBe('3,2 MB');
    expect(formatBytes(1_200_000_000, 'nb')).toBe('1,2 GB');
    expect(formatBytes(48_000_000_000, 'en')).toBe('48 GB');
    vi.stubGlobal('navigator', { ...navigator, storage: storage(true) });
    await i18next.changeLanguage('nb');
    render(withSession(<StorageButton />));
    await userEvent.click(screen.getByRole('button', { name: 'Lagring' }));
    expect(await screen.findByText('3,2 MB av 1,2 GB')).toBeInTheDocument();
    expect(screen.getByText(/^Beskyttet/)).toBeInTheDocument();
  });
});
