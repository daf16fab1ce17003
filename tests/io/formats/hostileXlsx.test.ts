/**
 * Hostile and damaged workbooks (issue 12, defects 5–7): each is built here, small in bytes, and
 * refused with a problem naming the file and the part, sheet or cell, before read-excel-file
 * allocates anything for it. Ordinary workbooks, and our own exports, still import.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { strFromU8, strToU8, unzipSync, type Zippable, zipSync } from 'fflate';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { addActor } from '../../../src/domain/commands';
import { makeMap } from '../../../src/domain/factory';
import type { Actor, Collaboration, MapDocument } from '../../../src/domain/types';
import { docToCsv, docToXlsx, type ImportProblem, parseImport } from '../../../src/io/import';
import { isEncryptedWorkbook } from '../../../src/io/xlsx/encrypted';
import { unpackWorkbook } from '../../../src/io/xlsx/unpack';
import { problemText, type Translate } from '../../../src/ui/import/problems';
import { testMeta } from '../../fixtures/meta';
import { translators } from '../../fixtures/translators';
import { template } from './arbitrary';
import { expectProblem, file, graphOf, importAsNewMap } from './helpers';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const SHEET1 = 'xl/worksheets/sheet1.xml';

const text = (ref: string, value: string) =>
  `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
const sheetXml = (rows: string, dimension = '') =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}" xmlns:r="${RELS}">${dimension}<sheetData>${rows}</sheetData></worksheet>`;
const ACTORS = `<row r="1">${text('A1', 'Navn')}</row><row r="2">${text('A2', 'Kulturskolen')}</row><row r="3">${text('A3', 'Biblioteket')}</row>`;

interface Book {
  sheets?: { name: string; id: string }[];
  rels?: { id: string; type: string; target: string }[];
  parts?: Record<string, string>;
}

/** A minimal workbook, zipped by fflate: one actors sheet unless told otherwise. */
function workbook({
  sheets = [{ name: 'Aktører', id: 'rId1' }],
  rels = [{ id: 'rId1', type: 'worksheet', target: 'worksheets/sheet1.xml' }],
  parts = { [SHEET1]: sheetXml(ACTORS) },
}: Book = {}): Uint8Array {
  const files: Zippable = {
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${RELS}"><sheets>${sheets
        .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="${s.id}"/>`)
        .join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels
        .map((r) => `<Relationship Id="${r.id}" Type="${RELS}/${r.type}" Target="${r.target}"/>`)
        .join('')}</Relationships>`,
    ),
  };
  for (const [name, xml] of Object.entries(parts)) files[name] = strToU8(xml);
  return zipSync(files);
}

/** Rewrites a part's fields in its local header and central directory record. */
function patch(
  zip: Uint8Array,
  name: string,
  fields: { flags?: number; method?: number; crc?: number; size?: number },
): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const encoded = strToU8(name);
  for (let at = 0; at + 46 < out.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const length = view.getUint16(at + 28, true);
    if (strFromU8(out.subarray(at + 46, at + 46 + length)) !== name) continue;
    const local = view.getUint32(at + 42, true);
    expect(strFromU8(out.subarray(local + 30, local + 30 + encoded.length))).toBe(name);
    for (const [central, header] of [
      [at + 8, local + 6],
      [at + 10, local + 8],
      [at + 16, local + 14],
      [at + 24, local + 22],
    ] as const) {
      const value =
        central === at + 8
          ? fields.flags
          : central === at + 10
            ? fields.method
            : central === at + 16
              ? fields.crc
              : fields.size;
      if (value === undefined) continue;
      if (central === at + 8 || central === at + 10) {
        view.setUint16(central, value, true);
        view.setUint16(header, value, true);
      } else {
        view.setUint32(central, value, true);
        view.setUint32(header, value, true);
      }
    }
    return out;
  }
  throw new Error(`no part ${name}`);
}

