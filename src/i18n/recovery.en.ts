import type { Messages } from './messages';
import type { recoveryNb } from './recovery.nb';

export const recoveryEn: Messages<typeof recoveryNb> = {
  recovery: {
    beforeRepair: 'Original before repair',
    notices: 'Messages about stored maps',
    repaired_one:
      '{{count}} damaged record in “{{name}}” was repaired; a copy of the original was kept as a version.',
    repaired_other:
      '{{count}} damaged records in “{{name}}” were repaired; a copy of the original was kept as a version.',
    unreadable:
      'The map “{{name}}” could not be read ({{reason}}), so it was not opened. Its rows are still stored, and “Back up everything” includes them.',
    skipped:
      'The map “{{name}}” was not opened, because the app stopped while opening it last time.',
    openAnyway: 'Open “{{name}}” anyway',
    startFailed:
      'Samspill could not read the maps in this browser ({{reason}}). Nothing was deleted.',
    dismiss: 'Close the message',
    backupAll: 'Back up everything',
    backupFailed: 'The backup could not be made ({{reason}}).',
    backupOnly: 'No map is open. You can still back up every map in this browser.',
    noMap: 'No map is open. Choose one under “Maps”.',
    crashed: {
      title: 'Something went wrong while showing the map',
      body: 'Your maps are saved. Open another map, back up everything, or send the error text below to whoever helps you.',
      openOther: 'Open another map',
      open: 'Open “{{name}}”',
      retry: 'Try again',
      reload: 'Reload the page',
      errorText: 'Error text',
      copy: 'Copy the error text',
      copied: 'The error text was copied.',
      copyFailed: 'Could not copy. Select the text and copy it yourself.',
    },
  },
};
