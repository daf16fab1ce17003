// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../src/i18n';
import { FOCAL_OPTIONS_MAX, FocalField } from '../../src/ui/import/FocalField';

beforeAll(async () => {
  await initI18n('en');
});
afterEach(cleanup);

const candidates = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    key: `k${i}`,
    name: i === 7 ? 'Kulturskolen' : `Lag ${i}`,
  }));

function Harness({ n }: { n: number }) {
  const [key, setKey] = useState('');
  return (
    <>
      <FocalField candidates={candidates(n)} value={key} onChange={setKey} disabled={false} />
      <output data-testid="key">{key}</output>
    </>
  );
}

describe('choosing the culture school of an imported file', () => {
  it('is a list of every actor in a small file', async () => {
    render(<Harness n={5} />);
    const field = screen.getByRole('combobox', { name: /Which actor is the culture school/ });
    expect(field.tagName).toBe('SELECT');
    expect(field.querySelectorAll('option')).toHaveLength(6);
    await userEvent.selectOptions(field, 'k3');
    expect(screen.getByTestId('key').textContent).toBe('k3');
  });

  it('is a name typed in a big one, offering a few matching names and choosing an exact one', async () => {
    const n = FOCAL_OPTIONS_MAX * 100;
    const { container } = render(<Harness n={n} />);
    const field = screen.getByRole('combobox', { name: /Which actor is the culture school/ });
    expect(field.tagName).toBe('INPUT');
    // No option per actor: the page holds a dozen at most.
    expect(container.querySelectorAll('option').length).toBe(0);
    await userEvent.type(field, 'lag 1');
    expect(container.querySelectorAll('datalist option').length).toBe(12);
    // "Lag 1" is a name: typed in other case it chooses it, as names are compared normalised.
    expect(screen.getByTestId('key').textContent).toBe('k1');
    await userEvent.type(field, 'x');
    expect(screen.getByTestId('key').textContent).toBe('');
    expect(screen.getByText(/Type a name and pick it from the list/)).toBeTruthy();
    await userEvent.clear(field);
    await userEvent.type(field, 'Kulturskolen');
    expect(screen.getByTestId('key').textContent).toBe('k7');
    expect(screen.getByText('Chosen: Kulturskolen')).toBeTruthy();
  });
});
