// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { initI18n, switchLanguage } from '../../src/i18n';
import { MapKeysHelp } from '../../src/ui/map/MapKeysHelp';

beforeAll(async () => {
  await initI18n('en');
});

afterAll(async () => {
  await switchLanguage('en');
});

const rows = (container: HTMLElement) =>
  [...container.querySelectorAll('dl > div')].map((row) => [
    row.querySelector('dt kbd')?.textContent,
    row.querySelector('dd')?.textContent,
  ]);

describe('MapKeysHelp', () => {
  it('lists every canvas key with what it does, as a definition list', () => {
    const { container } = render(<MapKeysHelp />);
    expect(container.querySelectorAll('dl')).toHaveLength(1);
    const list = rows(container);
    expect(list.map(([key]) => key)).toEqual([
      'Arrow keys',
      'Enter',
      '+ / −',
      '0',
      'Delete / Backspace',
      'Esc',
    ]);
    for (const [, what] of list) expect(what?.length).toBeGreaterThan(5);
    expect(list[0]?.[1]).toMatch(/nearest actor/);
  });

  it('follows the language: bokmål and nynorsk', async () => {
    await switchLanguage('nb');
    const nb = render(<MapKeysHelp />);
    expect(rows(nb.container)[0]).toEqual([
      'Piltastene',
      'Gå til nærmeste aktør i den retningen. Første trykk velger kulturskolen.',
    ]);
    nb.unmount();
    await switchLanguage('nn');
    const nn = render(<MapKeysHelp />);
    expect(rows(nn.container)[0]?.[0]).toBe('Piltastane');
    expect(rows(nn.container)[5]?.[1]).toBe('Opphev valet');
  });
});
