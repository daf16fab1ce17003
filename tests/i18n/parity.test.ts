import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import {
  formatCount,
  formatDate,
  initialLocale,
  intlLocale,
  isLocale,
  LOCALES,
  localeOf,
} from '../../src/i18n/index';
import { nb } from '../../src/i18n/nb';
import { nn } from '../../src/i18n/nn';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const NB = flatten(nb as unknown as Tree);
const NN = flatten(nn as unknown as Tree);
const EN = flatten(en as unknown as Tree);

const variables = (message: string) =>
  [...message.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
/** The words of a message; codes (CSV, PDF) and file names (.samspill.json) are not words. */
const words = (message: string) =>
  (message.replace(/\{\{\s*\w+\s*\}\}/g, ' ').match(/\p{L}[\p{L}.-]*\p{L}|\p{L}/gu) ?? [])
    .filter((w) => !w.includes('.') && !(w.length > 1 && w === w.toUpperCase()))
    .map((w) => w.toLowerCase());

/**
 * Words bokmål and nynorsk spell alike. A nynorsk message may equal its bokmål one only if every
 * word in it is here: an untranslated sentence carries a bokmål-only word and fails.
 */
const SHARED_WORDS = new Set(
  `aktiv aktive aktivt aktør aldersgrupper aldri alle andre angre arbeider ark art automatisk av
  avbryt avslutt avstand bakgrunn barnehagealder begge brukt bør ctrl dag dato dekning
  dekningsgrad demokartet dette e-post eksporter ekstra eldre eller endre er etter feil
  feiltekst feilteksten felt feltet fila filer filter filtrer fjern flytt for format forslag
  forventning framdrift funn færre følg før første gapanalyse gjennomsiktig gjenopprett
  gjenoppretting gruppe gå ha i idé import importer importerer importert ingen inn interesse
  isolert kan kart kartet kolonne kontaktperson kopi kopier kopiert kulturplan la lag lagre
  lagring lagt lang last legg linje lister logg loggen lukk lys mange med middels må mål mørk
  ned neste nettverk nettverkskart notat ny nye nytt og opp opprett oppsett oppsummering ordne
  organisasjon over pause per perspektiv plan planen planlagt planmål poeng presentasjon
  presentasjonen presenter prosjekt punkt på rad rader rapport reparasjon rolle roller samarbeid
  samarbeider samarbeidet sektor sentralitet side sidepanel skjer skjermen skriv slett slette
  sluttdato som sorter språk startdato status steg sterk stikkord stille stolpediagram styrk
  styrke står svak svakt sårbart søk teksten telefon tett tid til tilbake tilpass tiltak tittel
  tom treff type typegap ugyldig ungdom ut utvikling ved vekt verdi versjon versjonsnummer vi
  vis z zoom hopp listene sidepanelet overalt fokus har når kartverktøy å del dele slutt tilgangsnøkkel tilgangsnøkkelen synkronisering synkroniserer synkronisert avvist person her inn inviter salen skann koden kode kanskje`.split(
    /\s+/,
  ),
);

/** Forms that are bokmål only: none may appear in a nynorsk message. */
const BOKMAAL_ONLY = new Set(
  `ikke hva hvem hvor hvordan hvorfor hvis hver hvert fra bare navn navnet noe noen mye mer flere
  ennå allerede nå mangler finnes uten ble sier siden deres dem egen eget egne en et kulturskole
  kulturskolen skole skolen aktører samarbeidspartner samarbeidspartnere nettleseren sikkerhetskopi
  sikkerhetskopien lagret slettet endret fjernet avsluttet velg åpne åpnet åpent gjør gjøre leses
  brukes hoppes legges lagres vises telles innflytelse`.split(/\s+/),
);

describe('the three languages have the same messages', () => {
  it('every bokmål key exists in nynorsk and English, and no other key does', () => {
    const nbKeys = [...NB.keys()].sort();
    expect([...NN.keys()].sort()).toEqual(nbKeys);
    expect([...EN.keys()].sort()).toEqual(nbKeys);
    expect(nbKeys.length).toBeGreaterThan(800);
  });

  it('every message interpolates the same variables in all three languages', () => {
    const mismatches = [...NB].flatMap(([key, message]) => {
      const want = variables(message).join(',');
      return [NN, EN]
        .filter((tree) => variables(tree.get(key) ?? '').join(',') !== want)
        .map((tree) => `${key}: ${tree.get(key)}`);
    });
    expect(mismatches).toEqual([]);
  });

  it('every message file in src/i18n has a nynorsk and an English counterpart', () => {
    const dir = join(__dirname, '../../src/i18n');
    const files = readdirSync(dir);
    const nbFiles = files.filter((f) => /(^|\.)nb\.ts$/.test(f));
    expect(nbFiles.length).toBeGreaterThanOrEqual(7);
    for (const f of nbFiles) {
      expect(files).toContain(f.replace(/nb\.ts$/, 'nn.ts'));
      expect(files).toContain(f.replace(/nb\.ts$/, 'en.ts'));
    }
  });

  it('every locale names itself in the language control, in every language', () => {
    expect(LOCALES).toEqual(['nb', 'nn', 'en']);
    for (const tree of [NB, NN, EN])
      for (const l of LOCALES) expect(tree.get(`language.${l}`)).toBeTruthy();
    expect(NN.get('language.nn')).toBe('Norsk nynorsk');
  });
});

describe('nynorsk is translated, not copied', () => {
  it('a nynorsk message equals its bokmål one only where every word is spelt alike', () => {
    const copied = [...NB].filter(([key, message]) => {
      if (NN.get(key) !== message) return false;
      // Names and codes every language writes alike (Samspill, PDF, GraphML, "English").
      if (EN.get(key) === message) return false;
      return words(message).some((w) => !SHARED_WORDS.has(w));
    });
    expect(copied.map(([key, message]) => `${key}: ${message}`)).toEqual([]);
  });

  it('every word of the shared list is needed by some message', () => {
    const used = new Set(
      [...NB]
        .filter(([key, message]) => NN.get(key) === message && EN.get(key) !== message)
        .flatMap(([, message]) => words(message)),
    );
    expect([...SHARED_WORDS].filter((w) => !used.has(w))).toEqual([]);
  });

  it('no nynorsk message uses a bokmål-only form', () => {
    const found = [...NN].flatMap(([key, message]) =>
      words(message)
        .filter((w) => BOKMAAL_ONLY.has(w))
        .map((w) => `${key}: «${w}» in ${message}`),
    );
    expect(found).toEqual([]);
  });

  it('the check would catch an untranslated bokmål sentence', () => {
    const untranslated = NB.get('save.failedBody') ?? '';
    expect(words(untranslated).some((w) => !SHARED_WORDS.has(w))).toBe(true);
    expect(words(untranslated).some((w) => BOKMAAL_ONLY.has(w))).toBe(true);
  });

  it('uses the agreed vocabulary', () => {
    expect(NN.get('app.tagline')).toBe('Partnarkart for kulturskulen');
    expect(NN.get('gap.score.label')).toBe('Dekning');
    expect(NN.get('map.showGaps')).toBe('Vis det som manglar');
    expect(NN.get('gap.stakeholders.advice.manage-closely')).toBe('Følg tett opp');
    expect(NN.get('gap.types.actors_one')).toBe('{{count}} samarbeidspartnar');
  });
});

describe('nynorsk at run time', () => {
  it('?lang=nn selects nynorsk, and a saved nn is kept', () => {
    expect(initialLocale('?lang=nn', 'en')).toBe('nn');
    expect(initialLocale('', 'nn')).toBe('nn');
    expect(initialLocale('?lang=nynorsk', null)).toBe('nb');
    expect(isLocale('nn')).toBe(true);
    expect(localeOf('nn')).toBe('nn');
    expect(localeOf('de')).toBe('nb');
  });

  it('formats numbers and dates as bokmål does', () => {
    // Chromium's Intl has no nynorsk dates: bokmål, which nynorsk writes alike, stands behind.
    expect(intlLocale('nn')).toEqual(['nn-NO', 'nb-NO']);
    expect(formatCount(20_000, 'nn')).toBe(formatCount(20_000, 'nb'));
    expect(formatCount(20_000, 'nn')).toMatch(/^20\s000$/);
    expect(formatDate('2026-03-07', 'nn')).toBe('07.03.2026');
  });

  it('i18next picks the nynorsk plural forms', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      lng: 'nn',
      fallbackLng: 'nb',
      resources: { nb: { translation: nb }, nn: { translation: nn } },
      interpolation: { escapeValue: false },
    });
    expect(i18n.t('map.unscoredList', { count: 1 })).toMatch(/^1 aktør har ikkje/);
    expect(i18n.t('map.unscoredList', { count: 3 })).toMatch(/^3 aktørar har ikkje/);
    expect(i18n.t('gap.structure.staleItem', { count: 2, a: 'A', b: 'B', date: 'd' })).toBe(
      'A – B: siste aktivitet for 2 månader sidan (d)',
    );
  });
});
