// @vitest-environment jsdom
/** The workshop summary says a failed download in the dialog: toasts never show at the projector. */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../src/i18n';
import { documentStore } from '../../src/state/documentStore';
import { modeStore } from '../../src/state/modeStore';
import { uiStore } from '../../src/state/uiStore';
import { WorkshopSummary } from '../../src/ui/workshop/WorkshopSummary';
import { polyfillDialogs } from './dialogs';
import { loadFixture } from './fixture';

vi.mock('../../src/ui/workshop/summarySlide', () => ({
  summaryPng: () => Promise.reject(new Error('no canvas here')),
}));

beforeAll(async () => {
  await initI18n('en');
  polyfillDialogs();
});
afterEach(() => {
  modeStore.setState({ workshop: null });
  uiStore.setState({ toast: null });
});

describe('WorkshopSummary', () => {
  it('shows a failed download as an alert in the dialog, not as a toast', async () => {
    loadFixture();
    const before = documentStore.getState().doc;
    if (!before) throw new Error('no map');
    modeStore.setState({
      workshop: { snapshotId: 's1', startedAt: '2026-01-01T10:00:00.000Z', before },
    });
    render(<WorkshopSummary onContinue={() => {}} onEnd={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: 'What we added today' });
    expect(within(dialog).queryByRole('alert')).toBeNull();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Download as image (PNG)' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The download failed: no canvas here');
    expect(uiStore.getState().toast).toBeNull();
  });
});
