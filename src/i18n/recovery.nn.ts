/** Nynorsk texts for damaged storage and the recovery screen (src/ui/recovery). */

import type { Messages } from './messages';
import type { recoveryNb } from './recovery.nb';

export const recoveryNn: Messages<typeof recoveryNb> = {
  recovery: {
    beforeRepair: 'Originalen før reparasjon',
    notices: 'Meldingar om lagra kart',
    repaired_one:
      '{{count}} skadd post i «{{name}}» vart reparert. Ein kopi av originalen er teken vare på som ein versjon.',
    repaired_other:
      '{{count}} skadde postar i «{{name}}» vart reparerte. Ein kopi av originalen er teken vare på som ein versjon.',
    unreadable:
      'Kartet «{{name}}» kunne ikkje lesast ({{reason}}), så det er ikkje opna. Radene er framleis lagra, og «Ta tryggingskopi av alt» tek dei med.',
    skipped:
      'Kartet «{{name}}» vart ikkje opna, fordi appen stoppa medan det vart opna førre gongen.',
    openAnyway: 'Opne «{{name}}» likevel',
    startFailed:
      'Samspill kunne ikkje lese karta i denne nettlesaren ({{reason}}). Ingenting er sletta.',
    dismiss: 'Lukk meldinga',
    backupAll: 'Ta tryggingskopi av alt',
    backupFailed: 'Tryggingskopien kunne ikkje lagast ({{reason}}).',
    backupOnly:
      'Ingen kart er ope. Du kan likevel ta ein tryggingskopi av alle karta i nettlesaren.',
    noMap: 'Ingen kart er ope. Vel eit kart under «Kart».',
    crashed: {
      title: 'Noko gjekk gale då kartet skulle visast',
      body: 'Karta dine er lagra. Opne eit anna kart, ta ein tryggingskopi av alt, eller send feilteksten under til den som hjelper deg.',
      openOther: 'Opne eit anna kart',
      open: 'Opne «{{name}}»',
      retry: 'Prøv på nytt',
      reload: 'Last inn sida på nytt',
      errorText: 'Feiltekst',
      copy: 'Kopier feilteksten',
      copied: 'Feilteksten er kopiert.',
      copyFailed: 'Kunne ikkje kopiere. Merk teksten og kopier han sjølv.',
    },
  },
};
