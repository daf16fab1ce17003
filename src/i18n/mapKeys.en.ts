/** English texts for the map canvas's keys: the help list and what a screen reader hears. */

import type { mapKeysNb } from './mapKeys.nb';
import type { Messages } from './messages';

export const mapKeysEn: Messages<typeof mapKeysNb> = {
  keys: {
    map: {
      arrowsKey: 'Arrow keys',
      arrows:
        'Move to the nearest actor in that direction. The first press picks the culture school.',
      enterKey: 'Enter',
      enter: 'Open the details of the actor, ready to edit (Space does the same)',
      zoomKey: '+ / −',
      zoom: 'Zoom in or out',
      fitKey: '0',
      fit: 'Show the whole map',
      deleteKey: 'Delete / Backspace',
      delete: 'Delete the actor (Ctrl+Z undoes it)',
      escapeKey: 'Esc',
      escape: 'Clear the selection',
      announce_one: '{{name}}, {{type}}, {{count}} collaboration',
      announce_other: '{{name}}, {{type}}, {{count}} collaborations',
    },
  },
};
