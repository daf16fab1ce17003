import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { AGE_GROUPS, type Locale, type MapDocument, STATUSES } from '../../../src/domain/types';
import { docToCsv, docToXlsx } from '../../../src/io/import';
import {
  ageGroupLabel,
  readAgeGroup,
  readStatus,
  statusLabel,
  templateLookup,
} from '../../../src/io/import/values';
import { BIG, docArb, template } from './arbitrary';
import { carried, file, importAsNewMap } from './helpers';

/** Issue 14: spreadsheets written in nynorsk come back whole, and import reads all three languages. */
const LOCALES: Locale[] = ['nb', 'nn', 'en'];
const RUNS = { numRuns: 15 };

/** Custom fields named like nynorsk columns must stay custom fields. */
const withNynorskNamedFields = (doc: MapDocument): MapDocument => ({
  ...doc,
  actors: Object.fromEntries(
    Object.entries(doc.actors).map(([id, a]) => [
      id,
      { ...a, custom: { ...a.custom, Namn: 'eige felt', Skildring: 'anna' } },
    ]),
  ),
  collaborations: Object.fromEntries(
    Object.entries(doc.collaborations).map(([id, c]) => [
      id,
      { ...c, custom: { ...c.custom, Frå: 'eige felt', Føremål: 'x' } },
    ]),
  ),
});

async function viaCsv(doc: MapDocument, locale: Locale) {
  const csv = docToCsv(doc, template, locale);
  return importAsNewMap([
    file('aktørar.csv', csv.actors),
    file('samarbeid.csv', csv.collaborations),
  ]);
}

async function viaXlsx(doc: MapDocument, locale: Locale) {
  const blob = await docToXlsx(doc, template, locale);
  return importAsNewMap([file('kart.xlsx', new Uint8Array(await blob.arrayBuffer()))]);
}

describe('nynorsk spreadsheets', { timeout: 60_000 }, () => {
  it('CSV in nn carries every column', async () => {
    await fc.assert(
      fc.asyncProperty(docArb, async (doc) => {
        expect(carried(await viaCsv(doc, 'nn'))).toEqual(carried(doc));
      }),
      { ...RUNS, examples: [[BIG]] },
    );
  });

  it('XLSX in nn carries every column', async () => {
    await fc.assert(
      fc.asyncProperty(docArb, async (doc) => {
        expect(carried(await viaXlsx(doc, 'nn'))).toEqual(carried(doc));
      }),
      { ...RUNS, examples: [[BIG]] },
    );
  });

  it('keeps custom fields named like nynorsk columns, in all three languages', async () => {
    await fc.assert(
      fc.asyncProperty(
        docArb.map(withNynorskNamedFields),
        fc.constantFrom(...LOCALES),
        async (doc, locale) => {
          expect(carried(await viaCsv(doc, locale))).toEqual(carried(doc));
          expect(carried(await viaXlsx(doc, locale))).toEqual(carried(doc));
        },
      ),
      { numRuns: 6 },
    );
  });

  it('writes nynorsk headers, labels and sheet names', async () => {
    const doc = fc.sample(
      docArb.filter((d) => Object.keys(d.collaborations).length > 0),
      {
        numRuns: 1,
        seed: 14,
      },
    )[0] as MapDocument;
    const csv = docToCsv(doc, template, 'nn');
    expect(csv.actors.split('\r\n')[0]).toMatch(
      /^\uFEFFNamn,ID,Art,Type,Sektor,Skildring,Stikkord,Påverknad,Interesse,Kontakt,Rolle,E-post,Telefon,Aldersgrupper,Ekstra roller/,
    );
    expect(csv.collaborations.split('\r\n')[0]).toMatch(
      /^\uFEFFFrå,Til,ID,Etikett,Styrke,Status,Føremål,Kor ofte,Start,Slutt,Ansvarleg,Notat,Neste steg,Dato for neste steg/,
    );
    const blob = await docToXlsx(doc, template, 'nn');
    const zip = await JSZip.loadAsync(await blob.arrayBuffer());
    const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
    expect(workbook).toContain('name="Aktørar"');
    expect(workbook).toContain('name="Samarbeid"');
  });

  it('reads every nn label of the template back as its own type, sector and purpose', () => {
    const lookup = templateLookup(template);
    for (const s of template.sectors) {
      expect(lookup.sector(s.labels.nn), s.labels.nn).toBe(s.id);
      for (const t of s.types) {
        expect(lookup.type(t.labels.nn), t.labels.nn).toEqual({ sectorId: s.id, typeId: t.id });
      }
    }
    expect(lookup.type(template.focal.labels.nn)).toEqual(lookup.focal);
    expect(lookup.sector(template.focal.sectorLabels.nn)).toBe(template.focal.sectorId);
    for (const p of template.purposes) expect(lookup.purpose(p.labels.nn), p.labels.nn).toBe(p.id);
    // Case and spacing do not count, as for nb and en.
    expect(lookup.type('  barneskular ')?.typeId).toBe('primary-school');
  });

  it('reads nn statuses and age groups, and writes their own words', () => {
    for (const s of STATUSES) expect(readStatus(statusLabel(s, 'nn'))).toBe(s);
    for (const g of AGE_GROUPS) expect(readAgeGroup(ageGroupLabel(g, 'nn'))).toBe(g);
    expect(statusLabel('ended', 'nn')).toBe('Avslutta');
    expect(ageGroupLabel('adults', 'nn')).toBe('Vaksne');
  });
});
