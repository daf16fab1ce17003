// @vitest-environment jsdom
/** The panel's parts from issue 13: what to do now, map settings, plans, change over time. */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import demo from '../../data/samples/eksempel-kommune.samspill-map.json';
import { analyse } from '../../src/analysis/gap';
import { kulturskoleTemplate as template } from '../../src/app/template';
import { addActor, addCollaboration } from '../../src/domain/commands';
import type { MapDocument } from '../../src/domain/types';
import { initI18n } from '../../src/i18n';
import { restore } from '../../src/schema';
import { documentStore, replaceDocument, undo } from '../../src/state/documentStore';
import { uiStore } from '../../src/state/uiStore';
import { viewStore } from '../../src/state/viewStore';
import { GapPanel } from '../../src/ui/analysis/GapPanel';
import { GapReport } from '../../src/ui/analysis/GapReport';
import { HistoryChart } from '../../src/ui/analysis/HistoryChart';
import {
  columnIndices,
  pastPoints,
  type SavedVersion,
  scoreHistoryOf,
} from '../../src/ui/analysis/history';
import { todayIso } from '../../src/ui/analysis/useGapAnalysis';
import { testMeta } from '../fixtures/meta';
import { polyfillDialogs } from './dialogs';
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
const panel = () => screen.getByRole('region', { name: 'Gap analysis' });
const part = (name: string) => within(panel()).getByRole('region', { name });
const scoreText = () => panel().querySelector('.gap-score-number')?.textContent;
const percent = (d: MapDocument) => `${Math.round(analyse(d, template, todayIso()).score * 100)}%`;

beforeAll(async () => {
  polyfillDialogs();
  await initI18n('en');
});

beforeEach(() => {
  replaceDocument(demoDoc());
  uiStore.setState({ toast: null });
  viewStore.setState({ selection: null, view: 'lists' });
});

