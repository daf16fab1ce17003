// @vitest-environment jsdom
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { StrictMode } from 'react';
import demo from '../../data/samples/eksempel-kommune.samspill-map.json';
import { analyse } from '../../src/analysis/gap';
import { kulturskoleTemplate } from '../../src/app/template';
import type { MapDocument } from '../../src/domain/types';
import { initI18n } from '../../src/i18n';
import { en } from '../../src/i18n/en';
import { nb } from '../../src/i18n/nb';
import { restore } from '../../src/schema';
import { documentStore, replaceDocument, undo } from '../../src/state/documentStore';
import { uiStore } from '../../src/state/uiStore';
import { viewStore } from '../../src/state/viewStore';
import { GapPanel } from '../../src/ui/analysis/GapPanel';
import { GapReport } from '../../src/ui/analysis/GapReport';
import { todayIso } from '../../src/ui/analysis/useGapAnalysis';
import { recordMapView } from './mapViewRecorder';

function demoDoc(): MapDocument {
  const restored = restore(demo);
  if (!restored.ok) throw new Error(`demo map does not restore: ${restored.error.path}`);
  return restored.value;
}

const doc = () => {
  const d = documentStore.getState().doc;
  if (!d) throw new Error('no document');
  return d;
};
const collabCount = () => Object.keys(doc().collaborations).length;
const region = () => screen.getByRole('region', { name: 'Gap analysis' });

beforeAll(async () => {
  await initI18n('en');
});

beforeEach(() => {
  replaceDocument(demoDoc());
  uiStore.setState({ toast: null });
  viewStore.setState({ selection: null, view: 'lists' });
});

