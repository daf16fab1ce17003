// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { updateActor } from '../../src/domain/commands';
import { initI18n } from '../../src/i18n';
import { edit, undo } from '../../src/state/documentStore';
import { uiStore } from '../../src/state/uiStore';
import { select, viewStore } from '../../src/state/viewStore';
import { todayIso } from '../../src/ui/inspector/ActivityLog';
import { Inspector } from '../../src/ui/inspector/Inspector';
import { currentDoc, loadFixture, undoSteps } from './fixture';

beforeAll(async () => {
  await initI18n('en');
});

let ids: ReturnType<typeof loadFixture>;
beforeEach(() => {
  ids = loadFixture();
});

const panel = () => screen.getByRole('complementary', { name: 'Details' });

function renderWith(selection: Parameters<typeof select>[0]) {
  select(selection);
  return render(<Inspector />);
}

describe('Inspector', () => {
  it('says what to do when nothing is selected', () => {
    render(<Inspector />);
    expect(within(panel()).getByText(/Select an actor or a collaboration/)).toBeInTheDocument();
  });

  it('shows the selected actor and follows the selection', () => {
    render(<Inspector />);
    act(() => select({ kind: 'actor', id: ids.library }));
    expect(within(panel()).getByLabelText('Name')).toHaveValue('Biblioteket');
    expect(screen.getByLabelText('Sector')).toHaveValue('culture');
    expect(screen.getByLabelText('Type')).toHaveValue('library');
    act(() => select({ kind: 'actor', id: ids.asylum }));
    expect(within(panel()).getByLabelText('Name')).toHaveValue('Asylmottaket');
    act(() => select(null));
    expect(screen.queryByLabelText('Name')).not.toBeInTheDocument();
  });

  it('commits a name on blur as one undo step, not per keystroke', async () => {
    const user = userEvent.setup();
    renderWith({ kind: 'actor', id: ids.library });
    const before = undoSteps();
    const name = screen.getByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'Hovedbiblioteket');
    expect(currentDoc().actors[ids.library]?.name).toBe('Biblioteket');
    expect(undoSteps()).toBe(before);
    await user.tab();
    expect(currentDoc().actors[ids.library]?.name).toBe('Hovedbiblioteket');
    expect(undoSteps()).toBe(before + 1);
    act(() => undo());
    expect(currentDoc().actors[ids.library]?.name).toBe('Biblioteket');
    expect(screen.getByLabelText('Name')).toHaveValue('Biblioteket');
  });

  it('commits on Enter, reverts on Escape and keeps the name when emptied', async () => {
    const user = userEvent.setup();
    renderWith({ kind: 'actor', id: ids.library });
    const name = screen.getByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'Bibliotek{Enter}');
    expect(currentDoc().actors[ids.library]?.name).toBe('Bibliotek');
    await user.type(name, 'XYZ{Escape}');
    expect(name).toHaveValue('Bibliotek');
    await user.tab();
    expect(currentDoc().actors[ids.library]?.name).toBe('Bibliotek');
    const before = undoSteps();
    await user.clear(name);
    await user.tab();
    expect(currentDoc().actors[ids.library]?.name).toBe('Bibliotek');
    expect(name).toHaveValue('Bibliotek');
    expect(undoSteps()).toBe(before);
  });

  it('keeps the type when the new sector has it, else makes it custom', async () => {
    const user = userEvent.setup();
    renderWith({ kind: 'actor', id: ids.library });
    await user.selectOptions(screen.getByLabelText('Sector'), 'education');
    expect(currentDoc().actors[ids.library]).toMatchObject({
      sectorId: 'education',
      typeId: 'custom',
    });
    await user.selectOptions(screen.getByLabelText('Type'), 'ppt');
    expect(currentDoc().actors[ids.library]?.typeId).toBe('ppt');
    const types = within(screen.getByLabelText('Type')).getAllByRole('option');
    expect(types.map((o) => o.getAttribute('value'))).toContain('kindergarten');
    expect(types.map((o) => o.getAttribute('value'))).not.toContain('library');
  });

  it('edits tags, contact, power and kind', async () => {
    const user = userEvent.setup();
    renderWith({ kind: 'actor', id: ids.library });
    await user.type(screen.getByLabelText('Tags'), 'lesing, språk ,, lesing');
    await user.type(screen.getByLabelText('Email'), 'post@bibliotek.no');
    await user.tab();
    await user.selectOptions(screen.getByLabelText('Power (1–5)'), '4');
    await user.selectOptions(screen.getByLabelText('Kind'), 'project');
    const a = currentDoc().actors[ids.library];
    expect(a?.tags).toEqual(['lesing', 'språk']);
    expect(a?.contact.email).toBe('post@bibliotek.no');
    expect(a?.power).toBe(4);
    expect(a?.kind).toBe('project');
    await user.selectOptions(screen.getByLabelText('Power (1–5)'), 'Not set');
    expect(currentDoc().actors[ids.library]?.power).toBeNull();
  });

  it('unpins with the checkbox, and disables it for actors without a position', async () => {
    const user = userEvent.setup();
    const { unmount } = renderWith({ kind: 'actor', id: ids.school });
    const pinned = screen.getByLabelText('Pinned on the map');
    expect(pinned).toBeChecked();
    await user.click(pinned);
    expect(currentDoc().actors[ids.school]?.position).toEqual({ x: 10, y: 20, pinned: false });
    unmount();
    renderWith({ kind: 'actor', id: ids.library });
    expect(screen.getByLabelText('Pinned on the map')).toBeDisabled();
  });

  it('makes an actor the focal actor', async () => {
    const user = userEvent.setup();
    renderWith({ kind: 'actor', id: ids.library });
    await user.click(screen.getByRole('button', { name: /Make this the culture school/ }));
    expect(currentDoc().map.focalActorId).toBe(ids.library);
    expect(screen.getByText('This is the culture school the map is about.')).toBeInTheDocument();
  });

  it("lists the actor's collaborations and selects one", async () => {
    const user = userEvent.setup();
    renderWith({ kind: 'actor', id: ids.library });
    const links = screen.getByRole('region', { name: 'Collaborations (2)' });
    const buttons = within(links).getAllByRole('button', { name: /Active|Idea/ });
    expect(buttons.map((b) => b.textContent)).toEqual([
      'Asylmottaket Idea',
      'Kulturskolen (Lesestund) Active',
    ]);
    await user.click(buttons[0] as HTMLElement);
    expect(viewStore.getState().selection).toEqual({ kind: 'collaboration', id: ids.language });
    expect(screen.getByLabelText('From')).toHaveValue(ids.library);
  });

  it('adds a collaboration with another actor', async () => {
    const user = userEvent.setup();
    renderWith({ kind: 'actor', id: ids.band });
    await user.selectOptions(screen.getByLabelText('New collaboration with …'), ids.school);
    await user.click(screen.getByRole('button', { name: 'Add collaboration' }));
    const sel = viewStore.getState().selection;
    expect(sel?.kind).toBe('collaboration');
    const c = currentDoc().collaborations[sel?.id ?? ''];
    expect(c).toMatchObject({ sourceId: ids.band, targetId: ids.school });
  });

  it('deletes an actor with its collaborations, and the toast can undo it', async () => {
    const user = userEvent.setup();
    renderWith({ kind: 'actor', id: ids.library });
    await user.click(screen.getByRole('button', { name: 'Delete actor' }));
    const doc = currentDoc();
    expect(doc.actors[ids.library]).toBeUndefined();
    expect(doc.collaborations[ids.readings]).toBeUndefined();
    expect(doc.collaborations[ids.language]).toBeUndefined();
    expect(doc.collaborations[ids.concerts]).toBeDefined();
    expect(Object.values(doc.activities)).toHaveLength(0);
    expect(viewStore.getState().selection).toBeNull();
    const toast = uiStore.getState().toast;
    expect(toast?.message).toContain('Biblioteket');
    expect(toast?.undo).toBeTypeOf('function');
    act(() => toast?.undo?.());
    expect(currentDoc().actors[ids.library]?.name).toBe('Biblioteket');
    expect(currentDoc().collaborations[ids.language]).toBeDefined();
  });

  it('edits a collaboration: status, strength, purposes, dates and responsible', async () => {
    const user = userEvent.setup();
    renderWith({ kind: 'collaboration', id: ids.concerts });
    expect(screen.getByLabelText('Name of the collaboration')).toHaveValue('Skolekonserter');
    await user.selectOptions(screen.getByLabelText('Status'), 'Paused');
    expect(currentDoc().collaborations[ids.concerts]?.status).toBe('paused');
    await user.selectOptions(screen.getByLabelText('Strength'), 'Strong');
    expect(currentDoc().collaborations[ids.concerts]?.strength).toBe(3);
    await user.click(screen.getByLabelText('Breadth & recruitment'));
    await user.click(screen.getByLabelText('Visibility & reputation'));
    expect(currentDoc().collaborations[ids.concerts]?.purposeIds).toEqual([
      'breadth',
      'visibility',
    ]);
    await user.click(screen.getByLabelText('Breadth & recruitment'));
    expect(currentDoc().collaborations[ids.concerts]?.purposeIds).toEqual(['visibility']);

    const start = screen.getByLabelText('Start date');
    fireEvent.change(start, { target: { value: '2026-03-01' } });
    expect(currentDoc().collaborations[ids.concerts]?.startDate).toBeNull();
    fireEvent.blur(start);
    expect(currentDoc().collaborations[ids.concerts]?.startDate).toBe('2026-03-01');
    fireEvent.change(start, { target: { value: '' } });
    fireEvent.blur(start);
    expect(currentDoc().collaborations[ids.concerts]?.startDate).toBeNull();

    const responsible = screen.getByLabelText('Responsible in the culture school');
    const options = document.getElementById(responsible.getAttribute('list') ?? '');
    expect([...(options?.querySelectorAll('option') ?? [])].map((o) => o.value)).toEqual([
      'Kari',
      'Ola',
    ]);
    await user.clear(responsible);
    await user.type(responsible, ' Kari ');
    await user.tab();
    expect(currentDoc().collaborations[ids.concerts]?.responsible).toBe('Kari');
  });

  it('changes the ends of a collaboration, sorted by name, never to the same actor', async () => {
    const user = userEvent.setup();
    renderWith({ kind: 'collaboration', id: ids.concerts });
    const to = screen.getByLabelText('To');
    const names = within(to)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(names).toEqual([
      'Asylmottaket',
      'Biblioteket',
      'Eksempel skole',
      'Kulturskolen',
      'Ørsta musikkorps',
    ]);
    expect(within(to).getByRole('option', { name: 'Kulturskolen' })).toBeDisabled();
    await user.selectOptions(to, ids.band);
    expect(currentDoc().collaborations[ids.concerts]?.targetId).toBe(ids.band);
  });

  it('adds a log entry and deletes it, newest first', async () => {
    const user = userEvent.setup();
    renderWith({ kind: 'collaboration', id: ids.readings });
    const log = screen.getByRole('region', { name: 'Log' });
    const add = screen.getByRole('button', { name: 'Add to the log' });
    const form = add.closest('form') as HTMLFormElement;
    const date = within(form).getByLabelText('Date');
    expect(date).toHaveValue(todayIso());
    fireEvent.change(date, { target: { value: '2026-02-03' } });
    await user.type(within(form).getByLabelText('What happened'), 'Lesestund for 3. trinn');
    await user.type(within(form).getByLabelText('Note'), 'God stemning');
    const before = undoSteps();
    await user.click(add);
    expect(undoSteps()).toBe(before + 1);
    const entries = Object.values(currentDoc().activities).filter(
      (a) => a.collaborationId === ids.readings,
    );
    expect(entries).toHaveLength(2);
    expect(entries.find((a) => a.title === 'Lesestund for 3. trinn')).toMatchObject({
      date: '2026-02-03',
      note: 'God stemning',
    });
    const items = within(log).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('03/02/2026');
    expect(items[0]).toHaveTextContent('Lesestund for 3. trinn');
    expect(items[1]).toHaveTextContent('01/10/2025');
    expect(within(form).getByLabelText('What happened')).toHaveValue('');

    await user.click(
      screen.getByRole('button', { name: 'Delete activity Lesestund for 3. trinn' }),
    );
    expect(within(log).getAllByRole('listitem')).toHaveLength(1);
    expect(
      Object.values(currentDoc().activities).some((a) => a.title === 'Lesestund for 3. trinn'),
    ).toBe(false);
  });

  it('edits a log entry inline, committing on blur', async () => {
    const user = userEvent.setup();
    renderWith({ kind: 'collaboration', id: ids.readings });
    const log = screen.getByRole('region', { name: 'Log' });
    const entry = within(log).getAllByRole('listitem')[0] as HTMLElement;
    await user.click(within(entry).getByText('Edit “Oppstartsmøte”'));
    const title = within(entry).getByLabelText('What happened');
    await user.clear(title);
    await user.type(title, 'Planleggingsmøte');
    await user.tab();
    const activity = Object.values(currentDoc().activities)[0];
    expect(activity?.title).toBe('Planleggingsmøte');
  });

  it('deletes a collaboration but keeps both actors', async () => {
    const user = userEvent.setup();
    renderWith({ kind: 'collaboration', id: ids.readings });
    await user.click(screen.getByRole('button', { name: 'Delete collaboration' }));
    expect(currentDoc().collaborations[ids.readings]).toBeUndefined();
    expect(currentDoc().actors[ids.library]).toBeDefined();
    expect(screen.getByText(/Select an actor or a collaboration/)).toBeInTheDocument();
  });

  it('shows when the record was created and changed', () => {
    renderWith({ kind: 'actor', id: ids.library });
    expect(screen.getByText(/Created 01\/01\/2026/)).toBeInTheDocument();
  });

  it('ticks age groups in one undo step each, and says what an empty list means', async () => {
    const user = userEvent.setup();
    renderWith({ kind: 'actor', id: ids.school });
    const group = screen.getByRole('group', { name: 'Age groups' });
    expect(
      within(panel()).getByText('None ticked: as its type (Children (primary-school age)).'),
    ).toBeInTheDocument();
    const before = undoSteps();
    await user.click(within(group).getByLabelText('Young people'));
    expect(currentDoc().actors[ids.school]?.ageGroups).toEqual(['youth']);
    await user.click(within(group).getByLabelText('Children (primary-school age)'));
    // Stored in the template's order, whatever order they were ticked in.
    expect(currentDoc().actors[ids.school]?.ageGroups).toEqual(['children', 'youth']);
    expect(undoSteps()).toBe(before + 2);
    expect(screen.queryByText(/None ticked/)).not.toBeInTheDocument();
    act(() => undo());
    expect(currentDoc().actors[ids.school]?.ageGroups).toEqual(['youth']);
    expect(within(group).getByLabelText('Children (primary-school age)')).not.toBeChecked();
  });

  it('adds and removes an extra role, each an undoable edit', async () => {
    const user = userEvent.setup();
    renderWith({ kind: 'actor', id: ids.school });
    const roles = screen.getByRole('group', { name: 'Extra roles' });
    expect(within(roles).getByText('No extra roles.')).toBeInTheDocument();
    const pick = within(roles).getByLabelText('New role');
    const values = within(pick)
      .getAllByRole('option')
      .map((o) => o.getAttribute('value'));
    // Its own type is no extra role; every other template type is on offer.
    expect(values).not.toContain('primary-school');
    expect(values).toContain('sfo');
    const add = within(roles).getByRole('button', { name: 'Add role' });
    expect(add).toBeDisabled();
    await user.selectOptions(pick, 'dks');
    await user.click(add);
    expect(currentDoc().actors[ids.school]?.extraTypeIds).toEqual(['dks']);
    expect(
      within(pick).queryByRole('option', { name: 'School culture programme (DKS)' }),
    ).toBeNull();
    await user.selectOptions(pick, 'sfo');
    await user.click(add);
    expect(currentDoc().actors[ids.school]?.extraTypeIds).toEqual(['dks', 'sfo']);
    const before = undoSteps();
    await user.click(
      within(roles).getByRole('button', { name: 'Remove the role School culture programme (DKS)' }),
    );
    expect(currentDoc().actors[ids.school]?.extraTypeIds).toEqual(['sfo']);
    expect(undoSteps()).toBe(before + 1);
    act(() => undo());
    expect(currentDoc().actors[ids.school]?.extraTypeIds).toEqual(['dks', 'sfo']);
    expect(
      within(roles).getByRole('button', { name: 'Remove the role After-school programme' }),
    ).toBeInTheDocument();
  });

  it("edits a collaboration's next step and its date, committed on blur", async () => {
    const user = userEvent.setup();
    renderWith({ kind: 'collaboration', id: ids.concerts });
    const step = screen.getByLabelText('Next step');
    const before = undoSteps();
    await user.type(step, '  Be om møte med rektor ');
    expect(currentDoc().collaborations[ids.concerts]?.nextStep).toBe('');
    await user.tab();
    expect(currentDoc().collaborations[ids.concerts]?.nextStep).toBe('Be om møte med rektor');
    expect(undoSteps()).toBe(before + 1);
    const date = screen.getByLabelText('Date of the next step');
    fireEvent.change(date, { target: { value: '2027-03-01' } });
    fireEvent.blur(date);
    expect(currentDoc().collaborations[ids.concerts]?.nextStepDate).toBe('2027-03-01');
    fireEvent.change(date, { target: { value: '' } });
    fireEvent.blur(date);
    expect(currentDoc().collaborations[ids.concerts]?.nextStepDate).toBeNull();
    act(() => undo());
    expect(currentDoc().collaborations[ids.concerts]?.nextStepDate).toBe('2027-03-01');
  });

  it('names the new fields in bokmål', async () => {
    await i18next.changeLanguage('nb');
    try {
      const { unmount } = renderWith({ kind: 'actor', id: ids.school });
      expect(screen.getByRole('group', { name: 'Aldersgrupper' })).toBeInTheDocument();
      expect(screen.getByRole('group', { name: 'Ekstra roller' })).toBeInTheDocument();
      expect(screen.getByLabelText('Barnehagealder')).toBeInTheDocument();
      unmount();
      renderWith({ kind: 'collaboration', id: ids.concerts });
      expect(screen.getByLabelText('Neste steg')).toBeInTheDocument();
      expect(screen.getByLabelText('Dato for neste steg')).toBeInTheDocument();
    } finally {
      await i18next.changeLanguage('en');
    }
  });

  it('gives every form control an accessible name', () => {
    // With an extra role, so its remove button is checked too.
    edit((d, meta) => updateActor(d, ids.library, { extraTypeIds: ['dks'] }, meta));
    for (const selection of [
      { kind: 'actor' as const, id: ids.library },
      { kind: 'collaboration' as const, id: ids.readings },
    ]) {
      const { unmount } = renderWith(selection);
      for (const el of panel().querySelectorAll('input, select, textarea, button')) {
        const named =
          el.getAttribute('aria-label') ||
          (el.id && panel().querySelector(`label[for="${el.id}"]`)) ||
          el.closest('label') ||
          (el.tagName === 'BUTTON' && el.textContent?.trim());
        expect(named, el.outerHTML).toBeTruthy();
      }
      unmount();
    }
  });
});
