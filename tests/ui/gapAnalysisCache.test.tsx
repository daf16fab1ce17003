// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import demo from '../../data/samples/eksempel-kommune.samspill-map.json';
import * as gap from '../../src/analysis/gap';
import { updateActor } from '../../src/domain/commands';
import type { MapDocument } from '../../src/domain/types';
import { initI18n } from '../../src/i18n';
import { restore } from '../../src/schema';
import { edit, replaceDocument } from '../../src/state/documentStore';
import { Suggestions } from '../../src/ui/analysis/Suggestions';
import { useGapAnalysis } from '../../src/ui/analysis/useGapAnalysis';

vi.mock('../../src/analysis/gap', async (original) => {
  const real = await original<typeof import('../../src/analysis/gap')>();
  return { ...real, analyse: vi.fn(real.analyse) };
});

function demoDoc(): MapDocument {
  const restored = restore(demo);
  if (!restored.ok) throw new Error(`demo map does not restore: ${restored.error.path}`);
  return restored.value;
}

/** The panel's suggestions, worded in the current language from the cached analysis. */
function Harness() {
  const ctx = useGapAnalysis();
  return ctx ? <Suggestions analysis={ctx.analysis} doc={ctx.doc} template={ctx.template} /> : null;
}

beforeAll(async () => {
  await initI18n('en');
});

describe('the gap analysis cache', () => {
  it('rewords the views on a language switch without analysing again', async () => {
    replaceDocument(demoDoc());
    const analyse = vi.mocked(gap.analyse);
    analyse.mockClear();
    render(<Harness />);
    expect(analyse).toHaveBeenCalledTimes(1);
    const english = screen.getByRole('region').textContent;

    await act(() => i18next.changeLanguage('nb'));
    expect(screen.getByRole('region').textContent).not.toBe(english);
    await act(() => i18next.changeLanguage('nn'));
    await act(() => i18next.changeLanguage('en'));
    expect(screen.getByRole('region').textContent).toBe(english);
    expect(analyse).toHaveBeenCalledTimes(1);

    // The spy does count: an edit is a new document, and a new analysis.
    const [id] = Object.keys(demoDoc().actors);
    act(() => {
      edit((d, meta) => updateActor(d, id as string, { description: 'Ring i mars' }, meta));
    });
    expect(analyse).toHaveBeenCalledTimes(2);
  });
});
