import { describe, expect, it } from 'vitest';
import templateJson from '../../data/templates/kulturskole.json';
import { guessType } from '../../src/domain/template';
import type { Template } from '../../src/domain/types';
import { templateSchema } from '../../src/schema/schemas';

/**
 * Real Norwegian institutions a culture school works with, as they name themselves, and the type
 * a leader would give them (issue 13, point 8). A name whose type is not in the name itself
 * ("Hartvig Nissens skole" is an upper-secondary school) is left out: no keyword can know it.
 */
const template = templateSchema.parse(templateJson) as Template;

const REAL_NAMES: [name: string, typeId: string][] = [
  ['Bergen Offentlige Bibliotek', 'library'],
  ['Trondheim folkebibliotek', 'library'],
  ['Tromsø bibliotek og byarkiv', 'library'],
  ['Tromsø Idrettslag', 'sports'],
  ['Rosenborg Ballklub', 'sports'],
  ['Molde Fotballklubb', 'sports'],
  ['Idrettsrådet i Bergen', 'sports'],
  ['Fredrikstad Blad', 'local-media'],
  ['Bergens Tidende', 'local-media'],
  ['Adresseavisen', 'local-media'],
  ['Avisa Nordland', 'local-media'],
  ['NRK Vestland', 'local-media'],
  ['Nidaros domkirke', 'religious-community'],
  ['Ila menighet', 'religious-community'],
  ['Den norske kirke', 'religious-community'],
  ['Studieforbundet kultur og tradisjon', 'study-association'],
  ['Studieforbundet Folkeuniversitetet', 'study-association'],
  ['AOF Norge', 'study-association'],
  ['Kulturkontoret i Bodø', 'administration'],
  ['Kommunedirektøren i Trondheim', 'administration'],
  ['Nordahl Grieg videregående skole', 'upper-secondary'],
  ['Lambertseter videregående skole', 'upper-secondary'],
  ['Oslo katedralskole', 'upper-secondary'],
  ['Trondheim katedralskole', 'upper-secondary'],
  ['Firda vidaregåande skule', 'upper-secondary'],
  ['Ila skole', 'primary-school'],
  ['Ruseløkka skole', 'primary-school'],
  ['Hundsund ungdomsskole', 'lower-secondary-school'],
  ['Aktivitetsskolen Kampen', 'sfo'],
  ['Trondheim Arbeiderparti', 'political-parties'],
  ['Bergen Høyre', 'political-parties'],
  ['Oslo Venstre', 'political-parties'],
  ['Kristelig Folkeparti', 'political-parties'],
  ['Ungdomsrådet i Tromsø', 'youth-council'],
  ['Bergen bystyre', 'politicians'],
  ['Vestland fylkeskommune', 'county'],
  ['Den kulturelle spaserstokken', 'spaserstokken'],
  ['Den kulturelle skolesekken Vestland', 'dks'],
  ['Norsk kulturskoleråd', 'kulturskoleradet'],
  ['Norsk kulturråd', 'arts-council'],
  ['UKM Norge', 'ukm'],
  ['UiT Norges arktiske universitet', 'higher-education'],
  ['Norges musikkhøgskole', 'higher-education'],
  ['Stavanger Symfoniorkester', 'professional-arts'],
  ['Bergen Filharmoniske Orkester', 'professional-arts'],
  ['Riksteatret', 'professional-arts'],
  ['Stavanger konserthus', 'venue'],
  ['Norsk Folkemuseum', 'museum'],
  ['Festspillene i Bergen', 'festival'],
  ['Førdefestivalen', 'festival'],
  ['Bergen Røde Kors', 'humanitarian'],
  ['Redd Barna', 'humanitarian'],
  ['Trondhjems Turistforening', 'trekking'],
  ['Sparebankstiftelsen DNB', 'savings-bank-foundation'],
  ['Bergen Næringsråd', 'business'],
  ['NAV Bergenhus', 'nav'],
  ['Johannes læringssenter', 'adult-education'],
  ['Oslo voksenopplæring Rosenhof', 'adult-education'],
  ['Ørsta kulturskule', 'culture-school'],
];

describe('guessType on 50 real Norwegian partner names', () => {
  it('has at least 50 distinct names', () => {
    expect(new Set(REAL_NAMES.map(([n]) => n)).size).toBeGreaterThanOrEqual(50);
  });

  it.each(REAL_NAMES)('%s → %s', (name, typeId) => {
    expect(guessType(template, name)?.typeId ?? null).toBe(typeId);
  });
});

describe('a culture school of another place is a neighbour', () => {
  const home = 'Kulturskolen i Eksempel kommune';

  it.each([
    ['Sørvik kulturskole', home],
    ['Askøy kulturskule', 'Bergen kulturskole'],
    ['Bærum kulturskole', 'Kulturskolen i Asker'],
    ['Oslo musikk- og kulturskole', 'Bærum kulturskole'],
  ])('%s, seen from %s', (name, from) => {
    expect(guessType(template, name, from)).toEqual({
      sectorId: 'politics',
      typeId: 'neighbour-municipalities',
    });
  });

  it.each([
    // The same place, or no place to compare, is the school itself.
    ['Eksempel kulturskole', home],
    ['Kulturskolen', home],
    ['Asker kulturskole', 'Kulturskolen i Asker'],
    ['Sørvik kulturskole', 'Kulturskolen'],
  ])('%s, seen from %s, is the culture school', (name, from) => {
    expect(guessType(template, name, from)?.typeId).toBe('culture-school');
  });

  it('needs a home to tell: without one a culture school is the school itself', () => {
    expect(guessType(template, 'Sørvik kulturskole')?.typeId).toBe('culture-school');
  });

  it('leaves every other type alone when a home is given', () => {
    expect(guessType(template, 'Sørvik barneskole', home)?.typeId).toBe('primary-school');
    expect(guessType(template, 'Norsk kulturskoleråd', home)?.typeId).toBe('kulturskoleradet');
  });
});
