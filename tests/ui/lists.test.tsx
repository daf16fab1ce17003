// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { addActor, updateCollaboration } from '../../src/domain/commands';
import { initI18n } from '../../src/i18n';
import { edit, undo } from '../../src/state/documentStore';
import { viewStore } from '../../src/state/viewStore';
import { Inspector } from '../../src/ui/inspector/Inspector';
import { ListsView } from '../../src/ui/lists/ListsView';
import { filterRows, sortRows } from '../../src/ui/lists/useSortedRows';
import { currentDoc, loadFixture, undoSteps } from './fixture';
import { recordMapView } from './mapViewRecorder';

beforeAll(async () => {
  await initI18n('en');
});

let ids: ReturnType<typeof loadFixture>;
beforeEach(() => {
  ids = loadFixture();
});

const actorsTable = () => screen.getByRole('table', { name: 'Actors' });
const collabTable = () => screen.getByRole('table', { name: 'Collaborations' });

/** The body rows of a table (the header row sits in its own row group). */
function bodyRows(table: HTMLElement): HTMLElement[] {
  const body = table.querySelector('tbody');
  if (!body) throw new Error('no tbody');
  return within(body).queryAllByRole('row');
}

const actorNames = () =>
  bodyRows(actorsTable()).map(
    (row) => (within(row).getByRole('textbox') as HTMLInputElement).value,
  );

