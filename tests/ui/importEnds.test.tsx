// @vitest-environment jsdom
/**
 * Issue 12, item 9, in the import dialog: a CSV pair whose links name actors already on the open
 * map is read (not refused), the merge preview says which link ends were found in the map, and
 * merging links them.
 */
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import demo from '../../data/samples/eksempel-kommune.samspill-map.json';
import { createImportJobs } from '../../src/app/import/importJobs';
import { kulturskoleTemplate } from '../../src/app/template';
import { initI18n } from '../../src/i18n';
import { documentStore } from '../../src/state/documentStore';
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
const links = () =>
  Object.values(open().collaborations).map((c) =>
    [open().actors[c.sourceId]?.name, open().actors[c.targetId]?.name].join(' — '),
  );

const files = () => [
  csv('aktorer.csv', ['Navn;Type', 'Nordby sjakklubb;', 'Fjordby bokkafé;']),
  csv('samarbeid.csv', [
    'Fra;Til;Styrke',
    'Kulturskolen i Eksempel kommune;Nordby sjakklubb;sterk',
    'Kulturskolen;Fjordby bokkafé;2',
    'Bibliotek;Fjordby bokkafé;1',
  ]),
];

async function counts(dialog: HTMLElement, kind: 'Actors' | 'Collaborations') {
  const table = await within(dialog).findByRole('table', { name: 'What the import does' });
  const row = within(table).getByRole('row', { name: new RegExp(`^${kind}`) });
  return within(row)
    .getAllByRole('cell')
    .map((c) => Number((c.textContent ?? '').replace(/\D/g, '')));
}

describe('merging links to the open map’s actors', () => {
  it('the preview names the ends found in the map, and the merge links them', async () => {
    const before = Object.keys(open().actors).length;
    render(
      <SessionContext.Provider value={session}>
        <ImportFlow />
      </SessionContext.Provider>,
    );
    await act(() => startImport(files(), kulturskoleTemplate, createImportJobs(null)));
    const dialog = await screen.findByRole('dialog', { name: 'Import preview' });
    // The file links to actors only the map has: the dialog starts with the merge.
    expect(within(dialog).getByRole('radio', { name: /^Merge into this map/ })).toBeChecked();
    expect(await counts(dialog, 'Actors')).toEqual([2, 0, 0]);
    expect(await counts(dialog, 'Collaborations')).toEqual([3, 0, 0]);
    expect(
      within(dialog).getByText(
        '3 link ends were found among the map’s actors: Kulturskolen i Eksempel kommune, Kulturskolen, Bibliotek',
      ),
    ).toBeInTheDocument();
    // A new map counts only the file: there the map's names are missing.
    await userEvent.click(within(dialog).getByRole('radio', { name: 'New map' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'samarbeid.csv, row 2, column “Fra”: “Kulturskolen i Eksempel kommune” is not one of the actors in the file.',
    );
    expect(within(dialog).getByRole('button', { name: 'Create the map' })).toBeDisabled();
    await userEvent.click(within(dialog).getByRole('radio', { name: /^Merge into this map/ }));
    await within(dialog).findByText(/^3 link ends were found/);

    await userEvent.click(within(dialog).getByRole('button', { name: 'Merge' }));
    await waitFor(() => expect(importStore.getState().step).toBe('idle'));
    expect(Object.keys(open().actors)).toHaveLength(before + 2);
    expect(links()).toEqual(
      expect.arrayContaining([
        'Kulturskolen i Eksempel kommune — Nordby sjakklubb',
        'Kulturskolen i Eksempel kommune — Fjordby bokkafé',
        'Biblioteket — Fjordby bokkafé',
      ]),
    );
  });

  it('a name in neither the file nor the map is refused before the preview', async () => {
    render(
      <SessionContext.Provider value={session}>
        <ImportFlow />
      </SessionContext.Provider>,
    );
    const broken = [
      files()[0] as File,
      csv('samarbeid.csv', ['Fra;Til', 'Kulturskolen;Nordby sjakklubb', 'Biblo;Kulturskolen']),
    ];
    await act(() => startImport(broken, kulturskoleTemplate, createImportJobs(null)));
    const alert = await screen.findByRole('alertdialog', { name: 'Cannot import' });
    expect(alert).toHaveTextContent(
      'samarbeid.csv, row 3, column “Fra”: “Biblo” is not one of the actors in the file. Nor is it in the map.',
    );
  });

  it('a long list of ends is cut short', async () => {
    const many = Object.values(open().actors)
      .slice(0, 30)
      .map((a) => `${a.name};Nordby sjakklubb`);
    render(
      <SessionContext.Provider value={session}>
        <ImportFlow />
      </SessionContext.Provider>,
    );
    const pair = [files()[0] as File, csv('samarbeid.csv', ['Fra;Til', ...many])];
    await act(() => startImport(pair, kulturskoleTemplate, createImportJobs(null)));
    const dialog = await screen.findByRole('dialog', { name: 'Import preview' });
    await userEvent.click(within(dialog).getByRole('radio', { name: /^Merge into this map/ }));
    const line = await within(dialog).findByText(/^30 link ends were found/);
    expect(line.textContent).toMatch(/… and \d+ more$/);
    const names = (line.textContent ?? '').replace(/^[^:]*: /, '').replace(/ … and \d+ more$/, '');
    expect([...names].length).toBeLessThanOrEqual(80);
  });
});
