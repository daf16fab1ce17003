/** Every problem code the import can report has a sentence in both languages, naming its place. */

import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatCount } from '../../src/i18n';
import { ioEn } from '../../src/i18n/io.en';
import { ioNb } from '../../src/i18n/io.nb';
import { problemText, type Translate } from '../../src/ui/import/problems';
import { translators } from '../fixtures/translators';

/** The codes listed in the format core's header comment: the documented contract. */
function documentedCodes(): string[] {
  const source = readFileSync(new URL('../../src/io/import/index.ts', import.meta.url), 'utf8');
  const list = /errors:([\s\S]*?)\(the last six[\s\S]*?warnings:([\s\S]*?)\n \*\n/.exec(source);
  if (!list) throw new Error('code list not found');
  return `${list[1]},${list[2]}`
    .replace(/\*/g, ' ')
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
}

let tEn: Translate;
let tNb: Translate;
beforeAll(async () => {
  ({ en: tEn, nb: tNb } = await translators());
});

describe('import problem messages', () => {
  it('exist in bokmål and English for every documented code', () => {
    const codes = documentedCodes();
    expect(codes).toHaveLength(69);
    for (const code of codes) {
      expect(ioNb.problem, code).toHaveProperty([code]);
      expect(ioEn.problem, code).toHaveProperty([code]);
    }
  });

  it('name the file, sheet, row or line, and column or field', () => {
    const cell = {
      code: 'invalid-date',
      file: 'a.xlsx',
      sheet: 'Samarbeid',
      row: 7,
      field: 'Start',
      value: '31.02.2026',
    };
    expect(problemText(cell, tNb, 'nb')).toBe(
      'a.xlsx, ark «Samarbeid», rad 7, kolonne «Start»: Ugyldig dato «31.02.2026» blir ikke brukt (skriv dd.mm.åååå eller åååå-mm-dd).',
    );
    const xml = {
      code: 'missing-node',
      file: 'nett.graphml',
      line: 12,
      field: 'target',
      value: 'n9',
    };
    expect(problemText(xml, tEn, 'en')).toBe(
      'nett.graphml, line 12, field “target”: “n9” is not one of the actors in the file.',
    );
    const json = {
      code: 'invalid-field',
      file: 'b.samspill.json',
      field: 'maps[0].actors[3].name',
    };
    expect(problemText(json, tEn, 'en')).toBe(
      'b.samspill.json, field “maps[0].actors[3].name”: Invalid value.',
    );
  });

  it('state limits readably and survive unknown codes', () => {
    const big = { code: 'file-too-large', file: 'stor.csv', limit: 50 * 1024 * 1024 };
    expect(problemText(big, tEn, 'en')).toBe('stor.csv: The file is too large (more than 50 MB).');
    const many = { code: 'too-many-actors', file: 'x.csv', limit: 50_000 };
    // Norwegian groups digits with a (narrow) no-break space.
    expect(problemText(many, tNb, 'nb')).toMatch(/^x\.csv: For mange aktører \(høyst 50\s000\)\.$/);
    expect(problemText({ code: 'crash', file: '', value: 'boom' }, tEn, 'en')).toBe(
      'Unexpected error (crash: boom).',
    );
    expect(problemText({ code: 'no-files', file: '' }, tEn, 'en')).toBe('No files were chosen.');
  });
});

describe('formatCount', () => {
  it('groups thousands the way each language writes them', () => {
    expect(formatCount(20_000, 'en')).toBe('20,000');
    // Bokmål groups with a (narrow) no-break space.
    expect(formatCount(20_000, 'nb')).toMatch(/^20\s000$/);
    expect(formatCount(7, 'nb')).toBe('7');
  });
});
