// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { initI18n } from '../../src/i18n';
import { viewStore } from '../../src/state/viewStore';
import { UnscoredList } from '../../src/ui/map/UnscoredList';
import { currentDoc, loadFixture } from './fixture';

beforeAll(async () => {
  await initI18n('en');
});

let ids: ReturnType<typeof loadFixture>;
beforeEach(() => {
  ids = loadFixture();
});

describe('UnscoredList', () => {
  it('lists the actors without scores and folds away behind a disclosure button', async () => {
    const user = userEvent.setup();
    const doc = currentDoc();
    const { unmount } = render(<UnscoredList ids={[ids.library, ids.asylum]} doc={doc} />);
    const region = screen.getByRole('region', { name: 'Not scored' });
    expect(within(region).getByRole('heading', { name: 'Not scored (2)' })).toBeInTheDocument();
    const hide = within(region).getByRole('button', { name: 'Hide the list of actors not scored' });
    expect(hide).toHaveAttribute('aria-expanded', 'true');
    expect(hide).toHaveTextContent('Hide');

    await user.click(within(region).getByRole('button', { name: 'Biblioteket' }));
    expect(viewStore.getState().selection).toEqual({ kind: 'actor', id: ids.library });

    await user.click(hide);
    const show = within(region).getByRole('button', { name: 'Show the list of actors not scored' });
    expect(show).toHaveAttribute('aria-expanded', 'false');
    expect(within(region).queryByRole('button', { name: 'Biblioteket' })).toBeNull();
    // The button controls the list it hides.
    const list = document.getElementById(show.getAttribute('aria-controls') ?? '');
    expect(list).not.toBeNull();
    expect(list).not.toBeVisible();

    // Shown again later in the session, the list comes back folded as it was left.
    unmount();
    render(<UnscoredList ids={[ids.library]} doc={doc} />);
    const again = screen.getByRole('button', { name: 'Show the list of actors not scored' });
    await user.click(again);
    expect(again).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('button', { name: 'Biblioteket' })).toBeInTheDocument();
  });
});
