import type { Messages } from './messages';
import type { offlineNb } from './offline.nb';

export const offlineEn: Messages<typeof offlineNb> = {
  offline: {
    update: {
      body: 'A new version is ready.',
      reload: 'Reload',
      region: 'New version',
    },
    newer: {
      title: 'Samspill was updated in another tab. Reload to continue.',
      body: 'This tab no longer saves, so that it cannot overwrite data of the new version. Changes you made since are kept in this browser and saved when you reload.',
      reload: 'Reload',
    },
    storage: {
      button: 'Storage',
      title: 'Storage in this browser',
      protected: 'Protected: the browser will not clear your maps by itself.',
      mayClear: 'Not protected: the browser may clear your maps when space runs low.',
      unknown: 'This browser does not say whether your maps are protected.',
      used: 'Used',
      usage: '{{used}} of {{quota}}',
      usageUnknown: 'Unknown',
      protect: 'Ask for protection',
      denied:
        'The browser said no. Browsers often grant it once the app is installed or bookmarked.',
      backupHint: 'Your maps exist only in this browser. Export a backup to keep a copy.',
      close: 'Close',
    },
  },
};
