import { describe, expect, it } from 'vitest';
import templateJson from '../../data/templates/kulturskole.json';
import { guessType } from '../../src/domain/template';
import type { Template } from '../../src/domain/types';
import { templateSchema } from '../../src/schema/schemas';

/** Everyday names of partners in Norwegian municipalities, guessed with the real template. */
const template = templateSchema.parse(templateJson) as Template;

type Case = [name: string, sectorId: string, typeId: string];

const cases = (sectorId: string, typeId: string, names: string[]): Case[] =>
  names.map((name) => [name, sectorId, typeId]);

describe('guessType on everyday municipal names', () => {
  it.each(
    cases('health-welfare', 'elderly-care', [
      'Fjellheim bo- og behandlingssenter',
      'Bo- og behandlingssenteret',
      'Solbakken omsorgssenter',
      'Nordby helse- og omsorgssenter',
      'Lillevik sykehjem',
      'Sandnessjøen sykehjem',
      'Eldresenteret',
    ]),
  )('%s → %s / %s', (name, sectorId, typeId) => {
    expect(guessType(template, name)).toEqual({ sectorId, typeId });
  });

  it.each(
    cases('health-welfare', 'public-health', [
      'Helsestasjonen for ungdom',
      'Breivika helsestasjon',
      'Kommunepsykologen',
      'Kommunepsykologtjenesten i Eksempel',
      // "skolehelsetjeneste" is longer than "skole", so this is no longer read as a school.
      'Helsestasjon og skolehelsetjenesten',
      'Frisklivssentralen',
    ]),
  )('%s → %s / %s', (name, sectorId, typeId) => {
    expect(guessType(template, name)).toEqual({ sectorId, typeId });
  });

  it.each(
    cases('voluntary', 'religious-community', [
      'Nordby menighet',
      'Pinsemenigheten Filadelfia',
      'St. Olav katolske menighet',
      'Tromsø domkirke',
      'Elverhøy kirke',
      'Den norske kirke i Eksempel',
      'Frikirken',
      'Ørsta kyrkje',
      'Nordby moské',
      'Human-Etisk Forbund Troms',
      'Tros- og livssynssamfunn i Eksempel',
    ]),
  )('%s → %s / %s', (name, sectorId, typeId) => {
    expect(guessType(template, name)).toEqual({ sectorId, typeId });
  });

  it.each(
    cases('business-funding', 'business', [
      'Fjordbakeriet AS',
      'Nordlys Bakeri',
      'Hansen & Sønn',
      'Berg&Co',
      'Equinor ASA',
      'Nordby Elektro AS',
      'AS Eksempel Trelast',
      'Eksempel næringsforening',
    ]),
  )('%s → %s / %s', (name, sectorId, typeId) => {
    expect(guessType(template, name)).toEqual({ sectorId, typeId });
  });
});

describe('guessType knows the names issue 13 found missing', () => {
  it.each<Case>([
    ['Idrettslaget', 'voluntary', 'sports'],
    ['Lokalavisa', 'events', 'local-media'],
    ['Den norske kirke', 'voluntary', 'religious-community'],
    ['Kulturkontoret', 'politics', 'administration'],
    ['Kultursjefen', 'politics', 'administration'],
    ['Eksempel videregående skole', 'education', 'upper-secondary'],
    ['Musikk, dans og drama ved Eksempel videregående skole', 'education', 'upper-secondary-arts'],
    ['Nordby ungdomsskole', 'education', 'lower-secondary-school'],
    ['Haugen barneskole', 'education', 'primary-school'],
    ['Ungdomsrådet', 'politics', 'youth-council'],
    ['Den kulturelle spaserstokken', 'culture', 'spaserstokken'],
  ])('%s → %s / %s', (name, sectorId, typeId) => {
    expect(guessType(template, name)).toEqual({ sectorId, typeId });
  });
});

describe('guessType keeps the names it already got right', () => {
  it.each<Case>([
    // "kirke" sits inside the town's name; the longer or earlier keyword still wins.
    ['Kirkenes kulturskole', 'focal', 'culture-school'],
    ['Kirkenes skole', 'education', 'primary-school'],
    ['Kirkenes barnehage', 'education', 'kindergarten'],
    ['Nordby menighetsbarnehage', 'education', 'kindergarten'],
    ['Kirkens Bymisjon', 'integration', 'humanitarian'],
    // A bank name is the savings-bank foundation; a legal form only decides when no keyword does.
    ['Sparebankstiftelsen Eksempel', 'business-funding', 'savings-bank-foundation'],
    ['Sparebank 1 Nord-Norge ASA', 'business-funding', 'savings-bank-foundation'],
    ['Øyafestivalen AS', 'events', 'festival'],
    ['Kulturhuset', 'culture', 'venue'],
    ['Kulturhuset i Eksempel AS', 'culture', 'venue'],
    ['Kommunestyret i Eksempel kommune', 'politics', 'politicians'],
    ['Ås skole', 'education', 'primary-school'],
    ['NAV Eksempel', 'health-welfare', 'nav'],
    ['PPT-tjenesten', 'education', 'ppt'],
    ['Asylmottaket', 'integration', 'asylum-centre'],
  ])('%s → %s / %s', (name, sectorId, typeId) => {
    expect(guessType(template, name)).toEqual({ sectorId, typeId });
  });

  it.each([
    // No keyword, and "AS"/"ASA" only count as words of their own in capitals.
    'Kystlaget Brattøra',
    'Aspvik gård',
    'Vasa bil',
    'Nordby as',
    'Ola Nordmann',
  ])('%s → no guess', (name) => {
    expect(guessType(template, name)).toBeNull();
  });
});