describe('What to do now', () => {
  it('comes first, with the stalled idea of the foundation and the politicians in its top five', async () => {
    const user = userEvent.setup();
    render(<GapPanel />);
    const now = part('What to do now');
    const types = part('What is missing or weak');
    expect(now.compareDocumentPosition(types) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const items = () => within(now).getAllByRole('listitem');
    expect(items()).toHaveLength(5);
    const top = items().map((li) => li.textContent ?? '');
    expect(top.some((x) => /Sparebankstiftelsen Eksempel: idea with no activity/.test(x))).toBe(
      true,
    );
    const politicians = Object.values(doc().actors)
      .filter((a) => a.typeId === 'politicians')
      .map((a) => a.name);
    expect(top.filter((x) => politicians.some((p) => x.includes(p))).length).toBeGreaterThan(0);
    for (const text of top) expect(text).toMatch(/First step: \S/);
    // The collaboration's next step and its date, when it has one.
    const foundation = top.find((x) => x.includes('Sparebankstiftelsen'));
    expect(foundation).toMatch(/Next step \d{2}\/\d{2}\/\d{4}: \S/);

    await user.click(within(now).getByRole('button', { name: 'Show more actions' }));
    expect(items().length).toBeGreaterThan(5);
    expect(items().length).toBeLessThanOrEqual(10);
  });

  it('shows the actors of an action on the map', async () => {
    const user = userEvent.setup();
    const map = recordMapView();
    render(map.wrap(<GapPanel />));
    const now = part('What to do now');
    const first = within(now).getAllByRole('button')[0] as HTMLElement;
    await user.click(first);
    expect(viewStore.getState().view).toBe('map');
    expect(map.lastFocus()?.length).toBeGreaterThan(0);
  });
});

describe('map settings for the analysis', () => {
  it('sets a type "not relevant here" in one undoable step: out of the score, listed apart', async () => {
    const user = userEvent.setup();
    render(<GapPanel />);
    const before = scoreText();
    const undoSteps = documentStore.temporal.getState().pastStates.length;
    await user.click(
      within(part('What is missing or weak')).getByRole('checkbox', {
        name: 'After-school programme: not relevant here',
      }),
    );
    expect(doc().map.notRelevantTypeIds).toEqual(['sfo']);
    expect(documentStore.temporal.getState().pastStates.length).toBe(undoSteps + 1);
    expect(scoreText()).toBe(percent(doc()));
    expect(scoreText()).not.toBe(before);
    const types = part('What is missing or weak');
    expect(within(types).getByRole('heading', { name: 'Not relevant here (not counted)' }));
    const toggle = within(types).getByRole('checkbox', {
      name: 'After-school programme: not relevant here',
    });
    expect(toggle).toBeChecked();
    expect(toggle.closest('li')).not.toHaveTextContent(/Missing/);

    act(() => undo());
    expect(doc().map.notRelevantTypeIds).toEqual([]);
    expect(scoreText()).toBe(before);
  });

  it('shows the owner apart, and does not count it', () => {
    render(<GapPanel />);
    const types = part('What is missing or weak');
    const heading = within(types).getByRole('heading', { name: 'Owner (not counted)' });
    const owner = heading.parentElement as HTMLElement;
    expect(owner).toHaveTextContent('Municipal administration');
    expect(owner).toHaveTextContent('not a partner');
    const analysis = analyse(doc(), template, todayIso());
    expect(analysis.owner.map((o) => o.typeId)).toEqual(['administration']);
    expect(analysis.types.some((x) => x.typeId === 'administration')).toBe(false);
  });

  it('names plans, ties a gap to a plan goal, and the report prints it', async () => {
    const user = userEvent.setup();
    render(<GapPanel />);
    const plans = part('The municipality’s plans');
    await user.click(within(plans).getByRole('button', { name: 'Add plan' }));
    await user.type(screen.getByRole('textbox', { name: 'Name of the plan' }), 'Kulturplan');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(doc().map.plans.map((p) => p.name)).toEqual(['Kulturplan']);

    await user.click(within(plans).getByRole('button', { name: 'Rename Kulturplan' }));
    const name = screen.getByRole('textbox', { name: 'Name of the plan' });
    await user.clear(name);
    await user.type(name, 'Kulturplan 2024–2030');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(doc().map.plans.map((p) => p.name)).toEqual(['Kulturplan 2024–2030']);

    await user.click(
      within(part('What is missing or weak')).getByRole('button', {
        name: 'Tie After-school programme to a plan goal',
      }),
    );
    expect(screen.getByRole('combobox', { name: 'Plan' })).toHaveDisplayValue(
      'Kulturplan 2024–2030',
    );
    await user.type(
      screen.getByRole('textbox', { name: 'Goal in the plan' }),
      'Alle barn får et kulturtilbud i SFO',
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const goal = 'Plan goal: Kulturplan 2024–2030 – Alle barn får et kulturtilbud i SFO';
    expect(within(part('What is missing or weak')).getByText(goal)).toBeVisible();

    const analysis = analyse(doc(), template, todayIso());
    render(<GapReport analysis={analysis} doc={doc()} template={template} locale="en" />);
    const report = document.querySelector('article.gap-report') as HTMLElement;
    const row = within(report).getByRole('rowheader', { name: 'After-school programme' });
    expect(row.closest('tr')).toHaveTextContent(goal);
    expect(within(report).getByRole('columnheader', { name: 'Plan goal' })).toBeInTheDocument();

    await user.click(within(plans).getByRole('button', { name: 'Remove Kulturplan 2024–2030' }));
    expect(doc().map.plans).toEqual([]);
    expect(doc().map.planLinks).toEqual([]);
    act(() => undo());
    expect(doc().map.planLinks).toHaveLength(1);
  });
});

describe('the sector’s language', () => {
  it('speaks of influence and Mendelow’s advice, and says what a vulnerable point cuts off', () => {
    render(<GapPanel />);
    const grid = part('Influence and interest');
    expect(within(grid).getByRole('heading', { name: 'Manage closely' })).toBeVisible();
    expect(within(grid).getByRole('heading', { name: 'Keep satisfied' })).toBeVisible();
    expect(
      within(grid).getByRole('button', {
        name: 'Ordfører Kari Nilsen: influence 5, interest 3, weak collaboration',
      }),
    ).toBeVisible();
    const vulnerable = part('Vulnerabilities in the network');
    expect(
      within(vulnerable).getAllByRole('button', {
        name: /^If .+ drops out, .+ lose their path to the culture school$/,
      }).length,
    ).toBeGreaterThan(0);
    expect(
      within(vulnerable).getByRole('button', { name: 'Kulturrådet has no ongoing collaboration' }),
    ).toBeVisible();
    expect(
      within(vulnerable).getByRole('button', {
        name: /Sparebankstiftelsen Eksempel: idea with no activity for \d+ months \(since/,
      }),
    ).toBeVisible();
    expect(panel()).not.toHaveTextContent(/\bpower\b|Core|Recommended|Not connected/);
  });

  it('prints the report in bokmål with the new words', async () => {
    await act(async () => {
      await i18next.changeLanguage('nb');
    });
    try {
      const analysis = analyse(doc(), template, todayIso());
      render(<GapReport analysis={analysis} doc={doc()} template={template} locale="nb" />);
      for (const heading of [
        'Dette bør vi gjøre nå',
        'Det som mangler eller er svakt',
        'Sårbarheter i nettverket',
        'Innflytelse og interesse',
      ]) {
        expect(screen.getByRole('heading', { level: 2, name: heading })).toBeInTheDocument();
      }
      const report = document.querySelector('article.gap-report') as HTMLElement;
      expect(report).toHaveTextContent(/Dekning: \d+ %/);
      expect(report).toHaveTextContent(/Første steg: /);
      expect(report).not.toHaveTextContent(/[Mm]akt|Dekningsgrad|Kjerne|Ikke koblet/);
    } finally {
      await act(async () => {
        await i18next.changeLanguage('en');
      });
    }
  });
});

describe('change over time', () => {
  /** The demo map as it was when it had an active, strong SFO collaboration. */
  function withSfo(d: MapDocument): MapDocument {
    const meta = testMeta('2026-01-05T09:00:00.000Z', 'then');
    const added = addActor(d, { name: 'Eksempel SFO', sectorId: 'education', typeId: 'sfo' }, meta);
    const focal = d.map.focalActorId ?? '';
    const linked = addCollaboration(
      added.doc,
      { sourceId: focal, targetId: added.actor.id, status: 'active', strength: 3 },
      meta,
    );
    if (!linked) throw new Error('link failed');
    return linked.doc;
  }

  const version = (id: string, createdAt: string, d: MapDocument): SavedVersion => ({
    id,
    name: id,
    createdAt,
    doc: d,
  });

  it('keeps the latest version of each day before today, oldest first, and ends with now', () => {
    const today = todayIso();
    const d = demoDoc();
    const points = pastPoints(
      [
        version('b', '2026-02-01T15:00:00.000Z', d),
        version('a', '2026-02-01T09:00:00.000Z', withSfo(d)),
        version('c', '2026-01-10T09:00:00.000Z', withSfo(d)),
        version('today', `${today}T00:00:01.000Z`, d),
      ],
      template,
      today,
    );
    expect(points.map((p) => p.versionId)).toEqual(['c', 'b']);
    const history = scoreHistoryOf(points, analyse(d, template, today), template);
    expect(history.points.map((p) => p.now)).toEqual([false, false, true]);
    expect(history.points[2]?.date).toBe(today);
    expect(history.points[0]?.score).toBeGreaterThan(history.points[1]?.score ?? 1);
  });

  it('draws the score with labelled axes, and the types whose status changed', () => {
    const today = todayIso();
    const d = demoDoc();
    const points = pastPoints(
      [version('then', '2026-01-10T09:00:00.000Z', withSfo(d))],
      template,
      today,
    );
    const history = scoreHistoryOf(points, analyse(d, template, today), template);
    render(<HistoryChart history={history} template={template} />);
    const chart = screen.getByRole('img', { name: /^Line chart, coverage in saved versions: / });
    const [then, now] = history.points.map((p) => `${Math.round(p.score * 100)}%`);
    expect(chart).toHaveAccessibleName(
      `Line chart, coverage in saved versions: 10/01/2026 ${then}, Now ${now}`,
    );
    const words = [...chart.querySelectorAll('text')].map((n) => n.textContent);
    expect(words).toEqual(expect.arrayContaining(['Coverage', 'Saved versions', 'Now']));
    expect(words).toEqual(expect.arrayContaining([then, now, '0%', '100%']));
    expect(chart.querySelectorAll('circle')).toHaveLength(2);
    const table = screen.getByRole('table', { name: 'Status by type' });
    const sfo = within(table).getByRole('rowheader', { name: 'After-school programme' });
    expect(
      [...(sfo.closest('tr')?.querySelectorAll('td') ?? [])].map((c) => c.textContent),
    ).toEqual(['Covered', 'Missing']);
  });

  it('picks the first, the last and evenly between when versions do not all fit', () => {
    expect(columnIndices(2, 3)).toEqual([0, 1]);
    expect(columnIndices(5, 3)).toEqual([0, 2, 4]);
    expect(columnIndices(12, 4)).toEqual([0, 4, 7, 11]);
    expect(columnIndices(3, 1)).toEqual([2]);
  });

  it('asks for saved versions when there is only now', () => {
    const d = demoDoc();
    const history = scoreHistoryOf([], analyse(d, template, todayIso()), template);
    render(<HistoryChart history={history} template={template} />);
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.getByText(/Save versions under “Versions”/)).toBeVisible();
  });
});