const MB = 1024 * 1024;
/** 1 MB of spaces as raw deflate ending on a byte boundary, so copies of it chain into one stream. */
const MEGABYTE_OF_SPACES = deflateRawSync(Buffer.alloc(MB, 0x20), {
  strategy: constants.Z_RLE,
  finishFlush: constants.Z_SYNC_FLUSH,
});

/** `megabytes` MB of spaces as one deflate stream (an empty final block closes it), and its CRC. */
function spaces(megabytes: number): { data: Uint8Array; crc: number } {
  const data = new Uint8Array(MEGABYTE_OF_SPACES.length * megabytes + 2);
  for (let i = 0; i < megabytes; i++) data.set(MEGABYTE_OF_SPACES, i * MEGABYTE_OF_SPACES.length);
  data.set([0x03, 0x00], data.length - 2);
  let crc = 0;
  const chunk = Buffer.alloc(MB, 0x20);
  for (let i = 0; i < megabytes; i++) crc = crc32(chunk, crc);
  return { data, crc };
}

/** A workbook whose sheet is `megabytes` MB of spaces, declared as `declared` bytes. */
function bomb(megabytes: number, declared = megabytes * MB): Uint8Array {
  const { data, crc } = spaces(megabytes);
  const zip = zipSync(
    {
      'xl/workbook.xml': strToU8(
        `<workbook xmlns:r="${RELS}"><sheets><sheet name="Ark1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        `<Relationships><Relationship Id="rId1" Type="${RELS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ),
      [SHEET1]: [data, { level: 0 }],
    },
    { level: 0 },
  );
  return patch(zip, SHEET1, { method: 8, size: declared, crc });
}

const problems: ImportProblem[] = [];
async function refused(
  bytes: Uint8Array,
  problem: Partial<ImportProblem>,
  name = 'fiendtlig.xlsx',
) {
  const result = await expectProblem([file(name, bytes)], { file: name, ...problem });
  if (!result.ok) problems.push(result.error);
  return result;
}

describe('XLSX sizes are capped before anything is inflated (defect 5)', () => {
  it('a 0.5 MB workbook whose sheet unpacks to 500 MB is refused by its declared size', async () => {
    const zip = bomb(500);
    expect(zip.length).toBeLessThan(600_000);
    await refused(zip, { code: 'xlsx-too-large', value: SHEET1, limit: 100 });
  });

  it('a sheet that packs 50 MB into 50 KB is refused by its compression ratio', async () => {
    const zip = bomb(50);
    expect(zip.length).toBeLessThan(60_000);
    await refused(zip, { code: 'xlsx-compression-ratio', value: SHEET1, limit: 100 });
  });

  it('a sheet that inflates to more than it declares is stopped at the declared size', async () => {
    // 200 MB of spaces declared as 2 KB: the sizes pass, the inflater stops after its first step.
    const zip = bomb(200, 2048);
    await refused(zip, { code: 'xlsx-damaged-part', value: SHEET1 });
  });

  it('a broken part without a name is a damaged file, not a part called “”', async () => {
    // A central record with an empty name whose local header offset points nowhere.
    const parts = { ...unzipSync(workbook()), '': new TextEncoder().encode('<x/>') };
    const zip = zipSync(parts, { level: 0 });
    const view = new DataView(zip.buffer);
    let found = 0;
    for (let at = 0; at + 46 < zip.length; at++) {
      if (view.getUint32(at, true) !== 0x02014b50 || view.getUint16(at + 28, true) !== 0) continue;
      view.setUint32(at + 42, 7, true);
      found++;
    }
    expect(found).toBe(1);
    await refused(zip, { code: 'invalid-xlsx' });
  });
});

describe('cell references beyond Excel’s sheet are refused before the reader allocates (defect 6)', () => {
  const withCell = (cell: string, dimension = '') =>
    workbook({ parts: { [SHEET1]: sheetXml(`${ACTORS}<row r="4">${cell}</row>`, dimension) } });

  it.each([
    ['ZZZZZ4', text('ZZZZZ4', 'x')],
    ['AAAAAA4', text('AAAAAA4', 'x')],
    ['A2000000', text('A2000000', 'x')],
    ['XFE4', text('XFE4', 'x')],
    ['a4', text('a4', 'x')],
    ['&#90;ZZZZ4', text('&#90;ZZZZ4', 'x')],
  ])('column or row of %s', async (ref, cell) => {
    await refused(withCell(cell), { code: 'xlsx-cell-reference', sheet: 'Aktører', value: ref });
  });

  it('an empty reference is quoted as such', async () => {
    await refused(withCell('<c r=""><v>1</v></c>'), {
      code: 'xlsx-cell-reference',
      value: 'r=""',
    });
  });

  it('a row numbered 2,000,000', async () => {
    const rows = `${ACTORS}<row r="2000000"><c r="A2000000"><v>1</v></c></row>`;
    await refused(workbook({ parts: { [SHEET1]: sheetXml(rows) } }), {
      code: 'xlsx-cell-reference',
      sheet: 'Aktører',
      value: '2000000',
    });
  });

  it('a dimension reaching past XFD', async () => {
    await refused(withCell('', '<dimension ref="A1:ZZZZZ3"/>'), {
      code: 'xlsx-cell-reference',
      value: 'A1:ZZZZZ3',
    });
  });

  it('a reference behind a prefix, a quoted ">" or quotes the reader may pair otherwise is seen', async () => {
    for (const cell of [
      '<x:c r="ZZZZZZ4" t="inlineStr"><is><t>x</t></is></x:c>',
      '<c a=">" r="ZZZZZZ4"><v>1</v></c>',
      '<c a="x<c b=" r="ZZZZZZ4"><v>1</v></c>',
      '<c a="x r="ZZZZZZ4"><v>1</v></c>',
    ]) {
      await refused(withCell(cell), { code: 'xlsx-cell-reference', value: 'ZZZZZZ4' });
    }
  });

  it('cells inside Excel’s sheet whose grid would be too large are refused naming the far corner', async () => {
    const rows = `${ACTORS}<row r="1000">${text('A1000', 'x')}</row>`.replace(
      '</row>',
      `${text('XFD1', 'x')}</row>`,
    );
    await refused(workbook({ parts: { [SHEET1]: sheetXml(rows) } }), {
      code: 'xlsx-too-many-cells',
      sheet: 'Aktører',
      value: 'XFD1000',
      limit: 10_000_000,
    });
  });

  it('a broken part is named with its sheet and line, not the reader’s bare "unclosed tag"', async () => {
    const rows = `${ACTORS}\n<row r="4">${text('A4', 'NAV')}\n<row r="5">${text('A5', 'PPT')}</row>`;
    const result = await refused(workbook({ parts: { [SHEET1]: sheetXml(rows) } }), {
      code: 'xlsx-damaged',
      sheet: 'Aktører',
    });
    if (!result.ok) {
      expect(result.error.line).toBeGreaterThan(1);
      expect(result.error.value).toMatch(/<row> is not closed/);
    }
  });

  it('a far cell within the limits is read', async () => {
    const rows = `${ACTORS}<row r="4">${text('A4', 'NAV')}${text('XFD4', 'merknad')}</row>`;
    const g = await graphOf([file('vid.xlsx', workbook({ parts: { [SHEET1]: sheetXml(rows) } }))]);
    expect(g.actors.map((a) => a.name)).toEqual(['Kulturskolen', 'Biblioteket', 'NAV']);
  });
});

describe('every reader error becomes a problem with a real message (defect 7)', () => {
  it.each(['constructor', 'rId9', '__proto__', 'toString'])(
    'a sheet pointing at the missing relationship %s',
    async (id) => {
      await refused(workbook({ sheets: [{ name: 'Aktører', id }] }), {
        code: 'xlsx-missing-relationship',
        sheet: 'Aktører',
        value: id,
      });
    },
  );

  it('a sheet pointing at an empty relationship id is quoted as such', async () => {
    await refused(workbook({ sheets: [{ name: 'Aktører', id: '' }] }), {
      code: 'xlsx-missing-relationship',
      value: 'r:id=""',
    });
  });

  it('a relationship whose worksheet part is missing', async () => {
    const rels = [{ id: 'rId1', type: 'worksheet', target: 'worksheets/sheet9.xml' }];
    await refused(workbook({ rels }), {
      code: 'xlsx-missing-part',
      sheet: 'Aktører',
      value: 'xl/worksheets/sheet9.xml',
    });
  });

  it('a ZIP without a workbook part', async () => {
    await refused(zipSync({ 'a.txt': strToU8('hei') }), {
      code: 'xlsx-missing-part',
      value: 'xl/workbook.xml',
    });
  });

  it('a truncated workbook, and a file that only starts like a ZIP', async () => {
    const whole = workbook();
    await refused(whole.subarray(0, whole.length - 40), { code: 'invalid-xlsx' });
    await refused(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]), { code: 'invalid-xlsx' });
  });

  it('a part with a broken deflate stream', async () => {
    const zip = patch(zipSync({ ...unzipSync(workbook()) }, { level: 0 }), SHEET1, { method: 8 });
    await refused(zip, { code: 'xlsx-damaged-part', value: SHEET1 });
  });

  it('an encrypted part', async () => {
    await refused(patch(workbook(), 'xl/workbook.xml', { flags: 1 }), { code: 'xlsx-encrypted' });
  });

  it('a password-protected workbook (an OLE file with an EncryptedPackage) is told from .xls', async () => {
    const compound = (stream: string) => {
      const bytes = new Uint8Array(2048);
      bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      bytes.set(
        [...stream].flatMap((c) => [c.charCodeAt(0), 0]),
        1024,
      );
      return bytes;
    };
    expect(isEncryptedWorkbook(compound('EncryptedPackage'))).toBe(true);
    expect(isEncryptedWorkbook(compound('Workbook'))).toBe(false);
    expect(isEncryptedWorkbook(workbook())).toBe(false);
    await expectProblem([file('hemmelig.xlsx', compound('EncryptedPackage'))], {
      code: 'xlsx-encrypted',
      file: 'hemmelig.xlsx',
    });
    await expectProblem([file('gammel.xls', compound('Workbook'))], {
      code: 'xls-not-supported',
      file: 'gammel.xls',
    });
  });

  it('rows out of order: the reader’s own message', async () => {
    const rows = `<row r="2">${text('A2', 'Navn')}</row><row r="1">${text('A1', 'x')}</row>`;
    const result = await refused(workbook({ parts: { [SHEET1]: sheetXml(rows) } }), {
      code: 'xlsx-damaged',
    });
    if (!result.ok) expect(result.error.value).toMatch(/row/);
  });

  it('a cell without a reference', async () => {
    const rows = `<row r="1"><c t="inlineStr"><is><t>Navn</t></is></c></row>`;
    await refused(workbook({ parts: { [SHEET1]: sheetXml(rows) } }), { code: 'xlsx-unreadable' });
  });

  it('a workbook without a table: blank, or naming the columns it has', async () => {
    const blank = workbook({ parts: { [SHEET1]: sheetXml('<row r="1"></row>') } });
    await expectProblem([file('tom.xlsx', blank)], { code: 'empty-file', file: 'tom.xlsx' });
    const notes = sheetXml(`<row r="1">${text('A1', 'Dato')}${text('B1', 'Notat')}</row>`);
    await expectProblem([file('notater.xlsx', workbook({ parts: { [SHEET1]: notes } }))], {
      code: 'unknown-columns',
      file: 'notater.xlsx',
      value: 'Dato, Notat',
    });
  });

  it('a chart sheet beside the data is skipped with a warning', async () => {
    const g = await graphOf([
      file(
        'diagram.xlsx',
        workbook({
          sheets: [
            { name: 'Aktører', id: 'rId1' },
            { name: 'Diagram', id: 'rId2' },
          ],
          rels: [
            { id: 'rId1', type: 'worksheet', target: 'worksheets/sheet1.xml' },
            { id: 'rId2', type: 'chartsheet', target: 'chartsheets/sheet1.xml' },
          ],
        }),
      ),
    ]);
    expect(g.actors).toHaveLength(2);
    expect(g.warnings).toEqual([{ code: 'ignored-sheet', file: 'diagram.xlsx', sheet: 'Diagram' }]);
  });
});

