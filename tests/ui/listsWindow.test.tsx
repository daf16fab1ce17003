// @vitest-environment jsdom
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeCollaboration, makeMap } from '../../src/domain/factory';
import type { Actor, Collaboration, MapDocument } from '../../src/domain/types';
import { initI18n } from '../../src/i18n';
import { replaceDocument } from '../../src/state/documentStore';
import { viewStore } from '../../src/state/viewStore';
import { useShortcuts } from '../../src/ui/common/useShortcuts';
import { ListsView } from '../../src/ui/lists/ListsView';
import { fastKey, sortRows } from '../../src/ui/lists/useSortedRows';
import { currentDoc, loadFixture } from './fixture';

/**
 * jsdom lays nothing out: the table's scroll box is given a height of 600 px and every row 41 px,
 * and scrolling sets scrollTop and fires `scroll`, as a browser would.
 */
const BOX = 600;
const ROW = 41;
/** jsdom's own getters, put back after these tests. */
const saved = {
  offsetHeight: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight'),
  scrollTo: HTMLElement.prototype.scrollTo,
};
beforeAll(async () => {
  await initI18n('en');
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('table-scroll') ? BOX : 0;
    },
  });
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.tagName === 'TR' ? ROW : 0;
    },
  });
  // The box holds the header row and every row of the table, each 41 px high.
  Object.defineProperty(HTMLElement.prototype, 'scrollHeight', {
    configurable: true,
    get(this: HTMLElement) {
      const rows = this.querySelector(':scope > table')?.getAttribute('aria-rowcount');
      return rows ? Number(rows) * ROW : 0;
    },
  });
  HTMLElement.prototype.scrollTo = function (
    this: HTMLElement,
    options?: ScrollToOptions | number,
  ) {
    this.scrollTop = typeof options === 'object' ? (options.top ?? 0) : 0;
    this.dispatchEvent(new Event('scroll'));
  } as typeof HTMLElement.prototype.scrollTo;
});
afterAll(() => {
  // clientHeight and scrollHeight are jsdom's on Element.prototype: removing ours uncovers them.
  Reflect.deleteProperty(HTMLElement.prototype, 'clientHeight');
  Reflect.deleteProperty(HTMLElement.prototype, 'scrollHeight');
  if (saved.offsetHeight) {
    Object.defineProperty(HTMLElement.prototype, 'offsetHeight', saved.offsetHeight);
  }
  HTMLElement.prototype.scrollTo = saved.scrollTo;
});

const now = '2026-01-01T00:00:00.000Z';
const WORDS = ['Biblioteket', 'skolen', 'Korpset', 'Åsen museum', 'Ærøy lag', 'Ørsta kor', 'Aase'];

/** A map of 20,000 actors (names in a scrambled order) and 50,000 collaborations. */
function bigDoc(n = 20_000, m = 50_000): MapDocument {
  const doc = makeMap(
    {
      name: 'Stort',
      focalName: 'Kulturskolen',
      templateId: 'kulturskole',
      focalSectorId: 'focal',
      focalTypeId: 'culture-school',
    },
    { now, newId: () => 'big' },
  );
  const actors: Record<string, Actor> = { ...doc.actors };
  const focal = Object.values(actors)[0] as Actor;
  for (let i = 0; i < n - 1; i++) {
    const id = `a${i}`;
    const number = (i * 7919) % n;
    actors[id] = {
      ...focal,
      id,
      name: `${WORDS[i % WORDS.length]} ${number}`,
      sectorId: i % 2 ? 'culture' : 'education',
      typeId: 'custom',
    };
  }
  const ids = Object.keys(actors);
  const collaborations: Record<string, Collaboration> = {};
  for (let i = 0; i < m; i++) {
    const id = `c${i}`;
    collaborations[id] = makeCollaboration(
      doc.map.id,
      {
        sourceId: ids[i % ids.length] as string,
        targetId: ids[(i * 31 + 1) % ids.length] as string,
        label: `Samarbeid ${i}`,
        strength: 2,
        status: i % 5 ? 'active' : 'planned',
      },
      { now, newId: () => id },
    );
  }
  return { ...doc, actors, collaborations };
}

const table = (name: string) => screen.getByRole('table', { name });
const recordRows = (t: HTMLElement) => [
  ...t.querySelectorAll<HTMLElement>('tbody tr[data-item-id]'),
];
const shownNames = () =>
  recordRows(table('Actors')).map(
    (row) => (within(row).getByRole('textbox') as HTMLInputElement).value,
  );

/** The names in the order the lists must show them, by Norwegian collation, blanks last. */
const collator = new Intl.Collator('nb', { sensitivity: 'base' });
const expectedOrder = (doc: MapDocument, keep: (name: string) => boolean = () => true) =>
  Object.values(doc.actors)
    .map((a) => a.name)
    .filter(keep)
    .sort((a, b) => collator.compare(a, b));

