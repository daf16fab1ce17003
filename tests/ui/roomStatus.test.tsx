// @vitest-environment jsdom
/** The projector's side of a workshop with phones (issue 17): counter, duplicates, removal. */
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addActor, addCollaboration } from '../../src/domain/commands';
import type { MapDocument } from '../../src/domain/types';
import { initI18n } from '../../src/i18n';
import { documentStore, replaceDocument, undo } from '../../src/state/documentStore';
import { modeStore } from '../../src/state/modeStore';
import { viewStore } from '../../src/state/viewStore';
import { RoomCounter, RoomDuplicates } from '../../src/ui/workshop/RoomStatus';
import { WorkshopSelection } from '../../src/ui/workshop/WorkshopSelection';
import { testMeta } from '../fixtures/meta';
import { currentDoc, loadFixture } from './fixture';

beforeAll(async () => {
  await initI18n('en');
});
afterEach(() => {
  cleanup();
  modeStore.setState({ workshop: null });
  viewStore.setState({ selection: null });
});

/** The fixture map with what two phones added after the workshop began. */
function workshopWithPhones(): { before: MapDocument; bibliotek: string; korps: string } {
  loadFixture();
  const before = currentDoc();
  let doc = before;
  const meta = testMeta('2026-02-01T10:00:00.000Z', 'p');
  const phone = (name: string, owner: string, nickname?: string) => {
    const added = addActor(doc, { name, sectorId: 'culture', typeId: 'library' }, meta);
    const actor = {
      ...added.actor,
      addedBy: owner,
      ...(nickname ? { addedByName: nickname } : {}),
    };
    doc = { ...added.doc, actors: { ...added.doc.actors, [actor.id]: actor } };
    return actor.id;
  };
  const bibliotek = phone('Bibliotek', 'phone-a', 'Kari');
  const korps = phone('Korpset', 'phone-b');
  const link = addCollaboration(
    doc,
    { sourceId: bibliotek, targetId: korps, label: '', status: 'active', strength: 2 },
    meta,
  );
  if (!link) throw new Error('no link');
  const col = { ...link.collaboration, addedBy: 'phone-a', addedByName: 'Kari' };
  doc = { ...link.doc, collaborations: { ...link.doc.collaborations, [col.id]: col } };
  replaceDocument(doc);
  modeStore.setState({
    workshop: {
      snapshotId: 's1',
      startedAt: '2026-02-01T09:00:00.000Z',
      before,
      room: { code: 'AAAABBBB', link: 'http://x/p/#AAAA-BBBB', shown: false },
    },
  });
  return { before, bibliotek, korps };
}

describe('the projector with phones in the room', () => {
  it('counts entries and people', () => {
    workshopWithPhones();
    render(<RoomCounter />);
    expect(screen.getByText('3 entries from 2 people')).toBeInTheDocument();
  });

  it('flags "Bibliotek" against the map’s "Biblioteket" and merges it in one undoable step', async () => {
    const { bibliotek, korps } = workshopWithPhones();
    const library = Object.values(currentDoc().actors).find((a) => a.name === 'Biblioteket');
    const linksOfLibrary = () =>
      Object.values(currentDoc().collaborations).filter(
        (c) => c.sourceId === library?.id || c.targetId === library?.id,
      ).length;
    const before = linksOfLibrary();
    render(<RoomDuplicates />);
    const region = screen.getByRole('region', { name: 'Possible duplicates' });
    expect(region).toHaveTextContent('“Bibliotek” may be “Biblioteket”');
    await userEvent.click(
      within(region).getByRole('button', { name: 'Merge Bibliotek into Biblioteket' }),
    );
    expect(currentDoc().actors[bibliotek]).toBeUndefined();
    expect(linksOfLibrary()).toBe(before + 1);
    const ends = Object.values(currentDoc().collaborations).map((c) =>
      [c.sourceId, c.targetId].sort().join('|'),
    );
    expect(ends).toContain([library?.id ?? '', korps].sort().join('|'));
    expect(modeStore.getState().workshop?.merged).toBe(1);
    expect(screen.queryByRole('region', { name: 'Possible duplicates' })).toBeNull();
    act(() => undo());
    expect(currentDoc().actors[bibliotek]?.name).toBe('Bibliotek');
  });

  it('"Keep both" stops asking about that pair', async () => {
    workshopWithPhones();
    render(<RoomDuplicates />);
    await userEvent.click(
      screen.getByRole('button', { name: 'Keep both Bibliotek and Biblioteket' }),
    );
    expect(screen.queryByRole('region', { name: 'Possible duplicates' })).toBeNull();
    expect(Object.values(currentDoc().actors).some((a) => a.name === 'Bibliotek')).toBe(true);
  });

  it('shows what was clicked, who added it, and removes it with undo', async () => {
    const { korps, bibliotek } = workshopWithPhones();
    viewStore.setState({ selection: { kind: 'actor', id: bibliotek } });
    render(<WorkshopSelection />);
    const card = screen.getByRole('region', { name: 'Selected on the map' });
    expect(card).toHaveTextContent('Bibliotek');
    expect(card).toHaveTextContent('added by Kari');
    await userEvent.click(within(card).getByRole('button', { name: 'Remove Bibliotek' }));
    expect(currentDoc().actors[bibliotek]).toBeUndefined();
    // Its collaboration went with it; undo brings both back.
    expect(Object.values(currentDoc().collaborations).some((c) => c.targetId === korps)).toBe(
      false,
    );
    expect(viewStore.getState().selection).toBeNull();
    act(() => undo());
    expect(currentDoc().actors[bibliotek]).toBeDefined();
    expect(Object.values(currentDoc().collaborations).some((c) => c.targetId === korps)).toBe(true);
    expect(documentStore.getState().doc).toBe(currentDoc());
  });
});
