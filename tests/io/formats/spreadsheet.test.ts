/** CSV and XLSX specifics: encodings, delimiters, Kumu headers, labels, formula escaping. */
import JSZip from 'jszip';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { addActor } from '../../../src/domain/commands';
import { makeMap } from '../../../src/domain/factory';
import { docToCsv, docToXlsx, parseImport } from '../../../src/io/import';
import { testMeta } from '../../fixtures/meta';
import { template } from './arbitrary';
import { file, graphOf, importAsNewMap } from './helpers';

/** "Ærfuglen", "Østre kor", "Åsen skole", "Blåbær og smør" in Windows-1252, `;`-separated. */
function cp1252Csv(): Uint8Array {
  const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
  return new Uint8Array([
    ...ascii('Navn;Sektor;Beskrivelse\r\n'),
    0xc6,
    ...ascii('rfuglen;Frivillighet og fritid;Kor\r\n'),
    0xd8,
    ...ascii('stre kor;;\r\n'),
    0xc5,
    ...ascii('sen skole;;\r\n'),
    ...ascii('Bl'),
    0xe5,
    ...ascii('b'),
    0xe6,
    ...ascii('r og sm'),
    0xf8,
    ...ascii('r;;Kafe; "bl'),
    0xe5,
    ...ascii('"\r\n'),
  ]);
}

