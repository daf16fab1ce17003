// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../src/i18n';
import { documentStore, replaceDocument } from '../../src/state/documentStore';
import type { Session } from '../../src/state/session';
import { uiStore } from '../../src/state/uiStore';
import { QuickAdd } from '../../src/ui/common/QuickAdd';
import { SaveStatus } from '../../src/ui/common/SaveStatus';
import { SessionContext } from '../../src/ui/SessionContext';
import { buildDoc } from './fixture';

const flush = vi.fn(async () => true);
const session = { flush } as unknown as Session;
const withSession = (node: ReactNode) => (
  <SessionContext.Provider value={session}>{node}</SessionContext.Provider>
);

beforeAll(async () => {
  await initI18n('en');
});
beforeEach(() => {
  replaceDocument(buildDoc().doc);
  uiStore.setState({ save: { status: 'saved', error: null }, persist: 'unknown', toast: null });
});

describe('SaveStatus', () => {
  it('is quiet when saving works and shows a lasting alert with a retry when it fails', async () => {
    render(withSession(<SaveStatus />));
    expect(screen.getByText('Saved')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    act(() => uiStore.setState({ save: { status: 'error', error: 'QuotaExceededError: full' } }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Not saved');
    expect(alert).toHaveTextContent('QuotaExceededError: full');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(flush).toHaveBeenCalled();
  });

  it('shows whether the browser granted persistent storage', () => {
    render(withSession(<SaveStatus />));
    act(() => uiStore.setState({ persist: 'granted' }));
    expect(screen.getByText('Storage is protected')).toBeInTheDocument();
    act(() => uiStore.setState({ persist: 'denied' }));
    expect(screen.getByText('The browser may clear data when space runs low')).toBeInTheDocument();
  });
});

describe('QuickAdd', () => {
  it('adds an actor on Enter with a guessed type, and changes the guess in one step', async () => {
    render(<QuickAdd />);
    const box = screen.getByRole('textbox', { name: 'Add actor' });
    expect(box).toHaveAccessibleDescription(/Type a name and press Enter/);
    await userEvent.type(box, 'Solsikken barnehage{Enter}');
    expect(box).toHaveValue('');
    const doc = documentStore.getState().doc;
    const added = Object.values(doc?.actors ?? {}).find((a) => a.name === 'Solsikken barnehage');
    expect(added).toMatchObject({ sectorId: 'education', typeId: 'kindergarten' });
    const picker = screen.getByRole('combobox', { name: 'Change type of Solsikken barnehage' });
    await userEvent.selectOptions(picker, 'education/primary-school');
    const changed = documentStore.getState().doc?.actors[added?.id ?? ''];
    expect(changed?.typeId).toBe('primary-school');
  });

  it('adds a collaboration with the short syntax and reports it', async () => {
    render(<QuickAdd />);
    const before = Object.keys(documentStore.getState().doc?.collaborations ?? {}).length;
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Add actor' }),
      'Biblioteket -- Nytt kor: Korkveld{Enter}',
    );
    const links = Object.values(documentStore.getState().doc?.collaborations ?? {});
    expect(links).toHaveLength(before + 1);
    expect(links.some((c) => c.label === 'Korkveld')).toBe(true);
    expect(uiStore.getState().toast?.message).toBe('1 collaboration added.');
  });
});
