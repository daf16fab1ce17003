/** Nynorsk texts for the offline app: updates, other tabs and storage. */

import type { Messages } from './messages';
import type { offlineNb } from './offline.nb';

export const offlineNn: Messages<typeof offlineNb> = {
  offline: {
    update: {
      body: 'Ein ny versjon er klar.',
      reload: 'Last inn på nytt',
      region: 'Ny versjon',
    },
    newer: {
      title: 'Samspill vart oppdatert i ei anna fane. Last inn på nytt for å halde fram.',
      body: 'Denne fana lagrar ikkje lenger, så ho ikkje skriv over data frå den nye versjonen. Endringar du har gjort sidan, er tekne vare på i nettlesaren og blir lagra når du lastar inn på nytt.',
      reload: 'Last inn på nytt',
    },
    storage: {
      button: 'Lagring',
      title: 'Lagring i denne nettlesaren',
      protected: 'Verna: nettlesaren slettar ikkje karta dine av seg sjølv.',
      mayClear: 'Ikkje verna: nettlesaren kan slette karta dine viss det blir lite plass.',
      unknown: 'Nettlesaren seier ikkje om karta dine er verna.',
      used: 'Brukt',
      usage: '{{used}} av {{quota}}',
      usageUnknown: 'Ukjend',
      protect: 'Be om vern',
      denied:
        'Nettlesaren sa nei. Han gir ofte vern når sida er installert som app eller lagd til som bokmerke.',
      backupHint:
        'Karta finst berre i denne nettlesaren. Eksporter ein tryggingskopi for å ha ein kopi.',
      close: 'Lukk',
    },
  },
};