describe('CSV reading', () => {
  it('a Windows-1252, semicolon-separated file keeps æøå', async () => {
    const graph = await graphOf([file('aktorer.csv', cp1252Csv())]);
    expect(graph.actors.map((a) => a.name)).toEqual([
      'Ærfuglen',
      'Østre kor',
      'Åsen skole',
      'Blåbær og smør',
    ]);
    expect(graph.actors[0]?.sectorId).toBe('voluntary');
    expect(graph.warnings).toContainEqual({
      code: 'encoding-fallback',
      file: 'aktorer.csv',
      value: 'windows-1252',
    });
  });

  it('UTF-8 with BOM, UTF-16 with tabs (Excel "Unicode text") and CRLF all read', async () => {
    const utf8 = await graphOf([file('a.csv', '\uFEFFLabel,Type\r\nBiblioteket,library\r\n')]);
    expect(utf8.actors[0]).toMatchObject({ name: 'Biblioteket', typeId: 'library' });
    const text = '\uFEFFNavn\tStikkord\r\nÅs skole\tkor|korps\r\n';
    const utf16 = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      utf16[i * 2] = text.charCodeAt(i) & 0xff;
      utf16[i * 2 + 1] = text.charCodeAt(i) >> 8;
    }
    const g = await graphOf([file('a.txt', utf16)]);
    expect(g.actors[0]).toMatchObject({ name: 'Ås skole', tags: ['kor', 'korps'] });
  });

  it('reads ids or labels in nb or en, any case, and Kumu kinds in Type', async () => {
    const actors = [
      'Label,Type,Sector,Tags,Power,Interest,Contact,Email,Farge',
      'Kulturskolen,KULTURSKOLE,,,,,,,',
      'Biblioteket,Library,,lesing | språk,4,5,Kari,kari@example.no,blå',
      'Ola Nordmann,Person,,,,,,,',
      'Fotballklubben,,Frivillighet og fritid,,9,,,,',
    ].join('\n');
    const links = [
      'Fra;Til;Styrke;Status;Formål;Start;Slutt;Type',
      'Kulturskolen;Biblioteket;sterk;på pause;Inkludering og integrering|FUNDING;01.02.2024;2024-12-31;Avtale',
      'Kulturskolen;ola nordmann;Weak;Planned;breadth;;;',
      'Kulturskolen;Fotballklubben;7;kanskje;ukjent;31.02.2024;;',
    ].join('\n');
    const g = await graphOf([file('a.csv', actors), file('s.csv', links)]);
    expect(g.focalKey).toBe(g.actors[0]?.key);
    expect(g.needsFocal).toBe(false);
    expect(g.actors.map((a) => [a.kind, a.sectorId, a.typeId])).toEqual([
      [undefined, 'focal', 'culture-school'],
      [undefined, 'culture', 'library'],
      ['person', 'custom', 'custom'],
      [undefined, 'voluntary', 'custom'],
    ]);
    expect(g.actors[1]).toMatchObject({
      tags: ['lesing', 'språk'],
      power: 4,
      interest: 5,
      contact: { name: 'Kari', email: 'kari@example.no' },
      custom: { Farge: 'blå' },
    });
    expect(g.collaborations[0]).toMatchObject({
      strength: 3,
      status: 'paused',
      purposeIds: ['inclusion', 'funding'],
      startDate: '2024-02-01',
      endDate: '2024-12-31',
      custom: { Type: 'Avtale' },
    });
    expect(g.collaborations[1]).toMatchObject({
      strength: 1,
      status: 'planned',
      purposeIds: ['breadth'],
    });
    const codes = g.warnings.map((w) => [w.code, w.row, w.field, w.value]);
    expect(codes).toEqual([
      ['invalid-score', 5, 'Power', '9'],
      ['invalid-strength', 4, 'Styrke', '7'],
      ['invalid-status', 4, 'Status', 'kanskje'],
      ['unknown-purpose', 4, 'Formål', 'ukjent'],
      ['invalid-date', 4, 'Start', '31.02.2024'],
    ]);
  });

  it('without a Type column, types are guessed from names; without a culture school, needsFocal', async () => {
    const g = await graphOf([file('a.csv', 'Label\nBiblioteket\nAsylmottaket\nLokalbanken\n')]);
    expect(g.actors.map((a) => a.typeId)).toEqual(['library', 'asylum-centre', 'custom']);
    expect(g.needsFocal).toBe(true);
  });

  it('a collaborations file alone makes its actors from the names (as Kumu does)', async () => {
    const g = await graphOf([
      file('s.csv', 'From,To\nKulturskolen,Biblioteket\nbiblioteket,NAV\n'),
    ]);
    expect(g.actors.map((a) => a.name)).toEqual(['Kulturskolen', 'Biblioteket', 'NAV']);
    expect(g.collaborations.map((c) => [c.source, c.target])).toEqual([
      ['a0', 'a1'],
      ['a1', 'a2'],
    ]);
    expect(g.focalKey).toBe('a0');
  });

  it('`|` and `\\` inside a list value round-trip through the `\\|` escape', async () => {
    const g = await graphOf([file('a.csv', 'Label,Tags\nA,a\\|b|c\\\\|d\n')]);
    expect(g.actors[0]?.tags).toEqual(['a|b', 'c\\', 'd']);
  });
});

describe('XLSX reading', () => {
  it("Kumu's Elements/Connections sheets, typed cells, other sheets ignored", async () => {
    const { default: writeXlsxFile } = await import('write-excel-file/universal');
    const blob = await writeXlsxFile([
      { sheet: 'Notater', data: [['Husk å ringe'], ['Kari']] },
      {
        sheet: 'Elements',
        data: [
          ['Label', 'Type', 'Power'],
          ['Kulturskolen', 'Culture school', 4],
          ['Biblioteket', 'Bibliotek', null],
        ],
      },
      {
        sheet: 'Connections',
        data: [
          ['From', 'To', 'Start', 'Strength'],
          [
            'Kulturskolen',
            'Biblioteket',
            { value: new Date(Date.UTC(2024, 7, 15)), type: Date, format: 'dd.mm.yyyy' },
            3,
          ],
        ],
      },
    ]).toBlob();
    const progress: number[] = [];
    const result = await parseImport(
      [file('kumu.xlsx', new Uint8Array(await blob.arrayBuffer()))],
      template,
      { onProgress: (f) => progress.push(f) },
    );
    if (!result.ok || result.value.kind !== 'graph') throw new Error(JSON.stringify(result));
    const g = result.value;
    expect(g.actors).toMatchObject([
      {
        name: 'Kulturskolen',
        typeId: 'culture-school',
        power: 4,
        origin: { sheet: 'Elements', row: 2 },
      },
      { name: 'Biblioteket', typeId: 'library' },
    ]);
    expect(g.collaborations).toMatchObject([{ startDate: '2024-08-15', strength: 3 }]);
    expect(g.warnings).toEqual([
      { code: 'ignored-sheet', file: 'kumu.xlsx', sheet: 'Notater', value: 'Husk å ringe' },
    ]);
    expect(progress.at(-1)).toBe(1);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
  });
});

