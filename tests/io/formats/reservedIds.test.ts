/**
 * Issue 12, item 1: `__proto__`, `constructor` and `prototype` are refused as an actor ID or a
 * collaboration's From, To or ID, in CSV, XLSX and Samspill JSON, naming the file, sheet and row.
 */
import { describe, expect, it } from 'vitest';
import { mapToJson, parseImport } from '../../../src/io/import';
import { BIG, template } from './arbitrary';
import { expectProblem, file } from './helpers';
import { xlsxOf } from './xlsxFixture';

const RESERVED = ['__proto__', 'constructor', 'prototype'] as const;

const protoNames = () => Object.getOwnPropertyNames(Object.prototype).sort();
const before = protoNames();
const untouched = () => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(protoNames()).toEqual(before);
};

describe('reserved ids in CSV', () => {
  it.each(RESERVED)('an actor ID %s is refused with its file, row and column', async (id) => {
    const actors = `Navn;ID\nKulturskolen;k\nBiblioteket;${id}\n`;
    await expectProblem([file('aktorer.csv', actors)], {
      code: 'reserved-id',
      file: 'aktorer.csv',
      row: 3,
      field: 'ID',
      value: id,
    });
    untouched();
  });

  it.each(RESERVED)('a From, To or collaboration ID %s is refused', async (id) => {
    const actors = file('aktorer.csv', 'Label,ID\nKulturskolen,k\nBiblioteket,b\n');
    const links = (rows: string) => file('samarbeid.csv', `From,To,ID\n${rows}`);
    await expectProblem([actors, links(`k,b,s1\n${id},b,s2\n`)], {
      code: 'reserved-id',
      file: 'samarbeid.csv',
      row: 3,
      field: 'From',
      value: id,
    });
    await expectProblem([actors, links(`k,${id},s1\n`)], {
      code: 'reserved-id',
      row: 2,
      field: 'To',
      value: id,
    });
    await expectProblem([actors, links(`k,b,${id}\n`)], {
      code: 'reserved-id',
      row: 2,
      field: 'ID',
      value: id,
    });
    // Without an actors table a From/To name would become an actor: refused all the same.
    await expectProblem([file('s.csv', `Fra;Til\nKulturskolen;${id}\n`)], {
      code: 'reserved-id',
      file: 's.csv',
      row: 2,
      field: 'Til',
    });
    untouched();
  });

  it('names that only look alike are fine: toString, hasOwnProperty, Constructor', async () => {
    const actors = file('a.csv', 'Label,ID\nA,toString\nB,hasOwnProperty\nC,Constructor\n');
    const links = file('s.csv', 'From,To\ntoString,hasOwnProperty\nConstructor,toString\n');
    const result = await parseImport([actors, links], template);
    expect(result.ok).toBe(true);
    if (result.ok && result.value.kind === 'graph') {
      expect(result.value.actors.map((a) => a.sourceId)).toEqual([
        'toString',
        'hasOwnProperty',
        'Constructor',
      ]);
      const [first, second] = result.value.collaborations;
      expect([first?.source, first?.target, second?.source, second?.target]).toEqual([
        'a0',
        'a1',
        'a2',
        'a0',
      ]);
    }
    untouched();
  });
});

describe('reserved ids in XLSX rows', () => {
  it('an actor ID names the file, sheet and row', async () => {
    const bytes = xlsxOf([
      {
        name: 'Aktører',
        rows: [
          ['Navn', 'ID'],
          ['Kulturskolen', 'k'],
          ['Biblioteket', 'b'],
          ['NAV', 'constructor'],
        ],
      },
    ]);
    await expectProblem([file('kart.xlsx', bytes)], {
      code: 'reserved-id',
      file: 'kart.xlsx',
      sheet: 'Aktører',
      row: 4,
      field: 'ID',
      value: 'constructor',
    });
    untouched();
  });

  it('a From, To or collaboration ID names the sheet and row', async () => {
    const actors = {
      name: 'Aktører',
      rows: [
        ['Navn', 'ID'],
        ['Kulturskolen', 'k'],
        ['Biblioteket', 'b'],
      ],
    };
    const links = (row: string[]) => ({
      name: 'Samarbeid',
      rows: [['Fra', 'Til', 'ID'], ['k', 'b', 's1'], row],
    });
    await expectProblem([file('kart.xlsx', xlsxOf([actors, links(['b', '__proto__', 's2'])]))], {
      code: 'reserved-id',
      file: 'kart.xlsx',
      sheet: 'Samarbeid',
      row: 3,
      field: 'Til',
      value: '__proto__',
    });
    await expectProblem([file('kart.xlsx', xlsxOf([actors, links(['b', 'k', 'prototype'])]))], {
      code: 'reserved-id',
      sheet: 'Samarbeid',
      row: 3,
      field: 'ID',
      value: 'prototype',
    });
    untouched();
  });
});

describe('reserved ids in Samspill JSON', () => {
  it('a map whose actor id is __proto__ is refused, naming the row (its place in the file)', async () => {
    const json = JSON.parse(mapToJson(BIG));
    const index = 2;
    const id = json.actors[index].id as string;
    json.actors[index].id = '__proto__';
    // Its collaborations follow it, so only the id itself is wrong.
    for (const c of json.collaborations) {
      if (c.sourceId === id) c.sourceId = '__proto__';
      if (c.targetId === id) c.targetId = '__proto__';
    }
    const result = await expectProblem([file('kart.samspill.json', JSON.stringify(json))], {
      code: 'invalid-field',
      file: 'kart.samspill.json',
    });
    if (!result.ok) expect(result.error.field).toBe(`actors[${index}].id`);
    untouched();
  });
});
