import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MapDocument } from '../../../src/domain/types';
import {
  backupToJson,
  docToCsv,
  docToGexf,
  docToGraphml,
  docToXlsx,
  mapToJson,
} from '../../../src/io/import';
import { BIG, docArb, template } from './arbitrary';
import { carried, file, importAsNewMap, parsed } from './helpers';

const RUNS = { numRuns: 15 };
/** Every property also runs once on a map of exactly 500 actors. */
const big = <T extends unknown[]>(
  ...rest: T
): { numRuns: number; examples: [MapDocument, ...T][] } => ({
  ...RUNS,
  examples: [[BIG, ...rest]],
});

describe('format round trips (property)', { timeout: 60_000 }, () => {
  it('JSON backup gives back every map and snapshot unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(docArb, async (doc) => {
        const snapshot = {
          id: 's1',
          mapId: doc.map.id,
          name: 'Før workshop',
          createdAt: doc.map.createdAt,
          document: doc,
        };
        const json = backupToJson(
          [{ doc, snapshots: [snapshot] }],
          template,
          '2026-02-01T10:00:00.000Z',
        );
        const value = await parsed([file('backup.samspill.json', json)]);
        expect(value.kind).toBe('native');
        if (value.kind !== 'native') return;
        expect(value.maps).toHaveLength(1);
        expect(value.maps[0]?.doc).toEqual(doc);
        expect(value.maps[0]?.snapshots).toEqual([snapshot]);
        expect(value.templates).toEqual([template]);
      }),
      big(),
    );
  });

  it('a single-map JSON file imports', async () => {
    await fc.assert(
      fc.asyncProperty(docArb, async (doc) => {
        const value = await parsed([file('kart.samspill.json', mapToJson(doc))]);
        expect(value.kind === 'native' && value.maps[0]?.doc).toEqual(doc);
      }),
      { numRuns: 5 },
    );
  });

  it('CSV (nb and en) carries every column', async () => {
    await fc.assert(
      fc.asyncProperty(docArb, fc.constantFrom('nb' as const, 'en' as const), async (doc, lang) => {
        const csv = docToCsv(doc, template, lang);
        const back = await importAsNewMap([
          file('aktorer.csv', csv.actors),
          file('samarbeid.csv', csv.collaborations),
        ]);
        expect(carried(back)).toEqual(carried(doc));
      }),
      big<['nb' | 'en']>('nb'),
    );
  });

  it('XLSX carries every column', async () => {
    await fc.assert(
      fc.asyncProperty(docArb, fc.constantFrom('nb' as const, 'en' as const), async (doc, lang) => {
        const blob = await docToXlsx(doc, template, lang);
        const back = await importAsNewMap([
          file('kart.xlsx', new Uint8Array(await blob.arrayBuffer())),
        ]);
        expect(carried(back)).toEqual(carried(doc));
      }),
      big<['nb' | 'en']>('en'),
    );
  });

  it('GEXF carries every column and positions', async () => {
    await fc.assert(
      fc.asyncProperty(docArb, async (doc) => {
        const back = await importAsNewMap([file('kart.gexf', await docToGexf(doc))]);
        expect(carried(back, { positions: true })).toEqual(carried(doc, { positions: true }));
      }),
      big(),
    );
  });

  it('GraphML carries every column and positions (line breaks as LF)', async () => {
    await fc.assert(
      fc.asyncProperty(docArb, async (doc) => {
        const back = await importAsNewMap([file('kart.graphml', await docToGraphml(doc))]);
        const opts = { positions: true, lf: true };
        expect(carried(back, opts)).toEqual(carried(doc, opts));
      }),
      big(),
    );
  });
});
