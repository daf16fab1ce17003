// @vitest-environment jsdom
/** Issue 12, item 3: a render error shows the recovery screen; notices about stored maps. */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n, switchLanguage } from '../../src/i18n';
import { appStatus } from '../../src/state/appStatus';
import { replaceDocument } from '../../src/state/documentStore';
import type { Session } from '../../src/state/session';
import { uiStore } from '../../src/state/uiStore';
import { ExportDialog } from '../../src/ui/export/ExportDialog';
import { ErrorBoundary, errorReport } from '../../src/ui/recovery/ErrorBoundary';
import { Notices } from '../../src/ui/recovery/Notices';
import { RecoveryScreen } from '../../src/ui/recovery/RecoveryScreen';
import { SessionContext } from '../../src/ui/SessionContext';
import { polyfillDialogs } from './dialogs';
import { buildDoc } from './fixture';

const openMap = vi.fn(async () => {});
const noteCrash = vi.fn(async () => {});
const readAllMaps = vi.fn(async () => ({ maps: [], unreadable: ['Ødelagt'], raw: [] }));
const markBackedUp = vi.fn(async () => {});
const session = { openMap, noteCrash, readAllMaps, markBackedUp } as unknown as Session;
const withSession = (node: ReactNode) => (
  <SessionContext.Provider value={session}>{node}</SessionContext.Provider>
);

const MAPS = [
  { id: 'a', name: 'Kart A' },
  { id: 'b', name: 'Kart B' },
] as never;

beforeAll(async () => {
  await initI18n('en');
  polyfillDialogs();
});
beforeEach(() => {
  uiStore.setState({ maps: MAPS, toast: null });
  appStatus.setState({ notices: [] });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  openMap.mockClear();
  noteCrash.mockClear();
  replaceDocument(null);
});

function Boom({ fail }: { fail: boolean }): ReactNode {
  if (fail) throw new TypeError('a.map is not a function');
  return <p>The map</p>;
}

function boundary(fail: boolean, resetKey: string) {
  return withSession(
    <ErrorBoundary
      resetKey={resetKey}
      onError={() => void session.noteCrash()}
      fallback={({ details, retry }) => <RecoveryScreen details={details} retry={retry} />}
    >
      <Boom fail={fail} />
    </ErrorBoundary>,
  );
}

describe('the error boundary', () => {
  it('shows the recovery screen instead of nothing, with the error text to copy', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(boundary(true, 'a'));
    const screenRegion = screen.getByRole('alert');
    expect(screenRegion).toHaveAccessibleName('Something went wrong while showing the map');
    const details = screen.getByRole('textbox', { name: 'Error text' });
    expect((details as HTMLTextAreaElement).value).toMatch(/^TypeError: a\.map is not a function/);
    expect((details as HTMLTextAreaElement).value).toContain('Components:');
    expect(noteCrash).toHaveBeenCalledTimes(1);

    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await userEvent.click(screen.getByRole('button', { name: 'Copy the error text' }));
    expect(writeText).toHaveBeenCalledWith((details as HTMLTextAreaElement).value);
    expect(screen.getByText('The error text was copied.')).toBeInTheDocument();
  });

  it('offers the other maps, and a new map id shows the children again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    replaceDocument(buildDoc().doc);
    const { rerender } = render(boundary(true, 'a'));
    const others = screen.getByRole('navigation', { name: 'Open another map' });
    await userEvent.click(within(others).getByRole('button', { name: 'Open “Kart B”' }));
    expect(openMap).toHaveBeenCalledWith('b');
    rerender(boundary(false, 'b'));
    expect(screen.getByText('The map')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('backs up everything from the recovery screen', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(boundary(true, 'a'));
    await userEvent.click(screen.getByRole('button', { name: 'Back up everything' }));
    await vi.waitFor(() => expect(blobs).toHaveLength(1));
    expect(JSON.parse(await (blobs[0] as Blob).text())).toMatchObject({
      format: 'samspill-backup',
    });
    await vi.waitFor(() => expect(uiStore.getState().toast?.message).toMatch(/Ødelagt/));
  });

  it('writes a report even for a thrown value that is no Error', () => {
    expect(errorReport('plain text', '\n    at Map')).toMatch(/^plain text\n\nComponents:\nat Map/);
  });
});

describe('notices about stored maps', () => {
  it('says how many records were repaired, and that the original was kept', () => {
    appStatus.setState({
      notices: [{ kind: 'repaired', mapId: 'a', name: 'Kart A', count: 2 }],
    });
    render(withSession(<Notices />));
    expect(screen.getByRole('status')).toHaveTextContent(
      '2 damaged records in “Kart A” were repaired; a copy of the original was kept as a version.',
    );
  });

  it('says a map could not be read, never "Not saved", and offers a backup', async () => {
    appStatus.setState({
      notices: [
        {
          kind: 'unreadable',
          mapId: 'a',
          name: 'Kart A',
          error: { code: 'invalid-field', path: 'map.name', detail: '' },
        },
        { kind: 'skipped', mapId: 'b', name: 'Kart B' },
      ],
    });
    render(withSession(<Notices />));
    const [unreadable, skipped] = screen.getAllByRole('alert');
    expect(unreadable).toHaveTextContent('The map “Kart A” could not be read');
    expect(unreadable).toHaveTextContent('map.name');
    expect(unreadable).not.toHaveTextContent(/not saved/i);
    expect(
      within(unreadable as HTMLElement).getByRole('button', { name: 'Back up everything' }),
    ).toBeEnabled();
    expect(skipped).toHaveTextContent('because the app stopped while opening it last time');
    await userEvent.click(
      within(skipped as HTMLElement).getByRole('button', { name: 'Open “Kart B” anyway' }),
    );
    expect(openMap).toHaveBeenCalledWith('b');
    await userEvent.click(
      within(unreadable as HTMLElement).getByRole('button', { name: 'Close the message' }),
    );
    expect(appStatus.getState().notices).toEqual([{ kind: 'skipped', mapId: 'b', name: 'Kart B' }]);
  });

  it('says so when storage could not be opened at all, and never "Not saved"', () => {
    appStatus.setState({
      notices: [{ kind: 'start-failed', mapId: null, reason: 'UnknownError: disk' }],
    });
    render(withSession(<Notices />));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(
      'Samspill could not read the maps in this browser (UnknownError: disk). Nothing was deleted.',
    );
    expect(alert).not.toHaveTextContent(/not saved/i);
  });

  it('are in bokmål too', async () => {
    const i18n = await initI18n('nb');
    appStatus.setState({ notices: [{ kind: 'repaired', mapId: 'a', name: 'Kart A', count: 1 }] });
    render(withSession(<Notices />));
    expect(screen.getByRole('status')).toHaveTextContent(
      '1 skadet post i «Kart A» ble reparert. En kopi av originalen er tatt vare på som en versjon.',
    );
    // Back to English for the next tests; languages other than bokmål load on demand.
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(false);
    await switchLanguage('en');
    expect(i18n.t('recovery.noMap')).toBe('No map is open. Choose one under “Maps”.');
  });
});

describe('Export with no map open', () => {
  it('still offers "Back up everything"', async () => {
    replaceDocument(null);
    render(withSession(<ExportDialog onClose={() => {}} />));
    expect(screen.getByText(/No map is open/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Back up everything' })).toBeEnabled();
  });
});
