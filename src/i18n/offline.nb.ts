/** Bokmål texts for the offline app: updates, other tabs and storage. */
export const offlineNb = {
  offline: {
    update: {
      body: 'En ny versjon er klar.',
      reload: 'Last inn på nytt',
      region: 'Ny versjon',
    },
    newer: {
      title: 'Samspill ble oppdatert i en annen fane. Last inn på nytt for å fortsette.',
      body: 'Denne fanen lagrer ikke lenger, så den ikke overskriver data fra den nye versjonen. Endringer du har gjort siden, er tatt vare på i nettleseren og lagres når du laster inn på nytt.',
      reload: 'Last inn på nytt',
    },
    storage: {
      button: 'Lagring',
      title: 'Lagring i denne nettleseren',
      protected: 'Beskyttet: nettleseren sletter ikke kartene dine av seg selv.',
      mayClear: 'Ikke beskyttet: nettleseren kan slette kartene dine hvis det blir lite plass.',
      unknown: 'Nettleseren sier ikke om kartene dine er beskyttet.',
      used: 'Brukt',
      usage: '{{used}} av {{quota}}',
      usageUnknown: 'Ukjent',
      protect: 'Be om beskyttelse',
      denied:
        'Nettleseren sa nei. Den gir ofte beskyttelse når siden er installert som app eller lagt til som bokmerke.',
      backupHint:
        'Kartene finnes bare i denne nettleseren. Eksporter en sikkerhetskopi for å ha en kopi.',
      close: 'Lukk',
    },
  },
} as const;
