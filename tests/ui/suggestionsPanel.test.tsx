// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import demo from '../../data/samples/eksempel-kommune.samspill-map.json';
import type { GapSuggestion, PairSuggestion } from '../../src/analysis/gap';
import { kulturskoleTemplate } from '../../src/app/template';
import type { MapDocument } from '../../src/domain/types';
import { initI18n } from '../../src/i18n';
import { restore } from '../../src/schema';
import { documentStore, replaceDocument, undo } from '../../src/state/documentStore';
import { uiStore } from '../../src/state/uiStore';
import { viewStore } from '../../src/state/viewStore';
import { Suggestions } from '../../src/ui/analysis/Suggestions';
import { analysisOf, useGapAnalysis } from '../../src/ui/analysis/useGapAnalysis';

function demoDoc(): MapDocument {
  const restored = restore(demo);
  if (!restored.ok) throw new Error(`demo map does not restore: ${restored.error.path}`);
  return restored.value;
}

/** The suggestions of the open map, recomputed on every edit as in the panel. */
function Harness() {
  const ctx = useGapAnalysis();
  return ctx ? <Suggestions analysis={ctx.analysis} doc={ctx.doc} template={ctx.template} /> : null;
}

const doc = () => documentStore.getState().doc as MapDocument;
const name = (id: string) => doc().actors[id]?.name ?? id;
const section = () => screen.getByRole('region', { name: 'Suggested collaborations' });
const collabCount = () => Object.keys(doc().collaborations).length;

/** What the panel shows: the same analysis, from the same cache. */
const suggestions = () => analysisOf(doc(), kulturskoleTemplate).suggestions;

beforeAll(async () => {
  await initI18n('en');
});

beforeEach(() => {
  replaceDocument(demoDoc());
  uiStore.setState({ toast: null });
  viewStore.setState({ selection: null, view: 'lists' });
});

describe('Suggestions', () => {
  it("lists the school's gaps first, with who could fill them and the first step", () => {
    render(<Harness />);
    const items = within(section()).getAllByRole('listitem');
    const first = suggestions()[0];
    if (first?.kind !== 'gap') throw new Error('the demo map should start with a gap');
    expect(items[0]).toHaveTextContent(/^(Must have|Should have): /);
    expect(items[0]).toHaveTextContent('First step: ');
    expect(within(section()).queryByText(/share \d+ partners|natural pairing/)).toBeNull();
  });

  it('adds a pair as one undoable idea, with the pairing and shared purposes', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(within(section()).getByRole('button', { name: 'Show more suggestions' }));
    const pair = suggestions().find((s): s is PairSuggestion => s.kind === 'pair');
    if (!pair) throw new Error('the demo map has no pair suggestion');
    const label = `Add as an idea: ${name(pair.sourceId)} – ${name(pair.targetId)}`;
    const before = collabCount();
    const steps = documentStore.temporal.getState().pastStates.length;

    await user.click(within(section()).getByRole('button', { name: label }));

    expect(collabCount()).toBe(before + 1);
    expect(documentStore.temporal.getState().pastStates.length).toBe(steps + 1);
    const added = Object.values(doc().collaborations).find(
      (c) => c.sourceId === pair.sourceId && c.targetId === pair.targetId,
    );
    expect(added).toMatchObject({ status: 'idea', strength: 1 });
    expect(new Set(added?.purposeIds)).toEqual(
      new Set([...(pair.reasons.pairing?.purposeIds ?? []), ...pair.reasons.sharedPurposeIds]),
    );
    expect(within(section()).queryByRole('button', { name: label })).toBeNull();
    act(() => undo());
    expect(collabCount()).toBe(before);
  });

  it('connects the school to an actor that could fill a gap, as an idea', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(within(section()).getByRole('button', { name: 'Show more suggestions' }));
    const gap = suggestions().find(
      (s): s is GapSuggestion => s.kind === 'gap' && s.action === 'connect',
    );
    if (!gap) throw new Error('the demo map has no gap an actor in it could fill');
    const focal = doc().map.focalActorId as string;
    const target = gap.actorIds[0] as string;
    const before = new Set(Object.keys(doc().collaborations));
    await user.click(
      within(section()).getByRole('button', {
        name: `Add as an idea: ${name(focal)} – ${name(target)}`,
      }),
    );
    const added = Object.values(doc().collaborations).filter((c) => !before.has(c.id));
    expect(added).toMatchObject([
      { sourceId: focal, targetId: target, status: 'idea', strength: 1 },
    ]);
    expect(uiStore.getState().toast?.message).toBe(
      `Collaboration ${name(focal)} – ${name(target)} added as an idea.`,
    );
  });

  it('shows five suggestions, and up to ten on request', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const count = () => within(section()).getAllByRole('listitem').length;
    expect(count()).toBe(5);
    await user.click(within(section()).getByRole('button', { name: 'Show more suggestions' }));
    expect(count()).toBe(Math.min(10, suggestions().length));
    expect(count()).toBeGreaterThan(5);
  });

  it('says "No suggestions right now" when there are none', () => {
    const d = doc();
    const empty = { actors: {}, collaborations: {}, activities: {} };
    replaceDocument({ ...d, ...empty, map: { ...d.map, focalActorId: null } });
    render(<Harness />);
    expect(within(section()).getByText('No suggestions right now.')).toBeVisible();
  });
});
