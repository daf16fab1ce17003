import { type ChangeSet, isEmptyChange } from '../../domain/changes';
import type { RemoteBase } from '../../domain/remoteChanges';
import { participantLink } from '../../domain/roomLink';
import type { MapDocument } from '../../domain/types';
import { documentStore } from '../../state/documentStore';
import { applySharedChange } from '../../state/remoteApply';
import type { Session } from '../../state/session';
import { type ShareLinks, syncStore } from '../../state/syncStore';
import type { AnnouncingRepository } from '../../state/tabSync';
import { linkFor, parseLink, readShares, type ShareRecord, writeShare } from './links';
import { fetchShared, type LiveShare, openLiveShare } from './liveShare';
import {
  createShared,
  endRoom,
  type IssuedLinks,
  inviteRoom,
  revokeLinks,
  ShareError,
  stopSharing,
} from './serverApi';

/**
 * Shared maps (docs/sharing.md). The copy in IndexedDB stays the one the app works on. Every
 * change autosave writes to a shared map also goes to its Y.Doc, and so to the server; every
 * change another person makes is shown outside the undo history, and autosave then stores it.
 * Tab sync stays beside this: it keeps the tabs of one browser in step through IndexedDB, each
 * tab with its own connection; a change that arrives both ways merges to the same thing.
 */
export function createSharing(inner: AnnouncingRepository, appUrl: () => string) {
  let live: LiveShare | null = null;

  const repo: AnnouncingRepository = {
    ...inner,
    async saveChanges(change: ChangeSet, base?: RemoteBase) {
      const bridge = live?.share.mapId === change.mapId ? live.bridge() : null;
      // Into the Y.Doc first, in the same task: the order of changes is the order of edits.
      const update =
        bridge && live?.share.role === 'edit' ? bridge.commit(change, base ?? null) : null;
      await inner.saveChanges(change, base);
      if (update && !isEmptyChange(update.change)) {
        applySharedChange(update.saved, update.change, update.base);
      }
    },
  };

  const connect = (doc: MapDocument | null) => {
    const share = doc ? readShares()[doc.map.id] : undefined;
    if (live && share && live.share.doc === share.doc && live.share.secret === share.secret) return;
    live?.close();
    live = null;
    if (doc && share) live = openLiveShare(share);
  };

  const linksOf = (share: ShareRecord): ShareLinks | null =>
    share.editSecret && share.viewSecret
      ? {
          edit: linkFor(appUrl(), { ...share, secret: share.editSecret, role: 'edit' }),
          view: linkFor(appUrl(), { ...share, secret: share.viewSecret, role: 'view' }),
        }
      : null;

  const keep = (doc: MapDocument, server: string, issued: IssuedLinks): ShareRecord => {
    const share: ShareRecord = {
      mapId: doc.map.id,
      server,
      doc: issued.mapId,
      secret: issued.editSecret,
      role: 'edit',
      editSecret: issued.editSecret,
      viewSecret: issued.viewSecret,
    };
    writeShare(doc.map.id, share);
    return share;
  };

  const openNow = () => {
    const doc = documentStore.getState().doc;
    const share = doc ? readShares()[doc.map.id] : undefined;
    if (!doc || !share) throw new Error('not-shared');
    return { doc, share };
  };

  /** The open map's share with an edit secret: the Bearer that may invite its room. */
  const editable = () => {
    const { share } = openNow();
    if (share.role !== 'edit') throw new ShareError('view-only');
    return share;
  };

  /** Opens the map a link points at: added to this browser the first time, then opened. */
  const join = async (hash: string, s: Session): Promise<void> => {
    const link = parseLink(hash);
    if (!link) return;
    const known = Object.values(readShares()).find((x) => x.doc === link.doc);
    if (known) {
      writeShare(known.mapId, { ...known, secret: link.secret, role: link.role });
      if (documentStore.getState().doc?.map.id === known.mapId)
        connect(documentStore.getState().doc);
      else await s.openMap(known.mapId);
      return;
    }
    const doc = await fetchShared(link);
    // A refused link leaves every map here as it was; the sync status says why.
    if (!doc) return;
    writeShare(doc.map.id, { ...link, mapId: doc.map.id });
    await s.importMaps([{ doc, snapshots: [] }], false);
  };

  return {
    repo,
    async start(s: Session): Promise<void> {
      documentStore.subscribe((state, prev) => {
        if (state.doc?.map.id !== prev.doc?.map.id) connect(state.doc);
      });
      connect(documentStore.getState().doc);
      syncStore.setState({
        control: {
          async share(server, accessKey) {
            const doc = documentStore.getState().doc;
            if (!doc) throw new Error('no-map');
            const share = keep(doc, server, await createShared(server, accessKey));
            connect(documentStore.getState().doc);
            return linksOf(share) as ShareLinks;
          },
          async revoke(accessKey) {
            const { doc, share } = openNow();
            const issued = await revokeLinks(share.server, share.doc, accessKey);
            const next = keep(doc, share.server, { ...issued, mapId: share.doc });
            connect(documentStore.getState().doc);
            return linksOf(next) as ShareLinks;
          },
          async stop(accessKey) {
            const { doc, share } = openNow();
            await stopSharing(share.server, share.doc, accessKey);
            writeShare(doc.map.id, null);
            connect(documentStore.getState().doc);
          },
          links() {
            const doc = documentStore.getState().doc;
            const share = doc ? readShares()[doc.map.id] : undefined;
            return share ? linksOf(share) : null;
          },
          async invite() {
            const share = editable();
            return inviteRoom(share.server, share.doc, share.secret);
          },
          async endInvite() {
            const share = editable();
            await endRoom(share.server, share.doc, share.secret);
          },
          roomLink(code) {
            const { share } = openNow();
            return participantLink(
              appUrl(),
              share.server,
              syncStore.getState().defaultServer,
              code,
            );
          },
        },
      });
      const hash = window.location.hash;
      if (hash.startsWith('#join&')) {
        // The secret leaves the address bar (and the history) at once.
        window.history.replaceState(null, '', window.location.pathname + window.location.search);
        await join(hash, s);
      }
    },
  };
}
