import i18next from 'i18next';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyse, type GapAnalysis, type Suggestion } from '../../src/analysis/gap';
import { kulturskoleTemplate as template } from '../../src/app/template';
import { addActor, addCollaboration } from '../../src/domain/commands';
import { addPlan, setPlanLink, setTypeNotRelevant } from '../../src/domain/mapSettings';
import type { MapDocument } from '../../src/domain/types';
import { nn as nnMessages } from '../../src/i18n/nn';
import { CSV_BOM, escapeFormula, gapFindingsToCsv } from '../../src/io/gapCsv/serialize';
import { type CsvTranslate, csvWords } from '../../src/io/gapCsv/words';
import { testMeta } from '../fixtures/meta';
import { translators } from '../fixtures/translators';
import { buildDoc } from '../ui/fixture';

const TODAY = '2026-12-01';
const FORMULA = '=HYPERLINK("x")';
const QUOTED = 'Kor "Sang"\nog spill, Ørsta';

let nb: CsvTranslate;
let en: CsvTranslate;
beforeAll(async () => {
  ({ nb, en } = await translators());
});

/** The UI fixture plus three isolated actors with awkward names and an "@" responsible. */
function awkwardDoc(): MapDocument {
  const meta = testMeta('2026-02-01T00:00:00.000Z', 'csv');
  let { doc, ids } = { ...buildDoc() };
  for (const name of [FORMULA, QUOTED, '+47 123']) {
    doc = addActor(doc, { name, sectorId: 'voluntary', typeId: 'associations' }, meta).doc;
  }
  const linked = addCollaboration(
    doc,
    {
      sourceId: ids.focal,
      targetId: ids.band,
      status: 'active',
      strength: 3,
      responsible: '@Kari',
    },
    meta,
  );
  if (!linked) throw new Error('link failed');
  return linked.doc;
}

