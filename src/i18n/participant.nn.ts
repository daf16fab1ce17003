/** Nynorsk texts of the participant page (p/index.html): a phone in a workshop. */
import type { Messages } from './messages';
import type { participantNb } from './participant.nb';

export const participantNn: Messages<typeof participantNb> = {
  participant: {
    title: 'Samspill – verkstad',
    heading: 'Legg til på kartet',
    language: 'Språk',
    languages: { nb: 'Norsk bokmål', nn: 'Norsk nynorsk', en: 'English' },
    code: 'Verkstadkode',
    codeHint: 'Koden på lerretet, til dømes K7MQ-2PX4.',
    join: 'Bli med',
    badCode: 'Det er ikkje ein verkstadkode. Han har 8 bokstavar og tal, til dømes K7MQ-2PX4.',
    mapName: 'Du legg til på {{name}}',
    nickname: 'Namnet ditt (valfritt)',
    nicknameHint: 'Blir vist ved det du legg til.',
    addActor: 'Legg til aktør',
    addHint:
      'Eit namn, eller to namn med -- mellom for eit samarbeid: Biblioteket -- Ungdomsklubben',
    add: 'Legg til',
    added: 'Det eg har lagt til',
    nothingYet: 'Ingenting enno.',
    takeBack: 'Ta tilbake',
    takeBackName: 'Ta tilbake {{name}}',
    sent: 'Sendt',
    waiting: 'Ventar',
    leave: 'Bruk ein annan kode',
    retry: 'Prøv igjen',
    status: {
      label: 'Tilkopling',
      looking: 'Slår opp koden …',
      connecting: 'Koplar til …',
      online: 'Tilkopla',
      sending: 'Sender …',
      offline: 'Fråkopla. Det du legg til, blir sendt når nettet er tilbake.',
      offlineWaiting_one: 'Fråkopla: {{count}} ventar på nettet.',
      offlineWaiting_other: 'Fråkopla: {{count}} ventar på nettet.',
      slow: 'Ta det litt roligare: serveren tek 30 oppføringar i minuttet. Prøver igjen om 20 sekund.',
      ended:
        'Verkstaden er avslutta. Takk for at du var med! Det du sende, blir verande på kartet.',
      unknownCode: 'Denne koden verkar ikkje. Sjekk han mot lerretet.',
      unreachable: 'Får ikkje kontakt med serveren. Sjekk nettet og prøv igjen.',
      tooManyTries: 'For mange forsøk. Vent eit minutt og prøv igjen.',
      refused:
        'Serveren avviste den siste endringa di. Telefonen viser no kartet slik serveren har det.',
    },
    notice: {
      added: 'Lagt til: {{name}}.',
      takenBack: 'Teke tilbake: {{name}}.',
      nothingNew: 'Det er alt på kartet.',
      tooLong: 'Namnet er for langt.',
      tooFast: 'Ta det litt roligare: vent litt før du legg til meir.',
      othersLinks: '{{name}} har samarbeid som andre har lagt til, så aktøren blir verande.',
      notReady: 'Kartet er ikkje henta enno. Vent til telefonen er tilkopla.',
    },
  },
};
