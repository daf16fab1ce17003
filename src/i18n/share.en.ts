/** English texts for shared maps: the Share dialog, the sync status and the server's refusals. */

import type { Messages } from './messages';
import type { shareNb } from './share.nb';

export const shareEn: Messages<typeof shareNb> = {
  share: {
    button: 'Share',
    title: 'Share map',
    intro:
      'A shared map lives on a sync server and in the browser of everyone with a link. Everyone works in their own copy, offline too, and the changes merge.',
    server: 'Server address',
    serverHint: 'For example wss://samspill.example.org or ws://127.0.0.1:1234',
    accessKey: 'Access key',
    accessKeyHint: 'The server’s key, from whoever runs it.',
    start: 'Share the map',
    working: 'Waiting for the server …',
    editLink: 'Edit link',
    viewLink: 'View link',
    copy: 'Copy',
    copyEdit: 'Copy the edit link',
    copyView: 'Copy the view link',
    copied: 'Copied',
    linksHint:
      'Anyone with the edit link can change the map. The view link shows the map and the analysis without changing them.',
    noLinks: 'This map was opened with a link. Whoever shared it has the links.',
    revoke: 'Make new links',
    revokeHint: 'The old links stop working, and whoever is connected with them is disconnected.',
    stop: 'Stop sharing',
    stopHint: 'Every link stops working. The map stays in this browser.',
    stopped: 'The map is no longer shared.',
    close: 'Close',
    status: {
      label: 'Sync status',
      local: 'Not shared',
      connecting: 'Connecting …',
      syncing: 'Syncing …',
      online: 'In sync',
      offline: 'Offline',
      waiting_one: '{{count}} change waiting',
      waiting_other: '{{count}} changes waiting',
      refused: 'Refused',
      people_one: '{{count}} person here',
      people_other: '{{count}} people here',
      dropped: '{{count}} invalid changes from others were refused',
    },
    viewOnly:
      'View only: this map was opened with a view link. You can see the map and the analysis, but not change them.',
    errors: {
      unreachable: 'No server answered at that address. Check the address and the network.',
      'access-key-required': 'Enter the access key.',
      'wrong-access-key': 'The server did not accept the access key.',
      'unknown-map': 'The server no longer knows this map.',
      'bad-token': 'The link is damaged. Ask for a new link.',
      'unknown-link': 'The link does not work: it is wrong, or the map is not on the server.',
      'link-revoked': 'The link was revoked. Ask for a new link.',
      'sharing-stopped': 'The map is no longer shared.',
      'update-too-large': 'A change was too large for the server, and was not sent.',
      'document-too-large': 'The map is too large for the server.',
      'rate-limited': 'Too many changes in a short time. Trying again shortly.',
      'too-many-connections': 'Too many connections from this address.',
      'workshop-ended': 'The workshop has ended. Thank you for taking part!',
      'participant-forbidden': 'The server refused the change: you can only change what you added.',
      'entry-rate-limited': 'Too many entries in a short time. Wait a moment and try again.',
      'view-only': 'Only someone with an edit link can invite the room.',
      'bad-answer':
        'The server gave an answer Samspill did not understand. Is it a Samspill sync server?',
      other: 'The server refused the connection ({{code}}).',
    },
    badServer: 'The server address must start with ws:// or wss://.',
  },
};