describe('the lists at 20,000 actors and 50,000 collaborations', () => {
  let doc: MapDocument;
  beforeEach(() => {
    doc = bigDoc();
    replaceDocument(doc);
    viewStore.setState({ selection: null });
  });

  it('renders a window of rows and says how many there are', () => {
    render(<ListsView />);
    const actors = table('Actors');
    const collabs = table('Collaborations');
    expect(actors).toHaveAttribute('aria-rowcount', '20001');
    expect(collabs).toHaveAttribute('aria-rowcount', '50001');
    for (const t of [actors, collabs]) {
      const rows = recordRows(t);
      // 600 px of 41 px rows, plus the rows rendered beyond each edge: never thousands.
      expect(rows.length).toBeGreaterThanOrEqual(Math.floor(BOX / ROW));
      expect(rows.length).toBeLessThanOrEqual(40);
      expect(rows[0]).toHaveAttribute('aria-rowindex', '2');
      expect(within(t).getAllByRole('row')[0]).toHaveAttribute('aria-rowindex', '1');
    }
    expect(shownNames()).toEqual(expectedOrder(doc).slice(0, shownNames().length));
    expect(screen.getByText('20000 of 20000')).toBeInTheDocument();
  });

  it('sorts and filters all rows, not just the rendered ones', async () => {
    const user = userEvent.setup();
    render(<ListsView />);
    await user.click(within(table('Actors')).getByRole('button', { name: 'Sort by Name' }));
    const descending = expectedOrder(doc).reverse();
    expect(shownNames().slice(0, 10)).toEqual(descending.slice(0, 10));

    await user.type(screen.getByLabelText('Filter actors'), 'ørsta 12');
    const matches = expectedOrder(doc, (n) => /ørsta kor .*12/i.test(n)).reverse();
    expect(matches.length).toBeGreaterThan(40);
    expect(table('Actors')).toHaveAttribute('aria-rowcount', String(matches.length + 1));
    expect(shownNames()).toEqual(matches.slice(0, shownNames().length));
    expect(screen.getByText(`${matches.length} of 20000`)).toBeInTheDocument();
  });

  it('scrolls to render later rows, with their place in the table', () => {
    render(<ListsView />);
    const actors = table('Actors');
    const box = actors.closest('.table-scroll') as HTMLElement;
    act(() => {
      box.scrollTop = 10_000 * ROW;
      box.dispatchEvent(new Event('scroll'));
    });
    const rows = recordRows(actors);
    expect(rows.length).toBeLessThanOrEqual(40);
    const indexes = rows.map((r) => Number(r.getAttribute('aria-rowindex')));
    expect(indexes).toContain(10_002);
    expect(shownNames()[0]).toBe(expectedOrder(doc)[(indexes[0] as number) - 2]);
  });

  it('brings a selected actor’s row into view, as the Search selects it', async () => {
    render(<ListsView />);
    const last = expectedOrder(doc).at(-1) as string;
    const actor = Object.values(doc.actors).find((a) => a.name === last) as Actor;
    expect(screen.queryByRole('textbox', { name: `Name of ${last}` })).toBeNull();
    act(() => viewStore.setState({ selection: { kind: 'actor', id: actor.id } }));
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: `Name of ${last}` })).toBeInTheDocument(),
    );
  });

  it('keeps the focused row while the rest scrolls away', async () => {
    const user = userEvent.setup();
    render(<ListsView />);
    const first = expectedOrder(doc)[0] as string;
    const input = screen.getByRole('textbox', { name: `Name of ${first}` });
    await user.click(input);
    const box = table('Actors').closest('.table-scroll') as HTMLElement;
    act(() => {
      box.scrollTop = 15_000 * ROW;
      box.dispatchEvent(new Event('scroll'));
    });
    expect(input).toBeInTheDocument();
    expect(input).toHaveFocus();
    expect(recordRows(table('Actors')).length).toBeLessThanOrEqual(41);
  });
});

function Shortcuts() {
  useShortcuts();
  return null;
}

describe('a windowed table from the keyboard', () => {
  it('deletes a row with Delete on its button and moves the focus to the next row', async () => {
    const user = userEvent.setup();
    const ids = loadFixture();
    render(
      <>
        <Shortcuts />
        <ListsView virtualizeFrom={0} />
      </>,
    );
    expect(table('Actors')).toHaveAttribute('aria-rowcount', '6');
    screen.getByRole('button', { name: 'Show Biblioteket on the map' }).focus();
    await user.keyboard('{Delete}');
    expect(currentDoc().actors[ids.library]).toBeUndefined();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Show Eksempel skole on the map' })).toHaveFocus(),
    );
    expect(table('Actors')).toHaveAttribute('aria-rowcount', '5');
  });
});

describe('the fast sort keys', () => {
  it('order exactly as the Norwegian collator, or step aside', () => {
    const letters = 'aAbkzZ09 æøåÆØÅé-.';
    let seed = 3;
    const rnd = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const word = () =>
      Array.from({ length: 1 + Math.floor(rnd() * 6) }, () =>
        letters.charAt(Math.floor(rnd() * letters.length)),
      ).join('');
    const words = Array.from({ length: 3000 }, word);
    const sorted = sortRows(words, { column: 'x', direction: 'ascending' }, (w) => w);
    const blanksLast = (a: string, b: string) =>
      a === '' || b === '' ? Number(a === '') - Number(b === '') : collator.compare(a, b);
    for (let i = 1; i < sorted.length; i++) {
      expect(blanksLast(sorted[i - 1] as string, sorted[i] as string)).toBeLessThanOrEqual(0);
    }
    // Ties, also between values the collator finds equal, keep the input order.
    const people = ['Kari', 'ola', 'kari', 'Ola', 'KARI'];
    const byName = (dir: 'ascending' | 'descending') =>
      sortRows(people, { column: 'x', direction: dir }, (w) => w);
    expect(byName('ascending')).toEqual(['Kari', 'kari', 'KARI', 'ola', 'Ola']);
    expect(byName('descending')).toEqual(['ola', 'Ola', 'Kari', 'kari', 'KARI']);
    expect(fastKey('Aase')).toBeNull();
    expect(fastKey('Haåkon')).toBeNull();
    expect(fastKey('Ørsta 12')).toBe('|rsta 12');
    expect(fastKey('Café')).toBeNull();
  });
});
