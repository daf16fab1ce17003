/** Nynorsk texts for the map canvas's keys: the help list and what a screen reader hears. */

import type { mapKeysNb } from './mapKeys.nb';
import type { Messages } from './messages';

export const mapKeysNn: Messages<typeof mapKeysNb> = {
  keys: {
    map: {
      arrowsKey: 'Piltastane',
      arrows: 'Gå til næraste aktør i den retninga. Første trykk vel kulturskulen.',
      enterKey: 'Enter',
      enter: 'Opne detaljane om aktøren, klar til å redigere (mellomrom gjer det same)',
      zoomKey: '+ / −',
      zoom: 'Zoom inn eller ut',
      fitKey: '0',
      fit: 'Vis heile kartet',
      deleteKey: 'Delete / Backspace',
      delete: 'Slett aktøren (Ctrl+Z angrar)',
      escapeKey: 'Esc',
      escape: 'Opphev valet',
      announce_one: '{{name}}, {{type}}, {{count}} samarbeid',
      announce_other: '{{name}}, {{type}}, {{count}} samarbeid',
    },
  },
};