describe('ListsView', () => {
  it('has one row per actor and one per collaboration', () => {
    render(<ListsView />);
    expect(bodyRows(actorsTable())).toHaveLength(5);
    expect(bodyRows(collabTable())).toHaveLength(3);
    expect(screen.getByText('5 of 5')).toBeInTheDocument();
    act(() => {
      edit((doc, meta) => addActor(doc, { name: 'Frivilligsentralen' }, meta).doc);
    });
    expect(bodyRows(actorsTable())).toHaveLength(6);
  });

  it('shows sector, type and the number of collaborations', () => {
    render(<ListsView />);
    const row = bodyRows(actorsTable()).find((r) =>
      within(r).queryByDisplayValue('Biblioteket'),
    ) as HTMLElement;
    const cells = within(row).getAllByRole('cell');
    expect(within(cells[0] as HTMLElement).getByRole('combobox')).toHaveDisplayValue(
      'Culture & heritage',
    );
    expect(cells[1]).toHaveTextContent('Library');
    expect(cells[2]).toHaveTextContent('2');
  });

  it('sorts by name in Norwegian order, and reverses on the second click', async () => {
    const user = userEvent.setup();
    render(<ListsView />);
    const byName = screen.getAllByRole('button', { name: 'Sort by Name' })[0] as HTMLElement;
    const header = byName.closest('th') as HTMLElement;
    const ascending = [
      'Asylmottaket',
      'Biblioteket',
      'Eksempel skole',
      'Kulturskolen',
      'Ørsta musikkorps',
    ];
    expect(actorNames()).toEqual(ascending);
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    await user.click(byName);
    expect(actorNames()).toEqual([...ascending].reverse());
    expect(header).toHaveAttribute('aria-sort', 'descending');
    await user.click(byName);
    expect(actorNames()).toEqual(ascending);
  });

  it('sorts by the number of collaborations', async () => {
    const user = userEvent.setup();
    render(<ListsView />);
    const button = within(actorsTable()).getByRole('button', { name: 'Sort by Collaborations' });
    await user.click(button);
    expect(button.closest('th')).toHaveAttribute('aria-sort', 'ascending');
    expect(actorNames()[0]).toBe('Ørsta musikkorps');
    await user.click(button);
    expect(actorNames().slice(0, 2).sort()).toEqual(['Biblioteket', 'Kulturskolen']);
    const nameHeader = within(actorsTable())
      .getByRole('button', { name: 'Sort by Name' })
      .closest('th');
    expect(nameHeader).not.toHaveAttribute('aria-sort');
  });

  it('filters rows by any shown text and counts them', async () => {
    const user = userEvent.setup();
    render(<ListsView />);
    const filter = screen.getByLabelText('Filter actors');
    await user.type(filter, 'bibl');
    expect(actorNames()).toEqual(['Biblioteket']);
    expect(screen.getByText('1 of 5')).toBeInTheDocument();
    await user.clear(filter);
    await user.type(filter, 'education');
    expect(actorNames()).toEqual(['Eksempel skole']);
    await user.clear(filter);
    await user.type(filter, 'zzz');
    expect(actorNames()).toEqual([]);
    expect(screen.getByText('Nothing matches.')).toBeInTheDocument();
    await user.clear(filter);
    expect(actorNames()).toHaveLength(5);

    const collabFilter = screen.getByLabelText('Filter collaborations');
    await user.type(collabFilter, 'planned');
    expect(bodyRows(collabTable())).toHaveLength(1);
    await user.clear(collabFilter);
    await user.type(collabFilter, 'inclusion kari');
    expect(bodyRows(collabTable())).toHaveLength(1);
    expect(screen.getByText('1 of 3')).toBeInTheDocument();
  });

  it('renames inline as one undoable edit', async () => {
    const user = userEvent.setup();
    render(<ListsView />);
    const before = undoSteps();
    const input = screen.getByRole('textbox', { name: 'Name of Biblioteket' });
    await user.clear(input);
    await user.type(input, 'Folkebiblioteket');
    expect(currentDoc().actors[ids.library]?.name).toBe('Biblioteket');
    await user.keyboard('{Enter}');
    expect(currentDoc().actors[ids.library]?.name).toBe('Folkebiblioteket');
    expect(undoSteps()).toBe(before + 1);
    expect(screen.getByRole('textbox', { name: 'Name of Folkebiblioteket' })).toBeInTheDocument();
    // The collaborations table shows the new name too.
    expect(within(collabTable()).getAllByText('Folkebiblioteket').length).toBeGreaterThan(0);
    act(() => undo());
    expect(currentDoc().actors[ids.library]?.name).toBe('Biblioteket');
    expect(screen.getByRole('textbox', { name: 'Name of Biblioteket' })).toHaveValue('Biblioteket');
  });

  it('changes an actor’s sector inline, resetting a type the sector lacks', async () => {
    const user = userEvent.setup();
    render(<ListsView />);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Sector of Asylmottaket' }),
      'health-welfare',
    );
    expect(currentDoc().actors[ids.asylum]).toMatchObject({
      sectorId: 'health-welfare',
      typeId: 'custom',
    });
  });

  it('changes strength and status of a collaboration inline', async () => {
    const user = userEvent.setup();
    render(<ListsView />);
    const before = undoSteps();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Status of Lesestund' }),
      'Paused',
    );
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Strength of Lesestund' }),
      'Weak',
    );
    expect(currentDoc().collaborations[ids.readings]).toMatchObject({
      status: 'paused',
      strength: 1,
    });
    expect(undoSteps()).toBe(before + 2);
    // A collaboration without a label is named by its two ends.
    expect(
      screen.getByRole('combobox', { name: 'Status of Biblioteket – Asylmottaket' }),
    ).toHaveValue('idea');
  });

  it('renders a row again when its purposes or the language change', async () => {
    render(<ListsView />);
    const readingsRow = () =>
      screen.getByRole('combobox', { name: 'Status of Lesestund' }).closest('tr') as HTMLElement;
    act(() => {
      edit((d, meta) =>
        updateCollaboration(d, ids.readings, { purposeIds: ['inclusion', 'breadth'] }, meta),
      );
    });
    expect(within(readingsRow()).getByText('Breadth & recruitment')).toHaveClass('chip');
    await act(() => i18next.changeLanguage('nb'));
    try {
      const row = screen
        .getByRole('combobox', { name: 'Status for Lesestund' })
        .closest('tr') as HTMLElement;
      expect(within(row).getByText('Bredde og rekruttering')).toBeInTheDocument();
      expect(
        within(row).getByRole('combobox', { name: 'Styrke for Lesestund' }),
      ).toHaveDisplayValue('Sterk');
    } finally {
      await act(() => i18next.changeLanguage('en'));
    }
  });

  it('selects a row in the inspector', async () => {
    const user = userEvent.setup();
    const map = recordMapView();
    render(
      map.wrap(
        <>
          <ListsView />
          <Inspector />
        </>,
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Show Biblioteket on the map' }));
    expect(viewStore.getState().selection).toEqual({ kind: 'actor', id: ids.library });
    expect(map.lastFocus()).toEqual([ids.library]);
    const inspector = screen.getByRole('complementary', { name: 'Details' });
    expect(within(inspector).getByLabelText('Name')).toHaveValue('Biblioteket');

    await user.click(within(collabTable()).getByRole('button', { name: 'Skolekonserter' }));
    expect(viewStore.getState().selection).toEqual({ kind: 'collaboration', id: ids.concerts });
    expect(within(inspector).getByLabelText('Name of the collaboration')).toHaveValue(
      'Skolekonserter',
    );
  });

  it('drops the rows of a deleted actor and its collaborations', async () => {
    const user = userEvent.setup();
    render(
      <>
        <ListsView />
        <Inspector />
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Show Biblioteket on the map' }));
    await user.click(screen.getByRole('button', { name: 'Delete actor' }));
    expect(bodyRows(actorsTable())).toHaveLength(4);
    expect(bodyRows(collabTable())).toHaveLength(1);
    expect(Object.keys(currentDoc().collaborations)).toEqual([ids.concerts]);
  });
});

describe('sortRows and filterRows', () => {
  const rows = ['b', 'Å', '', 'a', 'Ø', 'æ'];
  it('sorts text in Norwegian order with blanks last', () => {
    const value = (r: string) => r;
    expect(sortRows(rows, { column: 'x', direction: 'ascending' }, value)).toEqual([
      'a',
      'b',
      'æ',
      'Ø',
      'Å',
      '',
    ]);
    expect(sortRows(rows, { column: 'x', direction: 'descending' }, value)).toEqual([
      'Å',
      'Ø',
      'æ',
      'b',
      'a',
      '',
    ]);
  });
  it('keeps every row for an empty query and needs every word to match', () => {
    expect(filterRows(rows, '  ', (r) => r)).toHaveLength(rows.length);
    expect(filterRows(['Kari Lesestund', 'Ola Lesestund'], 'les kari', (r) => r)).toEqual([
      'Kari Lesestund',
    ]);
  });
});
