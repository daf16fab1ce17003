/** Nynorsk texts for shared maps: the Share dialog, the sync status and the server's refusals. */

import type { Messages } from './messages';
import type { shareNb } from './share.nb';

export const shareNn: Messages<typeof shareNb> = {
  share: {
    button: 'Del',
    title: 'Del kartet',
    intro:
      'Eit delt kart finst på ein synkroniseringstenar og i nettlesaren til alle som har ei lenkje. Alle arbeider i sin eigen kopi, også utan nett, og endringane blir fletta.',
    server: 'Tenaradresse',
    serverHint: 'Til dømes wss://samspill.kommune.no eller ws://127.0.0.1:1234',
    accessKey: 'Tilgangsnøkkel',
    accessKeyHint: 'Nøkkelen til tenaren, frå den som driv han.',
    start: 'Del kartet',
    working: 'Ventar på tenaren …',
    editLink: 'Redigeringslenkje',
    viewLink: 'Visingslenkje',
    copy: 'Kopier',
    copyEdit: 'Kopier redigeringslenkja',
    copyView: 'Kopier visingslenkja',
    copied: 'Kopiert',
    linksHint:
      'Alle med redigeringslenkja kan endre kartet. Visingslenkja viser kartet og analysen utan å kunne endre.',
    noLinks: 'Kartet vart opna med ei lenkje. Lenkjene finst hos den som delte det.',
    revoke: 'Lag nye lenkjer',
    revokeHint: 'Dei gamle lenkjene sluttar å verke, og dei som er kopla til, blir kopla frå.',
    stop: 'Slutt å dele',
    stopHint: 'Alle lenkjer sluttar å verke. Kartet blir verande i denne nettlesaren.',
    stopped: 'Kartet blir ikkje delt lenger.',
    close: 'Lukk',
    status: {
      label: 'Synkronisering',
      local: 'Ikkje delt',
      connecting: 'Koplar til …',
      syncing: 'Synkroniserer …',
      online: 'Synkronisert',
      offline: 'Fråkopla',
      waiting_one: '{{count}} endring ventar',
      waiting_other: '{{count}} endringar ventar',
      refused: 'Avvist',
      people_one: '{{count}} person her',
      people_other: '{{count}} personar her',
      dropped: '{{count}} ugyldige endringar frå andre vart avviste',
    },
    viewOnly:
      'Berre vising: kartet vart opna med ei visingslenkje. Du kan sjå kartet og analysen, men ikkje endre dei.',
    errors: {
      unreachable: 'Fann ikkje tenaren på den adressa. Sjekk adressa og nettet.',
      'access-key-required': 'Skriv inn tilgangsnøkkelen.',
      'wrong-access-key': 'Tenaren godtok ikkje tilgangsnøkkelen.',
      'unknown-map': 'Tenaren kjenner ikkje dette kartet lenger.',
      'bad-token': 'Lenkja er skadd. Be om ei ny lenkje.',
      'unknown-link': 'Lenkja verkar ikkje: ho er feil, eller kartet finst ikkje på tenaren.',
      'link-revoked': 'Lenkja er trekt tilbake. Be om ei ny lenkje.',
      'sharing-stopped': 'Kartet blir ikkje delt lenger.',
      'update-too-large': 'Ei endring var for stor for tenaren, og vart ikkje send.',
      'document-too-large': 'Kartet er for stort for tenaren.',
      'rate-limited': 'For mange endringar på kort tid. Prøver igjen straks.',
      'too-many-connections': 'For mange tilkoplingar frå denne adressa.',
      'workshop-ended': 'Verkstaden er avslutta. Takk for bidraget!',
      'participant-forbidden': 'Tenaren avviste endringa: du kan berre endre det du sjølv la til.',
      'entry-rate-limited': 'For mange bidrag på kort tid. Vent litt og prøv på nytt.',
      'view-only': 'Berre den som har ei redigeringslenkje, kan invitere salen.',
      'bad-answer':
        'Serveren svarte noko Samspill ikkje forstod. Er det ein synkroniseringsserver for Samspill?',
      other: 'Tenaren avviste tilkoplinga ({{code}}).',
    },
    badServer: 'Tenaradressa må byrje med ws:// eller wss://.',
  },
};
