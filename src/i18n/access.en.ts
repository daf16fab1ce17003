/** English texts for keyboard use and assistive technology: skip links, keyboard help, announcements. */

import type { accessNb } from './access.nb';
import type { Messages } from './messages';

export const accessEn: Messages<typeof accessNb> = {
  access: {
    heading: '{{app}} – {{map}}',
    skip: {
      label: 'Skip to',
      add: 'Skip to “Add actor”',
      map: 'Skip to the map',
      lists: 'Skip to the lists',
      side: 'Skip to the side panel',
    },
    help: {
      button: 'Keyboard shortcuts',
      title: 'Keyboard shortcuts',
      workshopTitle: 'Workshop keyboard shortcuts',
      close: 'Close',
      general: 'Everywhere',
      lists: 'The lists',
      workshop: 'The workshop',
      map: 'The map (when the map has focus)',
      undo: 'Undo',
      redo: 'Redo',
      help: 'Show this help',
      helpSingle: 'Show this help (outside text fields)',
      escape: 'Close a dialog or menu',
      skip: 'The first Tab shows shortcuts to “Add actor”, the map, the lists and the side panel',
      rowDelete:
        'Delete the actor or collaboration of the row (when a button of the row has focus)',
      tabs: 'Switch tab, or button in a toolbar',
      singleKeys: 'Single-key shortcuts',
      singleKeysHint:
        'Turn off if you use speech input: then “?” does not open the help. F1 always works.',
    },
    saved: 'Saved',
    timer: {
      started: 'The timer is running: {{minutes}} minutes.',
      oneLeft: 'One minute left.',
    },
    toolbar: 'Map tools',
  },
};
