// @vitest-environment jsdom
/** The import flow: preview counts and warnings, merge as one undo step, errors write nothing. */
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import demo from '../../data/samples/eksempel-kommune.samspill-map.json';
import { createImportJobs } from '../../src/app/import/importJobs';
import { kulturskoleTemplate } from '../../src/app/template';
import { initI18n } from '../../src/i18n';
import { backupToJson } from '../../src/io/import';
import { documentStore, undo } from '../../src/state/documentStore';
import { importStore, startImport } from '../../src/state/importStore';
import { Session } from '../../src/state/session';
import { uiStore } from '../../src/state/uiStore';
import { ImportFlow } from '../../src/ui/import/ImportFlow';
import { SessionContext } from '../../src/ui/SessionContext';
import { openTestStore, type TestStore } from '../persistence/harness';
import { polyfillDialogs } from './dialogs';

const text = () => ({
  newMapName: 'New map',
  focalName: 'The culture school',
  copyOf: (name: string) => `Copy of ${name}`,
  deleted: (name: string) => `${name} was deleted`,
  undoDelete: 'Undo delete',
});

let store: TestStore;
let session: Session;
const withSession = (node: ReactNode) => (
  <SessionContext.Provider value={session}>{node}</SessionContext.Provider>
);

beforeAll(async () => {
  await initI18n('en');
  polyfillDialogs();
});
beforeEach(async () => {
  store = openTestStore();
  session = new Session(store.repo, async () => demo, text);
  await session.start();
  importStore.setState({ step: 'idle' }, true);
  uiStore.setState({ toast: null });
});
afterEach(() => {
  cleanup();
  session.dispose();
  store.repo.close();
});

const csv = (name: string, lines: string[]) => new File([lines.join('\n')], name);
const open = () => {
  const doc = documentStore.getState().doc;
  if (!doc) throw new Error('no map open');
  return doc;
};
const actorNames = () => Object.values(open().actors).map((a) => a.name);

async function rows() {
  const [maps, actors, collaborations] = await Promise.all([
    store.db.maps.count(),
    store.db.actors.count(),
    store.db.collaborations.count(),
  ]);
  return { maps, actors, collaborations };
}

/** Two actors match the demo ("Biblioteket" exactly, "Asylmottak" by its definite form). */
const files = () => [
  csv('aktorer.csv', [
    'Label;Type;Sector',
    'Biblioteket;Bibliotek;Kultur og kulturarv',
    'Asylmottak;;',
    'Nordby sjakklubb;Romskip;',
    'Fjordby bokkafé;;',
  ]),
  csv('samarbeid.csv', [
    'From;To;Strength',
    'Biblioteket;Nordby sjakklubb;mye',
    'Asylmottak;Fjordby bokkafé;2',
  ]),
];

async function preview() {
  render(withSession(<ImportFlow />));
  await act(() => startImport(files(), kulturskoleTemplate, createImportJobs(null)));
  return screen.findByRole('dialog', { name: 'Import preview' });
}

/** The plan is worked out after the dialog opens (in the worker, in the app): wait for it. */
async function counts(dialog: HTMLElement, kind: 'Actors' | 'Collaborations') {
  const table = await within(dialog).findByRole('table', { name: 'What the import does' });
  const row = within(table).getByRole('row', { name: new RegExp(`^${kind}`) });
  return within(row)
    .getAllByRole('cell')
    .map((c) => Number((c.textContent ?? '').replace(/\D/g, '')));
}

