import { describe, expect, it } from 'vitest';
import templateJson from '../../data/templates/kulturskole.json';
import { guessType } from '../../src/domain/template';
import type { Template } from '../../src/domain/types';
import { templateSchema } from '../../src/schema/schemas';

/**
 * Names as a nynorsk municipality writes them (issue 14): the template's nynorsk keywords give them
 * the type a leader would, and the longest keyword still wins over "skule" inside a longer word.
 */
const template = templateSchema.parse(templateJson) as Template;

const NYNORSK_NAMES: [name: string, typeId: string][] = [
  ['Ørsta kulturskule', 'culture-school'],
  ['Volda musikkskule', 'culture-school'],
  ['Hovdebygda skule', 'primary-school'],
  ['Volda barne- og ungdomsskule', 'primary-school'],
  ['Ørsta ungdomsskule', 'lower-secondary-school'],
  ['Volda vidaregåande skule', 'upper-secondary'],
  ['Skulefritidsordninga', 'sfo'],
  ['Aktivitetsskulen Nordby', 'sfo'],
  ['Skulehelsetenesta', 'public-health'],
  ['Volda omsorgssenter', 'elderly-care'],
  ['Nordby bu- og behandlingssenter', 'elderly-care'],
  ['Ørsta folkebibliotek', 'library'],
  ['Den norske kyrkja i Volda', 'religious-community'],
  ['Ørsta kyrkjelyd', 'religious-community'],
  ['Firda Tidend', 'local-media'],
  ['Busetjingstenesta', 'refugee-service'],
  ['Vaksenopplæringa i Ørsta', 'adult-education'],
  ['Den kulturelle skulesekken', 'dks'],
  ['Frivilligheitssentralen', 'volunteer-centre'],
  ['Festspela i Nordby', 'festival'],
  ['Sparebanken Møre gåvefond', 'savings-bank-foundation'],
  ['Regionale utviklingsmidlar', 'regional-funds'],
  ['Laurdagsskulen', 'talent-programme'],
  ['Fordjupingsprogrammet i musikk', 'talent-programme'],
  ['Ordføraren i Ørsta', 'politicians'],
  ['Politikarane i formannskapet', 'politicians'],
  ['Vartdal barneskule', 'primary-school'],
  ['Nordby grunnskule', 'primary-school'],
  ['Ørsta sjukeheim og omsorgssenter', 'elderly-care'],
  ['Ungdomsutvalet', 'youth-council'],
  ['Føresette ved Vartdal skule', 'parents'],
];

describe('guessType on nynorsk names', () => {
  it.each(NYNORSK_NAMES)('%s → %s', (name, typeId) => {
    expect(guessType(template, name)?.typeId).toBe(typeId);
  });

  it('reads the longer nynorsk compound over the school inside it', () => {
    // Without their own keywords these would read as "skule" (a primary school).
    for (const [name, typeId] of [
      ['Skulehelsetenesta', 'public-health'],
      ['Ørsta kulturskule', 'culture-school'],
    ] as const) {
      expect(guessType(template, name)?.typeId).toBe(typeId);
    }
  });

  it("reads another place's kulturskule as a neighbour, and the school's own as itself", () => {
    const home = 'Ørsta kulturskule';
    expect(guessType(template, 'Volda kulturskule', home)?.typeId).toBe('neighbour-municipalities');
    expect(guessType(template, 'Hareid musikkskule', home)?.typeId).toBe(
      'neighbour-municipalities',
    );
    expect(guessType(template, 'Kulturskulen i Ørsta', home)?.typeId).toBe('culture-school');
  });
});