describe('formula-like cells on export: escaped in CSV, text cells in XLSX', () => {
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
  const { doc } = addActor(base, { name: '=HYPERLINK("x")', description: '@SUM(A1)' }, meta);

  it('CSV: the cell starts with an apostrophe, and import takes it off again', async () => {
    const csv = docToCsv(doc, template, 'en');
    expect(csv.actors.startsWith('\uFEFFLabel,ID,')).toBe(true);
    expect(csv.actors.endsWith('\r\n')).toBe(true);
    const rows = Papa.parse<string[]>(csv.actors.slice(1)).data;
    expect(rows[2]?.[0]).toBe('\'=HYPERLINK("x")');
    expect(rows[2]?.[5]).toBe("'@SUM(A1)");
    const back = await importAsNewMap([
      file('a.csv', csv.actors),
      file('s.csv', csv.collaborations),
    ]);
    expect(Object.values(back.actors).map((a) => a.name)).toContain('=HYPERLINK("x")');
  });

  it('XLSX: text cells hold the text as typed, in sheets named for the language', async () => {
    const blob = await docToXlsx(doc, template, 'nb');
    const zip = await JSZip.loadAsync(await blob.arrayBuffer());
    const xml = (
      await Promise.all(
        Object.keys(zip.files)
          .filter((n) => n.startsWith('xl/'))
          .map((n) => zip.file(n)?.async('string') ?? ''),
      )
    ).join('\n');
    // A text cell is never a formula in XLSX, so it needs no apostrophe (issue 12, item 10).
    expect(xml).toContain('<t>=HYPERLINK("x")</t>');
    expect(xml).toContain('<t>@SUM(A1)</t>');
    expect(xml).not.toContain("'=HYPERLINK");
    expect(xml).not.toMatch(/<f>/);
    expect(xml).toContain('name="Aktører"');
    expect(xml).toContain('name="Samarbeid"');
    const back = await importAsNewMap([file('k.xlsx', new Uint8Array(await blob.arrayBuffer()))]);
    const actor = Object.values(back.actors).find((a) => a.name === '=HYPERLINK("x")');
    expect(actor?.description).toBe('@SUM(A1)');
  });

  it('XLSX: texts that are names of built-ins (toString, __proto__, …) come back as typed', async () => {
    const names = ['toString', '__proto__', 'constructor', 'hasOwnProperty', 'valueOf'];
    let next = base;
    for (const name of names) next = addActor(next, { name, description: 'valueOf' }, meta).doc;
    const blob = await docToXlsx(next, template, 'en');
    const zip = await JSZip.loadAsync(await blob.arrayBuffer());
    const shared = (await zip.file('xl/sharedStrings.xml')?.async('string')) ?? '';
    expect(shared).not.toContain('native code');
    expect(shared).not.toContain('\uE000');
    const back = await importAsNewMap([file('k.xlsx', new Uint8Array(await blob.arrayBuffer()))]);
    const actors = Object.values(back.actors);
    expect(actors.map((a) => a.name)).toEqual(expect.arrayContaining(names));
    expect(actors.find((a) => a.name === 'toString')?.description).toBe('valueOf');
  });
});
