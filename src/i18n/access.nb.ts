/** Bokmål texts for keyboard use and assistive technology: skip links, keyboard help, announcements. */

export const accessNb = {
  access: {
    heading: '{{app}} – {{map}}',
    skip: {
      label: 'Hopp til',
      add: 'Hopp til «Legg til aktør»',
      map: 'Hopp til kartet',
      lists: 'Hopp til listene',
      side: 'Hopp til sidepanelet',
    },
    help: {
      button: 'Hurtigtaster',
      title: 'Hurtigtaster',
      workshopTitle: 'Hurtigtaster i verkstedet',
      close: 'Lukk',
      general: 'Overalt',
      lists: 'Listene',
      workshop: 'Verkstedet',
      map: 'Kartet (når kartet har fokus)',
      undo: 'Angre',
      redo: 'Gjør om',
      help: 'Vis denne hjelpen',
      helpSingle: 'Vis denne hjelpen (utenfor tekstfelt)',
      escape: 'Lukk en dialog eller meny',
      skip: 'Første Tab viser snarveier til «Legg til aktør», kartet, listene og sidepanelet',
      rowDelete: 'Slett aktøren eller samarbeidet på raden (når en knapp på raden har fokus)',
      tabs: 'Bytt fane, eller knapp i en verktøylinje',
      singleKeys: 'Hurtigtaster med én tast',
      singleKeysHint:
        'Skru av hvis du bruker talestyring: da åpner ikke «?» hjelpen. F1 virker alltid.',
    },
    saved: 'Lagret',
    timer: {
      started: 'Tidtakeren går: {{minutes}} minutter.',
      oneLeft: 'Ett minutt igjen.',
    },
    toolbar: 'Kartverktøy',
  },
};
