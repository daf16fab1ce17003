import { describe, expect, it } from 'vitest';
import { participantEn } from '../../src/i18n/participant.en';
import { participantNb } from '../../src/i18n/participant.nb';
import { participantNn } from '../../src/i18n/participant.nn';
import { pickLocale, translate } from '../../src/participant/translate';

type Tree = { [key: string]: string | Tree };
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}
const NB = flatten(participantNb as unknown as Tree);
const NN = flatten(participantNn as unknown as Tree);
const EN = flatten(participantEn as unknown as Tree);
const variables = (m: string) => [...m.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((x) => x[1]).sort();

describe('the participant page’s messages', () => {
  it('nb, nn and en have the same keys and variables', () => {
    expect([...NN.keys()].sort()).toEqual([...NB.keys()].sort());
    expect([...EN.keys()].sort()).toEqual([...NB.keys()].sort());
    for (const [key, m] of NB) {
      expect(variables(NN.get(key) ?? ''), key).toEqual(variables(m));
      expect(variables(EN.get(key) ?? ''), key).toEqual(variables(m));
    }
  });

  it('the names the UI contract fixes', () => {
    expect(EN.get('participant.addActor')).toBe('Add actor');
    expect(EN.get('participant.added')).toBe('What I added');
    expect(NB.get('participant.addActor')).toBe('Legg til aktør');
    expect(EN.get('participant.takeBackName')).toBe('Take back {{name}}');
    expect(EN.get('participant.nickname')).toBe('Your name (optional)');
    expect(EN.get('participant.code')).toBe('Workshop code');
  });

  it('nynorsk uses no bokmål-only form', () => {
    const bokmaal =
      /\b(ikke|hva|jeg|navn|navnet|ennå|fra|bare|noe|mer|allerede|hentet|avsluttet|legger|vises|sendes|tar|blir med)\b/i;
    const found = [...NN].filter(([k, m]) => bokmaal.test(m) && k !== 'participant.join');
    expect(found).toEqual([]);
    // The same check finds the bokmål sentence.
    expect(bokmaal.test(NB.get('participant.notice.notReady') ?? '')).toBe(true);
  });

  it('translates with plurals, values and the bokmål fallback', () => {
    expect(translate('en', 'participant.status.offlineWaiting', { count: 1 })).toBe(
      'Offline: 1 entry waiting for the network.',
    );
    expect(translate('en', 'participant.status.offlineWaiting', { count: 3 })).toBe(
      'Offline: 3 entries waiting for the network.',
    );
    expect(translate('nn', 'participant.takeBackName', { name: 'Biblioteket' })).toBe(
      'Ta tilbake Biblioteket',
    );
    expect(translate('nb', 'participant.nothing.here')).toBe('participant.nothing.here');
  });

  it('picks the language from the address, the saved choice, then the phone', () => {
    expect(pickLocale('?lang=en', 'nb', ['nb-NO'])).toBe('en');
    expect(pickLocale('', 'nn', ['en-US'])).toBe('nn');
    expect(pickLocale('', null, ['de-DE', 'en-GB'])).toBe('en');
    expect(pickLocale('', null, ['no'])).toBe('nb');
    expect(pickLocale('', null, ['nn-NO'])).toBe('nn');
    expect(pickLocale('', null, ['de-DE'])).toBe('nb');
  });
});
