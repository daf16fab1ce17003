// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import demo from '../../data/samples/eksempel-kommune.samspill-map.json';
import templateJson from '../../data/templates/kulturskole.json';
import { analyse, type GapAnalysis } from '../../src/analysis/gap';
import type { MapDocument, Template } from '../../src/domain/types';
import { initI18n } from '../../src/i18n';
import { sectorColour } from '../../src/render/palette';
import { restore } from '../../src/schema';
import { templateSchema } from '../../src/schema/schemas';
import { GapReport } from '../../src/ui/analysis/GapReport';
import { SectorChart } from '../../src/ui/analysis/SectorChart';

const template = templateSchema.parse(templateJson) as Template;

function demoDoc(): MapDocument {
  const restored = restore(demo);
  if (!restored.ok) throw new Error(`demo map does not restore: ${restored.error.path}`);
  return restored.value;
}

/** The demo's analysis with chosen scores for the first three sectors, the last one above 1. */
function analysisWithScores(): { analysis: GapAnalysis; doc: MapDocument } {
  const doc = demoDoc();
  const [a, b, c] = template.sectors;
  if (!a || !b || !c) throw new Error('the template has fewer than three sectors');
  const sectorScores = [
    { sectorId: a.id, score: 0, weightCovered: 0, weightTotal: 6 },
    { sectorId: b.id, score: 0.5, weightCovered: 3, weightTotal: 6 },
    { sectorId: c.id, score: 1.2, weightCovered: 6, weightTotal: 5 },
  ];
  return { analysis: { ...analyse(doc, template, '2026-05-01'), sectorScores }, doc };
}

beforeAll(async () => {
  await initI18n('en');
});

describe('the sector chart in plain SVG', () => {
  it('draws each bar as long as its score, clamped to the track, in its sector colour', () => {
    const { analysis } = analysisWithScores();
    render(<SectorChart analysis={analysis} template={template} />);
    const chart = screen.getByRole('img', { name: /^Bar chart, coverage by sector: / });
    const rows = [...chart.querySelectorAll('g.gap-bar-row')];
    expect(rows.map((r) => r.getAttribute('data-sector'))).toEqual(
      analysis.sectorScores.map((s) => s.sectorId),
    );
    expect(rows.map((r) => r.getAttribute('transform'))).toEqual([
      'translate(0,0)',
      'translate(0,38)',
      'translate(0,76)',
    ]);
    const track = Number(chart.querySelector('rect.gap-bar-track')?.getAttribute('width'));
    expect(track).toBe(268);
    const widths = [...chart.querySelectorAll('rect.gap-bar')].map((r) =>
      Number(r.getAttribute('width')),
    );
    expect(widths).toEqual([0, track / 2, track]);
    const ids = template.sectors.map((s) => s.id);
    expect(chart.querySelectorAll('rect.gap-bar')[1]?.getAttribute('fill')).toBe(
      sectorColour(ids, analysis.sectorScores[1]?.sectorId ?? ''),
    );
    const values = [...chart.querySelectorAll('text.gap-bar-value')];
    expect(values.map((v) => v.textContent)).toEqual(['0%', '50%', '120%']);
    expect(values[0]?.getAttribute('text-anchor')).toBe('end');
    expect(chart.getAttribute('viewBox')).toBe('0 0 320 114');
    const table = screen.getByRole('table', { name: 'Coverage by sector' });
    const second = within(table).getAllByRole('row')[2];
    expect(second).toHaveTextContent(`${template.sectors[1]?.labels.en}50%3 / 6`);
  });

  it('prints the same rows in the report, each with a bar of its percentage', () => {
    const { analysis, doc } = analysisWithScores();
    render(<GapReport analysis={analysis} doc={doc} template={template} locale="en" />);
    const heading = screen.getByRole('heading', { level: 2, name: 'Coverage by sector' });
    const table = heading.parentElement?.querySelector('table');
    if (!table) throw new Error('no sector table in the report');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      `${template.sectors[0]?.labels.en}0%0 / 6`,
      `${template.sectors[1]?.labels.en}50%3 / 6`,
      `${template.sectors[2]?.labels.en}120%6 / 5`,
    ]);
    const bars = [...table.querySelectorAll<HTMLElement>('.gap-report-bar > span')];
    expect(bars.map((b) => b.style.width)).toEqual(['0%', '50%', '120%']);
    for (const bar of table.querySelectorAll('.gap-report-bar')) {
      expect(bar).toHaveAttribute('aria-hidden', 'true');
    }
  });
});
