// @vitest-environment jsdom
/** The map's legend draws the canvas's tokens, and every mark reaches 3:1 on its white panel. */
import { render, screen, within } from '@testing-library/react';
import { initI18n } from '../../src/i18n';
import { COLOURS, DASH, LINK_COLOURS } from '../../src/render/tokens';
import { viewStore } from '../../src/state/viewStore';
import { Legend } from '../../src/ui/map/Legend';
import { loadFixture } from '../ui/fixture';
import { contrast, NON_TEXT, ratio } from './contrastKit';

beforeAll(async () => {
  await initI18n('en');
});

/** The legend panel: white at 0.94 over the white map. */
const PANEL = COLOURS.paper;

function paint(el: Element, what: 'stroke' | 'fill'): number {
  const colour = el.getAttribute(what);
  if (!colour || colour === 'none') return 0;
  const alpha = Number(el.getAttribute(`${what}-opacity`) ?? 1);
  return contrast(colour, PANEL, alpha);
}

describe('Legend', () => {
  it.each([false, true])('draws every mark at 3:1 (gaps shown: %s)', (showGaps) => {
    loadFixture();
    viewStore.setState({ showGaps });
    render(<Legend />);
    const legend = screen.getByRole('region', { name: 'Legend' });
    const items = within(legend).getAllByRole('listitem');
    const marks = items.map((li) => li.querySelector('svg'));
    // One mark per entry: the culture school, the sectors, then the link styles.
    expect(marks.every(Boolean)).toBe(true);
    const found = items.map((li) => {
      const shapes = [...(li.querySelectorAll('svg line, svg circle') ?? [])];
      return {
        what: li.textContent ?? '',
        r: Math.max(...shapes.flatMap((s) => [paint(s, 'fill'), paint(s, 'stroke')])),
      };
    });
    const low = found.filter((f) => f.r < NON_TEXT).map((f) => `${f.what}: ${ratio(f.r)}`);
    expect(low).toEqual([]);
    const line = (name: string) =>
      within(legend).getByText(name).closest('li')?.querySelector('line');
    expect(line('Ended')?.getAttribute('stroke')).toBe(LINK_COLOURS.ended);
    expect(line('Ended')?.getAttribute('stroke-dasharray')).toBe(DASH.ended.join(' '));
    expect(line('Active')?.hasAttribute('stroke-dasharray')).toBe(false);
    expect(items.length).toBeGreaterThan(showGaps ? 14 : 11);
    if (showGaps)
      expect(line('No activity for 12 months')?.getAttribute('stroke')).toBe(LINK_COLOURS.stale);
  });
});