// Runs after the tests above, whose problems it collected in `problems`.
describe('the messages of these problems', () => {
  let tEn: Translate;
  let tNb: Translate;
  beforeAll(async () => {
    ({ en: tEn, nb: tNb } = await translators());
  });

  it('are sentences in both languages that name the file, with no empty "()"', () => {
    const codes = new Set(problems.map((p) => p.code));
    expect([...codes].sort()).toEqual([
      'invalid-xlsx',
      'xlsx-cell-reference',
      'xlsx-compression-ratio',
      'xlsx-damaged',
      'xlsx-damaged-part',
      'xlsx-encrypted',
      'xlsx-missing-part',
      'xlsx-missing-relationship',
      'xlsx-too-large',
      'xlsx-too-many-cells',
      'xlsx-unreadable',
    ]);
    for (const p of problems) {
      for (const [t, locale] of [
        [tEn, 'en'],
        [tNb, 'nb'],
      ] as const) {
        const message = problemText(p, t, locale);
        expect(message, p.code).toMatch(/^fiendtlig\.xlsx/);
        expect(message, p.code).not.toMatch(/\(\)|“”|«»|\{\{|Unexpected error|Uventet feil/);
        if (p.value) expect(message, p.code).toContain(p.value);
      }
    }
    const tooLarge = problems.find((p) => p.code === 'xlsx-too-large');
    expect(tooLarge && problemText(tooLarge, tEn, 'en')).toBe(
      'fiendtlig.xlsx: The workbook unpacks to more than 100 MB (the largest part is “xl/worksheets/sheet1.xml”). It is refused to protect the browser.',
    );
  });
});

const NOW = '2026-01-01T00:00:00.000Z';

/** A map of `n` actors with phone numbers and a collaboration per actor, built directly. */
function bigDoc(n: number): MapDocument {
  const doc = makeMap(
    {
      name: 'Stort',
      focalName: 'Kulturskolen',
      templateId: template.id,
      focalSectorId: 'focal',
      focalTypeId: 'culture-school',
    },
    testMeta(),
  );
  const mapId = doc.map.id;
  const actors: Record<string, Actor> = {};
  const collaborations: Record<string, Collaboration> = {};
  for (let i = 0; i < n; i++) {
    const sector = template.sectors[i % template.sectors.length];
    actors[`a${i}`] = {
      ...(Object.values(doc.actors)[0] as Actor),
      id: `a${i}`,
      name: i === 0 ? 'Kulturskolen' : `Aktør ${i} på Ærøy`,
      sectorId: sector?.id ?? 'other',
      typeId: sector?.types[0]?.id ?? 'custom',
      description: `Samarbeid nr. ${i}`,
      tags: ['æøå', 'test'],
      contact: { name: 'Kari Nordmann', role: '', email: '', phone: `+47 ${10_000_000 + i}` },
      createdAt: NOW,
      updatedAt: NOW,
    };
    if (i > 0) {
      collaborations[`c${i}`] = {
        id: `c${i}`,
        mapId,
        sourceId: 'a0',
        targetId: `a${i}`,
        label: '',
        purposeIds: [],
        strength: 2,
        status: 'active',
        frequency: '',
        startDate: null,
        endDate: null,
        responsible: 'Kari Nordmann',
        notes: '',
        nextStep: '',
        nextStepDate: null,
        custom: {},
        createdAt: NOW,
        updatedAt: NOW,
      };
    }
  }
  return { ...doc, map: { ...doc.map, focalActorId: 'a0' }, actors, collaborations };
}

describe('ordinary workbooks pass the limits', () => {
  it('a map of 20,000 actors written by our own exporter', { timeout: 120_000 }, async () => {
    const bytes = new Uint8Array(
      await (await docToXlsx(bigDoc(20_000), template, 'nb')).arrayBuffer(),
    );
    const { zip } = unpackWorkbook({ name: 'stort.xlsx', bytes });
    const parts = unzipSync(zip);
    expect(Object.keys(parts).sort()).toEqual([
      'xl/_rels/workbook.xml.rels',
      'xl/sharedStrings.xml',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
    ]);
    expect(strFromU8(parts['xl/worksheets/sheet1.xml'] ?? new Uint8Array())).toContain(
      '<c r="A20001"',
    );
  });

  it('a small map imports in full', async () => {
    const doc = bigDoc(30);
    const back = await importAsNewMap([
      file('lite.xlsx', new Uint8Array(await (await docToXlsx(doc, template, 'en')).arrayBuffer())),
    ]);
    expect(Object.values(back.actors).map((a) => a.contact.phone)).toEqual(
      Object.values(doc.actors).map((a) => a.contact.phone),
    );
    expect(Object.keys(back.collaborations)).toHaveLength(29);
  });
});

describe('XLSX export writes text cells as text (issue 12, item 10)', () => {
  const meta = testMeta();
  const base = makeMap(
    {
      name: 'Test',
      focalName: 'Kulturskolen',
      templateId: template.id,
      focalSectorId: 'focal',
      focalTypeId: 'culture-school',
    },
    meta,
  );
  const { doc } = addActor(
    base,
    {
      name: '=SUM(1)',
      description: "'=already quoted",
      contact: { name: '@Kari', role: '-leder', email: '', phone: '+47 123 45 678' },
    },
    meta,
  );

  it('with no apostrophe, as plain text cells, and back again unchanged', async () => {
    const bytes = new Uint8Array(await (await docToXlsx(doc, template, 'nb')).arrayBuffer());
    const parts = unzipSync(bytes);
    const strings = strFromU8(parts['xl/sharedStrings.xml'] ?? new Uint8Array());
    const sheet = strFromU8(parts['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
    for (const value of ['+47 123 45 678', '=SUM(1)', '@Kari', '-leder']) {
      expect(strings).toContain(`<t>${value}</t>`);
      expect(strings).not.toContain(`<t>'${value}</t>`);
    }
    // A value the import would strip one apostrophe from gets one more.
    expect(strings).toContain("<t>''=already quoted</t>");
    // Every cell is a shared string: text, never a formula.
    expect(sheet).not.toMatch(/<f>|<f /);
    expect(sheet.match(/<c [^>]*>/g)?.every((c) => c.includes('t="s"'))).toBe(true);
    const back = await importAsNewMap([file('k.xlsx', bytes)]);
    const actor = Object.values(back.actors).find((a) => a.name === '=SUM(1)');
    expect(actor?.description).toBe("'=already quoted");
    expect(actor?.contact).toMatchObject({
      name: '@Kari',
      role: '-leder',
      phone: '+47 123 45 678',
    });
  });

  it('CSV export still escapes the same cells', () => {
    const csv = docToCsv(doc, template, 'en');
    const rows = Papa.parse<string[]>(csv.actors.slice(1)).data;
    const row = rows.find((r) => r[0] === "'=SUM(1)");
    expect(row).toBeDefined();
    expect(row).toContain("'+47 123 45 678");
    expect(row).toContain("'@Kari");
    expect(row).toContain("'-leder");
  });

  it('XLSX files from earlier versions, with the apostrophe, still import without it', async () => {
    const rows = `<row r="1">${text('A1', 'Navn')}${text('B1', 'Telefon')}</row><row r="2">${text('A2', 'Kulturskolen')}${text('B2', "'+47 123 45 678")}</row>`;
    const result = await parseImport(
      [file('gammel.xlsx', workbook({ parts: { [SHEET1]: sheetXml(rows) } }))],
      template,
    );
    expect(result.ok && result.value.kind === 'graph' && result.value.actors[0]?.contact).toEqual({
      phone: '+47 123 45 678',
    });
  });
});
