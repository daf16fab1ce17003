// @vitest-environment jsdom
/** Pasting a column of names into "Add actor": all of them, as one undo step. */
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { initI18n } from '../../src/i18n';
import { undo } from '../../src/state/documentStore';
import { uiStore } from '../../src/state/uiStore';
import { QuickAdd } from '../../src/ui/common/QuickAdd';
import { currentDoc, loadFixture, undoSteps } from './fixture';

beforeAll(async () => {
  await initI18n('en');
});
beforeEach(() => {
  loadFixture();
});
afterEach(cleanup);

const names = () => Object.values(currentDoc().actors).map((a) => a.name);

describe('paste into Add actor', () => {
  it('adds three pasted lines as three actors with guessed types, undone in one step', async () => {
    render(<QuickAdd />);
    const before = currentDoc();
    const box = screen.getByRole('textbox', { name: 'Add actor' });
    await userEvent.click(box);
    await userEvent.paste('Solsikken barnehage\r\nNordby bibliotek\r\nSjakklubben\r\n');
    await waitFor(() => expect(names()).toHaveLength(Object.keys(before.actors).length + 3));
    const added = Object.values(currentDoc().actors).filter((a) => !(a.id in before.actors));
    expect(added.map((a) => [a.name, a.typeId])).toEqual([
      ['Solsikken barnehage', 'kindergarten'],
      ['Nordby bibliotek', 'library'],
      ['Sjakklubben', 'custom'],
    ]);
    expect(uiStore.getState().toast?.message).toBe('3 actors added.');
    expect(box).toHaveValue('');
    expect(undoSteps()).toBe(1);
    undo();
    expect(currentDoc()).toBe(before);
  });

  it('skips names already in the map and says how many', async () => {
    render(<QuickAdd />);
    await userEvent.click(screen.getByRole('textbox', { name: 'Add actor' }));
    await userEvent.paste('• Biblioteket\n• Nytt kor');
    await waitFor(() => expect(names()).toContain('Nytt kor'));
    expect(names().filter((n) => n === 'Biblioteket')).toHaveLength(1);
    expect(uiStore.getState().toast?.message).toBe('1 actor added. 1 was already in the map.');
  });

  it('pastes a single line into the box as before, adding nothing yet', async () => {
    render(<QuickAdd />);
    const before = currentDoc();
    const box = screen.getByRole('textbox', { name: 'Add actor' });
    await userEvent.click(box);
    await userEvent.paste('Eksempel ungdomsskole');
    expect(box).toHaveValue('Eksempel ungdomsskole');
    expect(currentDoc()).toBe(before);
  });
});