describe('import preview', () => {
  it('shows what a new map gets, and warnings that name the file, row and column', async () => {
    const dialog = await preview();
    expect(within(dialog).getByRole('radio', { name: 'New map' })).toBeChecked();
    expect(await counts(dialog, 'Actors')).toEqual([4, 0, 0]);
    expect(await counts(dialog, 'Collaborations')).toEqual([2, 0, 0]);
    const warnings = within(dialog).getByRole('heading', { name: '2 warnings' });
    expect(warnings).toBeInTheDocument();
    const items = within(dialog)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toContain(
      'aktorer.csv, row 4, column “Type”: Unknown type “Romskip”. The actor gets a custom type.',
    );
    expect(items).toContain(
      'samarbeid.csv, row 2, column “Strength”: Invalid strength “mye” is not used (1–3, or weak, medium, strong).',
    );
    // No culture school in the file: the user may pick one for the new map.
    expect(within(dialog).getByRole('combobox', { name: /culture school/ })).toBeInTheDocument();
  });

  it('reports matched actors for a merge and applies it as one undo step', async () => {
    const before = open();
    const dialog = await preview();
    await userEvent.click(within(dialog).getByRole('radio', { name: /^Merge into this map/ }));
    // Both matches already say what the file says: nothing to update.
    expect(await counts(dialog, 'Actors')).toEqual([2, 0, 2]);
    expect(await counts(dialog, 'Collaborations')).toEqual([2, 0, 0]);
    const matched = within(dialog).getByRole('region', { name: 'Found in the map (2 actors)' });
    expect(within(matched).getByText(/Biblioteket → Biblioteket/)).toBeInTheDocument();
    expect(within(matched).getByText(/Asylmottak → Asylmottaket/)).toBeInTheDocument();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Merge' }));
    await waitFor(() => expect(importStore.getState().step).toBe('idle'));
    expect(actorNames()).toEqual(expect.arrayContaining(['Nordby sjakklubb', 'Fjordby bokkafé']));
    expect(Object.keys(open().actors)).toHaveLength(Object.keys(before.actors).length + 2);
    expect(uiStore.getState().toast?.message).toMatch(/^Imported: 2 new actors/);
    act(() => undo());
    expect(open()).toBe(before);
  });

  it('writes a new map in one go and opens it', async () => {
    const dialog = await preview();
    const name = within(dialog).getByRole('textbox', { name: 'Name of the new map' });
    await userEvent.clear(name);
    await userEvent.type(name, 'Fra regnearket');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create the map' }));
    await waitFor(() => expect(open().map.name).toBe('Fra regnearket'));
    expect(actorNames().sort()).toEqual(
      ['Asylmottak', 'Biblioteket', 'Fjordby bokkafé', 'Nordby sjakklubb'].sort(),
    );
    expect((await store.load(open().map.id)).actors).toEqual(open().actors);
  });

  it('restores a backup of a map that exists as a copy, and says so', async () => {
    const maps = [{ doc: open(), snapshots: [] }];
    const backup = new File(
      [backupToJson(maps, kulturskoleTemplate, '2026-05-01T10:00:00Z')],
      'b.samspill.json',
    );
    uiStore.setState({ maps: await store.repo.listMaps() });
    render(withSession(<ImportFlow />));
    await act(() => startImport([backup], kulturskoleTemplate, createImportJobs(null)));
    const dialog = await screen.findByRole('dialog', { name: 'Import preview' });
    expect(dialog).toHaveTextContent(
      `“${demo.map.name}” already exists here and is added as a copy`,
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(open().map.name).toBe(`Copy of ${demo.map.name}`));
    expect(await store.repo.listMaps()).toHaveLength(2);
    expect(uiStore.getState().toast?.message).toContain('already existed and were added as copies');
  });
});

describe('a refused import', () => {
  it('names the file and row, and leaves the database as it was', async () => {
    const before = await rows();
    const opened = open();
    render(withSession(<ImportFlow />));
    const broken = [
      files()[0] as File,
      csv('samarbeid.csv', ['From;To', 'Biblioteket;Asylmottak', 'Biblioteket;Ukjent lag']),
    ];
    await act(() => startImport(broken, kulturskoleTemplate, createImportJobs(null)));
    const alert = await screen.findByRole('alertdialog', { name: 'Cannot import' });
    expect(alert).toHaveTextContent(
      'samarbeid.csv, row 3, column “To”: “Ukjent lag” is not one of the actors in the file.',
    );
    expect(alert).toHaveTextContent('Nothing was imported or changed.');
    await userEvent.click(within(alert).getByRole('button', { name: 'Close' }));
    expect(importStore.getState().step).toBe('idle');
    await session.flush();
    expect(await rows()).toEqual(before);
    expect(open()).toBe(opened);
  });

  it('can be cancelled while a slow parse runs, and nothing is written', async () => {
    const before = await rows();
    render(withSession(<ImportFlow />));
    let terminated = false;
    // A worker that never answers: the progress dialog appears after a second.
    const never = () =>
      ({
        postMessage() {},
        terminate() {
          terminated = true;
        },
        onmessage: null,
        onerror: null,
      }) as unknown as Worker;
    const running = startImport(files(), kulturskoleTemplate, createImportJobs(never));
    const dialog = await screen.findByRole('dialog', { name: 'Importing' }, { timeout: 3000 });
    expect(within(dialog).getByRole('progressbar', { name: 'Progress' })).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await act(() => running);
    expect(terminated).toBe(true);
    expect(importStore.getState().step).toBe('idle');
    expect(uiStore.getState().toast?.message).toBe(
      'The import was cancelled. Nothing was changed.',
    );
    expect(await rows()).toEqual(before);
  });
});
