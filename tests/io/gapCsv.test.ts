import Papa from 'papaparse';
import { analyse, type GapAnalysis } from '../../src/analysis/gap';
import { addActor, addCollaboration } from '../../src/domain/commands';
import type { MapDocument } from '../../src/domain/types';
import { CSV_BOM, escapeFormula, gapFindingsToCsv } from '../../src/io/gapCsv/serialize';
import { kulturskoleTemplate as template } from '../../src/state/template';
import { testMeta } from '../fixtures/meta';
import { buildDoc } from '../ui/fixture';

const TODAY = '2026-12-01';
const FORMULA = '=HYPERLINK("x")';
const QUOTED = 'Kor "Sang"\nog spill, Ørsta';

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
    a.types.filter((t) => t.status !== 'covered').length +
    a.purposeGaps.length +
    s.isolated.length +
    s.articulationPoints.length +
    s.bridges.length +
    s.overloadedResponsible.length +
    s.stale.length +
    a.manageClosely.length +
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
  const analysis = analyse(doc, template, TODAY, 'en');
  const csv = gapFindingsToCsv(analysis, doc, template, 'en');
  const rows = parse(csv);

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
    expect(overloaded?.[5]).toMatch(/^'@Kari is responsible for \d+ active collaborations/);
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
      'Has no collaborations',
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
      'Recommended (weight 2)',
    ]);
    const school = rows.find((r) => r[0] === 'Type gap' && r[2] === 'Schools');
    expect(school?.[3]).toBe('Weak');
    expect(school?.[4]).toBe('Eksempel skole');
    expect(school?.[5]).toBe('Core (weight 3). Best link: weak, planned');
    const suggestions = rows.filter((r) => r[0] === 'Suggestion');
    expect(suggestions.map((r) => r[5])).toEqual(
      analysis.suggestions.map((s) => escapeFormula(s.explanation)),
    );
  });

  it('writes Norwegian headers and dates in bokmål', () => {
    const nbRows = parse(
      gapFindingsToCsv(analyse(doc, template, TODAY, 'nb'), doc, template, 'nb'),
    );
    expect(nbRows[0]).toEqual(['Funn', 'Sektor', 'Type', 'Status', 'Aktører', 'Detaljer']);
    const stale = nbRows.find((r) => r[0] === 'Ingen aktivitet på 12 måneder');
    expect(stale?.[4]).toBe('Kulturskolen; Biblioteket');
    expect(stale?.[5]).toBe('Siste aktivitet 01.10.2025, for 14 måneder siden');
  });
});
