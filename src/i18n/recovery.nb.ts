/** Bokmål texts for damaged storage and the recovery screen (src/ui/recovery). */
export const recoveryNb = {
  recovery: {
    beforeRepair: 'Original før reparasjon',
    notices: 'Meldinger om lagrede kart',
    repaired_one:
      '{{count}} skadet post i «{{name}}» ble reparert. En kopi av originalen er tatt vare på som en versjon.',
    repaired_other:
      '{{count}} skadde poster i «{{name}}» ble reparert. En kopi av originalen er tatt vare på som en versjon.',
    unreadable:
      'Kartet «{{name}}» kunne ikke leses ({{reason}}), så det er ikke åpnet. Radene er fortsatt lagret, og «Ta sikkerhetskopi av alt» tar dem med.',
    skipped:
      'Kartet «{{name}}» ble ikke åpnet, fordi appen stoppet mens det ble åpnet forrige gang.',
    openAnyway: 'Åpne «{{name}}» likevel',
    startFailed:
      'Samspill kunne ikke lese kartene i denne nettleseren ({{reason}}). Ingenting er slettet.',
    dismiss: 'Lukk meldingen',
    backupAll: 'Ta sikkerhetskopi av alt',
    backupFailed: 'Sikkerhetskopien kunne ikke lages ({{reason}}).',
    backupOnly:
      'Ingen kart er åpent. Du kan likevel ta en sikkerhetskopi av alle kartene i nettleseren.',
    noMap: 'Ingen kart er åpent. Velg et kart under «Kart».',
    crashed: {
      title: 'Noe gikk galt under visningen av kartet',
      body: 'Kartene dine er lagret. Åpne et annet kart, ta en sikkerhetskopi av alt, eller send feilteksten under til den som hjelper deg.',
      openOther: 'Åpne et annet kart',
      open: 'Åpne «{{name}}»',
      retry: 'Prøv igjen',
      reload: 'Last inn siden på nytt',
      errorText: 'Feiltekst',
      copy: 'Kopier feilteksten',
      copied: 'Feilteksten er kopiert.',
      copyFailed: 'Kunne ikke kopiere. Merk teksten og kopier den selv.',
    },
  },
} as const;
