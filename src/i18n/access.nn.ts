/** Nynorsk texts for keyboard use and assistive technology: skip links, keyboard help, announcements. */

import type { accessNb } from './access.nb';
import type { Messages } from './messages';

export const accessNn: Messages<typeof accessNb> = {
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
      button: 'Snøggtastar',
      title: 'Snøggtastar',
      workshopTitle: 'Snøggtastar i verkstaden',
      close: 'Lukk',
      general: 'Overalt',
      lists: 'Listene',
      workshop: 'Verkstaden',
      map: 'Kartet (når kartet har fokus)',
      undo: 'Angre',
      redo: 'Gjer om',
      help: 'Vis denne hjelpa',
      helpSingle: 'Vis denne hjelpa (utanfor tekstfelt)',
      escape: 'Lukk ein dialog eller ein meny',
      skip: 'Første Tab viser snarvegar til «Legg til aktør», kartet, listene og sidepanelet',
      rowDelete: 'Slett aktøren eller samarbeidet på rada (når ein knapp på rada har fokus)',
      tabs: 'Byt fane, eller knapp i ei verktøylinje',
      singleKeys: 'Snøggtastar med éin tast',
      singleKeysHint:
        'Slå av om du brukar talestyring: då opnar ikkje «?» hjelpa. F1 verkar alltid.',
    },
    saved: 'Lagra',
    timer: {
      started: 'Tidtakaren går: {{minutes}} minutt.',
      oneLeft: 'Eitt minutt att.',
    },
    toolbar: 'Kartverktøy',
  },
};
