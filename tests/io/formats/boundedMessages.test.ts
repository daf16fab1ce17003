/**
 * Issue 12, defect 8 and item 6: problem messages quote input only up to about 80 characters. A CSV
 * whose header line is 10 million characters long once put all of it into the message.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type ImportProblem,
  parseImport,
  QUOTE_MAX,
  quote,
  quoteList,
} from '../../../src/io/import';
import { problemText, type Translate } from '../../../src/ui/import/problems';
import { translators } from '../../fixtures/translators';
import { template } from './arbitrary';
import { file, graphOf } from './helpers';

const HUGE = 10_000_000;
const codePoints = (s: string) => [...s].length;

let tEn: Translate;
let tNb: Translate;
beforeAll(async () => {
  ({ en: tEn, nb: tNb } = await translators());
});

async function refused(files: Parameters<typeof parseImport>[0]): Promise<ImportProblem> {
  const result = await parseImport(files, template);
  if (result.ok) throw new Error('expected the import to be refused');
  return result.error;
}

/** The message without the problem's quoted input: what any problem of this code says. */
const frame = (p: ImportProblem, t: Translate) =>
  problemText({ code: p.code, file: p.file }, t, 'en').length;

describe('a CSV with a 10-million-character header line', () => {
  it('one huge column name: the problem and the message quote at most ~80 characters', async () => {
    const header = 'Å'.repeat(HUGE);
    const problem = await refused([file('hode.csv', `${header}\nx\n`)]);
    expect(problem.code).toBe('unknown-columns');
    expect(problem.file).toBe('hode.csv');
    expect(codePoints(problem.value ?? '')).toBeLessThanOrEqual(QUOTE_MAX);
    expect(problem.value).toBe(`${'Å'.repeat(QUOTE_MAX - 1)}…`);
    for (const t of [tEn, tNb]) {
      const message = problemText(problem, t, 'en');
      expect(message.length - frame(problem, t)).toBeLessThanOrEqual(100);
      expect(message).toContain('hode.csv');
    }
  });

  it('a million columns: a few names, then how many more', async () => {
    const names = Array.from({ length: 1_000_000 }, (_, i) => `Kolonne ${i}`);
    const header = names.join(';');
    expect(header.length).toBeGreaterThan(HUGE);
    const problem = await refused([file('brede.csv', `${header}\n1;2\n`)]);
    expect(problem).toMatchObject({ code: 'unknown-columns', file: 'brede.csv' });
    expect(codePoints(problem.value ?? '')).toBeLessThanOrEqual(QUOTE_MAX);
    expect(problem.value?.startsWith('Kolonne 0, Kolonne 1, Kolonne 2')).toBe(true);
    const shown = (problem.value ?? '').split(', ').length;
    expect(problem.more).toBe(names.length - shown);
    const message = problemText(problem, tEn, 'en');
    expect(message).toContain(`… and ${(problem.more ?? 0).toLocaleString('en-GB')} more.`);
    expect(message.length - frame(problem, tEn)).toBeLessThanOrEqual(100);
    expect(problemText(problem, tNb, 'nb')).toMatch(/… og 999\s99\d til\.$/);
  });
});

describe('every problem quotes input briefly', () => {
  it('warnings built from cells are cut with an ellipsis, naming the row and column', async () => {
    const date = `31.02.${'9'.repeat(290)}`;
    const graph = await graphOf([file('s.csv', `From;To;Start\nA;B;${date}\n`)]);
    const warning = graph.warnings.find((w) => w.code === 'invalid-date');
    expect(warning).toMatchObject({ file: 's.csv', row: 2, field: 'Start' });
    expect(warning?.value).toBe(`${date.slice(0, QUOTE_MAX - 1)}…`);
  });

  it('a structural error names a long column briefly', async () => {
    const long = `custom:${'x'.repeat(5000)}`;
    const problem = await refused([file('a.csv', `Label;${long}\nA;1\n`)]);
    expect(problem).toMatchObject({ code: 'too-long', file: 'a.csv' });
    expect(codePoints(problem.field ?? '')).toBeLessThanOrEqual(QUOTE_MAX);
  });

  it('the dialog bounds what reaches it from elsewhere (a crash report)', () => {
    const crash = { code: 'crash', file: '', value: 'x'.repeat(HUGE) };
    const message = problemText(crash, tEn, 'en');
    expect(message.length).toBeLessThan(150);
    expect(message).toContain('…');
  });
});

describe('quote and quoteList', () => {
  it('count code points, so an emoji is never cut in half', () => {
    const emoji = '😀'.repeat(100);
    const cut = quote(emoji);
    expect(codePoints(cut)).toBe(QUOTE_MAX);
    expect(cut.endsWith('😀…')).toBe(true);
    expect(cut).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    // Exactly 80 code points (160 code units) is not cut.
    expect(quote('😀'.repeat(QUOTE_MAX))).toBe('😀'.repeat(QUOTE_MAX));
    expect(quote('a'.repeat(QUOTE_MAX + 1))).toBe(`${'a'.repeat(QUOTE_MAX - 1)}…`);
    expect(quote('kort')).toBe('kort');
  });

  it('keep whole names within the budget, skip blanks and count the rest', () => {
    expect(quoteList(['A', '', 'B'])).toEqual({ text: 'A, B', more: 0 });
    const many = quoteList(Array.from({ length: 50 }, (_, i) => `Navn ${i}`));
    expect(codePoints(many.text)).toBeLessThanOrEqual(QUOTE_MAX);
    expect(many.text.split(', ').length + many.more).toBe(50);
    // One overlong name is still shown, cut.
    expect(quoteList(['y'.repeat(500), 'z'])).toEqual({ text: `${'y'.repeat(79)}…`, more: 1 });
  });
});