describe('GapPanel', () => {
  it('shows the coverage score as a percentage below 100 %', () => {
    render(<GapPanel />);
    const score = region().querySelector('.gap-score-number');
    const match = /^(\d+)\s?%$/.exec(score?.textContent ?? '');
    expect(match).not.toBeNull();
    const value = Number(match?.[1]);
    expect(value).toBeLessThan(100);
    expect(value).toBeGreaterThan(0);
    const expected = analyse(doc(), kulturskoleTemplate, todayIso()).score;
    expect(value).toBe(Math.round(expected * 100));
    expect(
      within(region()).getByText(/weighted: must have 3, should have 2, nice to have 1/i),
    ).toBeVisible();
  });

  it('lists at least three missing or weak must-have or should-have types, grouped by sector', () => {
    render(<GapPanel />);
    const types = within(region()).getByRole('region', { name: 'What is missing or weak' });
    const rows = [...types.querySelectorAll('li.gap-type')];
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) {
      expect(row).toHaveTextContent(/Missing|No collaboration|Weak/);
      expect(row).toHaveTextContent(/Must have|Should have/);
      expect(row).not.toHaveTextContent(/Nice to have/);
    }
    expect(within(types).getByRole('heading', { name: 'Politics & administration' })).toBeVisible();
  });

  it('shows optional types behind a toggle', async () => {
    const user = userEvent.setup();
    render(<GapPanel />);
    const types = within(region()).getByRole('region', { name: 'What is missing or weak' });
    const before = types.querySelectorAll('li.gap-type').length;
    await user.click(within(types).getByRole('checkbox', { name: 'Show “nice to have”' }));
    const rows = [...types.querySelectorAll('li.gap-type')];
    expect(rows.length).toBeGreaterThan(before);
    expect(rows.some((r) => /Nice to have/.test(r.textContent ?? ''))).toBe(true);
  });

  it('draws one labelled bar per template sector, with a table for screen readers', () => {
    render(<GapPanel />);
    const chart = within(region()).getByRole('img', { name: /^Bar chart, coverage by sector/ });
    expect(chart.querySelector('title')).toHaveTextContent('Coverage by sector');
    const bars = chart.querySelectorAll('rect.gap-bar');
    expect(bars).toHaveLength(kulturskoleTemplate.sectors.length);
    const labels = [...chart.querySelectorAll('text.gap-bar-label')].map((n) => n.textContent);
    expect(labels).toEqual(kulturskoleTemplate.sectors.map((s) => s.labels.en));
    const values = [...chart.querySelectorAll('text.gap-bar-value')].map((n) => n.textContent);
    expect(values).toHaveLength(kulturskoleTemplate.sectors.length);
    for (const v of values) expect(v).toMatch(/^\d+%$/);
    expect(chart.innerHTML).not.toContain('undefined');
    const table = within(region()).getByRole('table', { name: 'Coverage by sector' });
    expect(within(table).getAllByRole('row')).toHaveLength(kulturskoleTemplate.sectors.length + 1);
  });

  it('focuses the map on the actors of a weak type', async () => {
    const user = userEvent.setup();
    const map = recordMapView();
    render(map.wrap(<GapPanel />));
    const types = within(region()).getByRole('region', { name: 'What is missing or weak' });
    await user.click(within(types).getByRole('button', { name: /^Elected politicians/ }));
    const politicians = Object.values(doc().actors)
      .filter((a) => a.typeId === 'politicians')
      .map((a) => a.id);
    expect(viewStore.getState().view).toBe('map');
    expect(map.lastFocus()?.sort()).toEqual(politicians.sort());
  });

  it('focuses the actors of a structural warning', async () => {
    const user = userEvent.setup();
    const map = recordMapView();
    render(map.wrap(<GapPanel />));
    const warnings = within(region()).getByRole('region', {
      name: 'Vulnerabilities in the network',
    });
    const buttons = within(warnings).getAllByRole('button');
    expect(buttons.length).toBeGreaterThan(0);
    const stale = within(warnings).getAllByRole('button', {
      name: /last activity \d+ months? ago/,
    });
    await user.click(stale[0] as HTMLElement);
    expect(viewStore.getState().view).toBe('map');
    expect(map.lastFocus()).toHaveLength(2);
    expect(
      within(warnings).getByRole('button', {
        name: /is responsible for \d+ of the \d+ active collaborations with a named person/,
      }),
    ).toHaveTextContent(/\(\d+%\)/);
  });

  it('adds the first pair suggestion as one undoable idea collaboration', async () => {
    const user = userEvent.setup();
    render(<GapPanel />);
    const first = analyse(doc(), kulturskoleTemplate, todayIso()).suggestions.find(
      (s) => s.kind === 'pair',
    );
    if (first?.kind !== 'pair') throw new Error('the demo map has no pair suggestions');
    const a = doc().actors[first.sourceId]?.name;
    const b = doc().actors[first.targetId]?.name;
    const suggestions = within(region()).getByRole('region', { name: 'Suggested collaborations' });
    const more = within(suggestions).queryByRole('button', { name: 'Show more suggestions' });
    if (more) await user.click(more);
    const name = `Add as an idea: ${a} – ${b}`;
    const accept = within(suggestions).getByRole('button', { name });
    const before = collabCount();
    const undoSteps = documentStore.temporal.getState().pastStates.length;

    await user.click(accept);

    expect(collabCount()).toBe(before + 1);
    expect(documentStore.temporal.getState().pastStates.length).toBe(undoSteps + 1);
    const added = Object.values(doc().collaborations).find(
      (c) => c.sourceId === first.sourceId && c.targetId === first.targetId,
    );
    expect(added).toMatchObject({ status: 'idea', strength: 1 });
    const purposes = new Set([
      ...(first.reasons.pairing?.purposeIds ?? []),
      ...first.reasons.sharedPurposeIds,
    ]);
    expect(new Set(added?.purposeIds)).toEqual(purposes);
    expect(uiStore.getState().toast?.message).toBe(`Collaboration ${a} – ${b} added as an idea.`);
    expect(uiStore.getState().toast?.undo).toBeTypeOf('function');
    expect(within(suggestions).queryByRole('button', { name })).not.toBeInTheDocument();

    act(() => undo());
    expect(collabCount()).toBe(before);
    expect(within(suggestions).getByRole('button', { name })).toBeVisible();
  });

  it('shows five suggestions, and up to ten on request', async () => {
    const user = userEvent.setup();
    render(<GapPanel />);
    const suggestions = within(region()).getByRole('region', { name: 'Suggested collaborations' });
    const count = () => within(suggestions).getAllByRole('listitem').length;
    expect(count()).toBe(5);
    await user.click(within(suggestions).getByRole('button', { name: 'Show more suggestions' }));
    expect(count()).toBeGreaterThan(5);
    expect(count()).toBeLessThanOrEqual(10);
  });

  it('adds a missing type as a new actor in one undoable edit and selects it', async () => {
    const user = userEvent.setup();
    render(<GapPanel />);
    const missing = analyse(doc(), kulturskoleTemplate, todayIso()).types.find(
      (t) => t.status === 'missing' && t.expectation !== 'optional',
    );
    if (!missing) throw new Error('the demo map has no missing type');
    const label = kulturskoleTemplate.sectors
      .flatMap((s) => s.types)
      .find((t) => t.id === missing.typeId)?.labels.en;
    const before = Object.keys(doc().actors).length;

    const types = () => within(region()).getByRole('region', { name: 'What is missing or weak' });
    await user.click(within(types()).getByRole('button', { name: `Add ${label} as a new actor` }));

    const actors = Object.values(doc().actors);
    expect(actors).toHaveLength(before + 1);
    const added = actors.find((a) => a.typeId === missing.typeId);
    expect(added).toMatchObject({ name: label, sectorId: missing.sectorId });
    expect(viewStore.getState().selection).toEqual({ kind: 'actor', id: added?.id });
    expect(
      within(types()).queryByRole('button', { name: `Add ${label} as a new actor` }),
    ).not.toBeInTheDocument();
    act(() => undo());
    expect(Object.keys(doc().actors)).toHaveLength(before);
  });

  it('prints the report in a print-only container', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    render(
      <StrictMode>
        <GapPanel />
      </StrictMode>,
    );
    await user.click(within(region()).getByRole('button', { name: 'Print report' }));
    await waitFor(() => expect(print).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(print).toHaveBeenCalledTimes(1);
    expect(document.body).toHaveClass('printing-report');
    const container = document.body.querySelector(':scope > .gap-report-print');
    expect(container).not.toBeNull();
    expect(
      within(container as HTMLElement).getByRole('heading', {
        level: 1,
        name: `Gap analysis: ${doc().map.name}`,
      }),
    ).toBeInTheDocument();
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(document.body).not.toHaveClass('printing-report');
    expect(document.body.querySelector('.gap-report-print')).toBeNull();
    print.mockRestore();
  });

  it('downloads the findings as a dated CSV file with a byte-order mark', async () => {
    const user = userEvent.setup();
    let blob: Blob | null = null;
    let fileName = '';
    const create = vi.fn((b: Blob) => {
      blob = b;
      return 'blob:gap';
    });
    const revoke = vi.fn();
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      fileName = this.download;
    });
    render(<GapPanel />);
    await user.click(within(region()).getByRole('button', { name: 'Download CSV' }));
    // The CSV writer is loaded on demand, so the download follows the click asynchronously.
    await waitFor(() => expect(fileName).toBe(`samspill-gapanalyse-${todayIso()}.csv`));
    expect(blob).not.toBeNull();
    const bytes = new Uint8Array(await (blob as unknown as Blob).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.split('\r\n')[0]).toBe('Finding,Sector,Type,Status,Actors,Detail');
    click.mockRestore();
  });

  it('speaks bokmål by default, with Norwegian dates', async () => {
    await act(async () => {
      await i18next.changeLanguage('nb');
    });
    try {
      render(<GapPanel />);
      const gap = screen.getByRole('region', { name: 'Gapanalyse' });
      expect(
        within(gap).getByRole('region', { name: 'Det som mangler eller er svakt' }),
      ).toBeVisible();
      expect(within(gap).getByRole('region', { name: 'Dette bør vi gjøre nå' })).toBeVisible();
      expect(within(gap).getByRole('region', { name: 'Sårbarheter i nettverket' })).toBeVisible();
      expect(within(gap).getAllByText('Må ha').length).toBeGreaterThan(0);
      expect(gap).not.toHaveTextContent(/Kjerne|Anbefalt|Valgfri|Ikke koblet|Dekningsgrad|makt/);
      expect(gap.querySelector('.gap-score-number')?.textContent).toMatch(/^\d+ %$/);
      const ctx = {
        analysis: analyse(doc(), kulturskoleTemplate, '2026-05-01'),
        doc: doc(),
        template: kulturskoleTemplate,
        locale: 'nb' as const,
      };
      render(<GapReport {...ctx} />);
      expect(screen.getByText('Dato: 01.05.2026')).toBeInTheDocument();
      expect(
        screen.getAllByText(/siste aktivitet for \d+ måneder siden \(\d{2}\.\d{2}\.\d{4}\)/).length,
      ).toBeGreaterThan(0);
    } finally {
      await act(async () => {
        await i18next.changeLanguage('en');
      });
    }
  });
});

describe('gap messages', () => {
  const keys = (tree: object, prefix = ''): string[] =>
    Object.entries(tree).flatMap(([k, v]) =>
      typeof v === 'string' ? [`${prefix}${k}`] : keys(v as object, `${prefix}${k}.`),
    );

  it('has the same keys in nb and en', () => {
    expect(keys(en.gap).sort()).toEqual(keys(nb.gap).sort());
  });
});