function parse(csv: string): string[][] {
  expect(csv.startsWith(CSV_BOM)).toBe(true);
  const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

function expectedRowCount(a: GapAnalysis): number {
  const s = a.structure;
  return (
    1 +
    a.sectorScores.length +
    a.types.filter((t) => t.status !== 'covered' && !t.notRelevant).length +
    a.types.filter((t) => t.notRelevant).length +
    a.owner.length +
    a.purposeGaps.length +
    s.isolated.length +
    s.vulnerable.length +
    s.overloadedResponsible.length +
    s.stale.length +
    s.stalled.length +
    a.stakeholders.length +
    a.suggestions.length
  );
}

describe('escapeFormula', () => {
  it('prefixes cells a spreadsheet would read as a formula', () => {
    expect(escapeFormula('=1+1')).toBe("'=1+1");
    expect(escapeFormula('+47')).toBe("'+47");
    expect(escapeFormula('-2')).toBe("'-2");
    expect(escapeFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(escapeFormula('\tx')).toBe("'\tx");
    expect(escapeFormula('a=b')).toBe('a=b');
    expect(escapeFormula('')).toBe('');
  });
});

describe('gapFindingsToCsv', () => {
  const doc = awkwardDoc();
  const analysis = analyse(doc, template, TODAY);
  // The UI words each suggestion (src/ui/analysis/suggestionText.ts); here a stand-in that can
  // start like a formula, to show the cell is escaped like every other.
  const wordSuggestion = (s: Suggestion) => (s.kind === 'pair' ? `=${s.sourceId}` : s.typeId);
  let csv: string;
  let rows: string[][];
  beforeAll(() => {
    csv = gapFindingsToCsv(analysis, doc, template, 'en', en, wordSuggestion);
    rows = parse(csv);
  });

  it('writes a header and one row per finding, UTF-8 with a BOM and CRLF line ends', () => {
    expect(rows[0]).toEqual(['Finding', 'Sector', 'Type', 'Status', 'Actors', 'Detail']);
    expect(rows).toHaveLength(1 + expectedRowCount(analysis));
    for (const row of rows) expect(row).toHaveLength(6);
    // Every line break outside a quoted cell is CRLF; the only bare LF is inside the quoted name.
    const outside = csv.replace(/"(?:[^"]|"")*"/g, '""');
    expect(outside).not.toMatch(/[^\r]\n/);
    expect(outside.endsWith('\r\n')).toBe(true);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(rows[1]).toEqual([
      'Coverage score',
      '',
      '',
      '',
      '',
      expect.stringMatching(/^\d+% \(\d+ of \d+ points\)$/),
    ]);
  });

  it('escapes formula cells with a leading apostrophe', () => {
    const isolated = rows.filter((r) => r[0] === 'Isolated actor').map((r) => r[4]);
    expect(isolated).toContain(`'${FORMULA}`);
    expect(isolated).toContain("'+47 123");
    expect(isolated).not.toContain(FORMULA);
    const overloaded = rows.find((r) => r[0] === 'One person carries the network');
    expect(overloaded?.[5]).toMatch(
      /^'@Kari is responsible for \d+ of the \d+ active collaborations with a named person/,
    );
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/);
  });

  it('quotes commas, quotes and line breaks so they read back unchanged', () => {
    expect(csv).toContain('"Kor ""Sang""\nog spill, Ørsta"');
    const isolated = rows.filter((r) => r[0] === 'Isolated actor');
    const row = isolated.find((r) => r[4] === QUOTED);
    expect(row).toEqual([
      'Isolated actor',
      'Voluntary sector & leisure',
      'Clubs & associations',
      '',
      QUOTED,
      'Has no ongoing collaboration',
    ]);
  });

  it('lists type gaps with sector, type, status and actors', () => {
    const sfo = rows.find((r) => r[0] === 'Type gap' && r[2] === 'After-school programme');
    expect(sfo).toEqual([
      'Type gap',
      'Childhood & education',
      'After-school programme',
      'Missing',
      '',
      'Should have (weight 2)',
    ]);
    const school = rows.find((r) => r[0] === 'Type gap' && r[2] === 'Primary schools');
    expect(school?.[3]).toBe('Weak');
    expect(school?.[4]).toBe('Eksempel skole');
    expect(school?.[5]).toBe('Must have (weight 3). Best link: weak, planned');
    const suggestions = rows.filter((r) => r[0] === 'Suggestion');
    expect(suggestions.map((r) => r[5])).toEqual(
      analysis.suggestions.map((s) => escapeFormula(wordSuggestion(s))),
    );
    // A gap suggestion names its sector, type and status; a pair its two actors.
    const firstGap = analysis.suggestions.findIndex((s) => s.kind === 'gap');
    const gap = analysis.suggestions[firstGap];
    if (gap?.kind === 'gap') {
      expect(suggestions[firstGap]?.slice(2, 4)).toEqual([
        template.sectors.flatMap((x) => x.types).find((x) => x.id === gap.typeId)?.labels.en,
        csvWords(en).status[gap.status],
      ]);
    }
  });

  it('writes Norwegian headers and dates in bokmål', () => {
    const nbRows = parse(gapFindingsToCsv(analyse(doc, template, TODAY), doc, template, 'nb', nb));
    expect(nbRows[0]).toEqual(['Funn', 'Sektor', 'Type', 'Status', 'Aktører', 'Detaljer']);
    const stale = nbRows.find((r) => r[0] === 'Ingen aktivitet på 12 måneder');
    expect(stale?.[4]).toBe('Kulturskolen; Biblioteket');
    expect(stale?.[5]).toBe('Siste aktivitet 01.10.2025, for 14 måneder siden');
  });

  it('sets types that are not relevant apart, and prints the plan goal a gap is tied to', () => {
    const meta = testMeta('2026-03-01T00:00:00.000Z', 'plan');
    const planned = addPlan(doc, 'Kulturplan 2024–2030', meta);
    if (!planned) throw new Error('plan not added');
    let d = setPlanLink(
      planned.doc,
      'sfo',
      { planId: planned.plan.id, goal: 'Kultur i SFO for alle' },
      meta,
    );
    d = setTypeNotRelevant(d, 'asylum-centre', true, meta);
    const out = parse(gapFindingsToCsv(analyse(d, template, TODAY), d, template, 'nb', nb));
    const sfo = out.find((r) => r[0] === 'Typegap' && r[2] === typeLabelOf('sfo'));
    expect(sfo?.[5]).toMatch(/Planmål: Kulturplan 2024–2030 – Kultur i SFO for alle$/);
    const asylum = out.filter((r) => r[2] === typeLabelOf('asylum-centre'));
    expect(asylum.map((r) => r[0])).toEqual(['Ikke aktuelt her']);
    expect(asylum[0]?.[5]).toBe('Telles ikke');
  });
});

describe('gapFindingsToCsv in nynorsk', () => {
  it('takes every word from the nynorsk messages', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      lng: 'nn',
      resources: { nn: { translation: nnMessages } },
      interpolation: { escapeValue: false },
    });
    const t: CsvTranslate = (key, o) => String(i18n.t(key, o));
    const doc = awkwardDoc();
    const rows = parse(gapFindingsToCsv(analyse(doc, template, TODAY), doc, template, 'nn', t));
    expect(rows[0]).toEqual(['Funn', 'Sektor', 'Type', 'Status', 'Aktørar', 'Detaljar']);
    const stale = rows.find((r) => r[0] === 'Ingen aktivitet på 12 månader');
    expect(stale?.[5]).toBe('Siste aktivitet 01.10.2025, for 14 månader sidan');
    expect(rows.find((r) => r[0] === 'Éin person ber nettverket')?.[5]).toMatch(
      /^'@Kari er ansvarleg for \d+ av \d+ aktive samarbeid med namngitt ansvarleg \(\d+ %\)$/,
    );
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/gapCsv\./);
  });
});

function typeLabelOf(id: string): string | undefined {
  return template.sectors.flatMap((s) => s.types).find((t) => t.id === id)?.labels.nb;
}
