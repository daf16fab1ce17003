/**
 * Template version 2 in spreadsheets: "Aldersgrupper", "Ekstra roller", "Neste steg" and
 * "Neste steg dato" are written in the export language and read back from either language.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { addActor, addCollaboration } from '../../../src/domain/commands';
import { makeMap } from '../../../src/domain/factory';
import type { MapDocument } from '../../../src/domain/types';
import { docToCsv, planImport } from '../../../src/io/import';
import { testMeta } from '../../fixtures/meta';
import { template } from './arbitrary';
import { file, graphOf, importAsNewMap } from './helpers';

function countyMap(): MapDocument {
  const meta = testMeta();
  let doc = makeMap(
    {
      name: 'Kulturskolen i Testby',
      focalName: 'Kulturskolen i Testby',
      templateId: template.id,
      focalSectorId: 'focal',
      focalTypeId: 'culture-school',
    },
    meta,
  );
  const county = addActor(
    doc,
    {
      name: 'Vestland fylkeskommune',
      sectorId: 'politics',
      typeId: 'county',
      extraTypeIds: ['dks', 'regional-funds'],
      ageGroups: ['children', 'youth'],
    },
    meta,
  );
  doc = county.doc;
  const link = addCollaboration(
    doc,
    {
      sourceId: doc.map.focalActorId as string,
      targetId: county.actor.id,
      nextStep: 'Søke DKS-midler',
      nextStepDate: '2027-02-01',
    },
    meta,
  );
  return link?.doc ?? doc;
}

const rows = (csv: string) =>
  Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true }).data;

describe('age groups, extra roles and next steps in spreadsheets', () => {
  it('writes them in bokmål with the template labels', () => {
    const csv = docToCsv(countyMap(), template, 'nb');
    const county = rows(csv.actors).find((r) => r.Navn === 'Vestland fylkeskommune');
    expect(county?.Aldersgrupper).toBe('Barn|Ungdom');
    expect(county?.['Ekstra roller']).toBe('Den kulturelle skolesekken|Regionale utviklingsmidler');
    const [link] = rows(csv.collaborations);
    expect(link?.['Neste steg']).toBe('Søke DKS-midler');
    expect(link?.['Neste steg dato']).toBe('2027-02-01');
  });

  it('reads them back in English too, into the same ids', async () => {
    const csv = docToCsv(countyMap(), template, 'en');
    expect(rows(csv.actors)[1]?.['Extra roles']).toBe(
      'School culture programme (DKS)|Regional development funds',
    );
    const back = await importAsNewMap([
      file('actors.csv', csv.actors),
      file('collaborations.csv', csv.collaborations),
    ]);
    const county = Object.values(back.actors).find((a) => a.name === 'Vestland fylkeskommune');
    expect(county).toMatchObject({
      ageGroups: ['children', 'youth'],
      extraTypeIds: ['dks', 'regional-funds'],
    });
    const [link] = Object.values(back.collaborations);
    expect(link).toMatchObject({ nextStep: 'Søke DKS-midler', nextStepDate: '2027-02-01' });
  });

  it('skips an unknown age group or role with a warning that names the row and column', async () => {
    const csv = [
      'Navn;Aldersgrupper;Ekstra roller',
      'Fylket;ungdom|tenåringer|Eldre;DKS-arrangør|Den kulturelle skolesekken|dks',
    ].join('\n');
    const graph = await graphOf([file('aktorer.csv', csv)]);
    // Known values in the template's order, each role once.
    expect(graph.actors[0]).toMatchObject({
      ageGroups: ['youth', 'seniors'],
      extraTypeIds: ['dks'],
    });
    expect(graph.warnings).toContainEqual({
      code: 'unknown-age-group',
      file: 'aktorer.csv',
      row: 2,
      field: 'Aldersgrupper',
      value: 'tenåringer',
    });
    expect(graph.warnings).toContainEqual({
      code: 'unknown-role',
      file: 'aktorer.csv',
      row: 2,
      field: 'Ekstra roller',
      value: 'DKS-arrangør',
    });
  });

  it('refuses the culture school itself as an extra role', async () => {
    const csv = 'Navn;Ekstra roller\nFylket;Kulturskole\n';
    const graph = await graphOf([file('aktorer.csv', csv)]);
    expect(graph.actors[0]?.extraTypeIds).toEqual([]);
    expect(graph.warnings.map((w) => w.code)).toContain('unknown-role');
  });

  it('a bad next-step date warns and leaves the date empty, keeping the text', async () => {
    const csv = 'Fra;Til;Neste steg;Neste steg dato\nA;B;Ringe rektor;snart\n';
    const graph = await graphOf([file('samarbeid.csv', csv)]);
    expect(graph.collaborations[0]).toMatchObject({ nextStep: 'Ringe rektor' });
    expect(graph.collaborations[0]?.nextStepDate).toBeUndefined();
    expect(graph.warnings).toContainEqual(
      expect.objectContaining({ code: 'invalid-date', field: 'Neste steg dato', value: 'snart' }),
    );
  });

  it('a merge adds roles and age groups, never takes one away', async () => {
    const base = countyMap();
    const csv = 'Navn;Aldersgrupper;Ekstra roller\nVestland fylkeskommune;Voksne;Kulturrådet\n';
    const graph = await graphOf([file('aktorer.csv', csv)]);
    const plan = planImport(graph, base, template, testMeta(), { mapName: '' });
    if (!plan.ok) throw new Error(JSON.stringify(plan.error));
    const county = Object.values(plan.value.doc.actors).find(
      (a) => a.name === 'Vestland fylkeskommune',
    );
    expect(county?.ageGroups).toEqual(['children', 'youth', 'adults']);
    expect(county?.extraTypeIds).toEqual(['dks', 'regional-funds', 'arts-council']);
  });
});
