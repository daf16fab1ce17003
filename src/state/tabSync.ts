import type { ChangeSet } from '../domain/changes';
import type { RemoteBase } from '../domain/remoteChanges';
import type { Repository } from '../persistence/repository';
import { SCHEMA_VERSION } from '../schema';
import { checkRemoteChange } from '../schema/changeSet';
import { tabEnvelopeSchema } from '../schema/tabMessage';
import { TAB_ID } from './tab';

/**
 * Two tabs on one map stay in step: every committed write is announced on a BroadcastChannel,
 * and the other tabs apply it to their open document (`Autosave.applyRemote`). Storage stays
 * the truth; a message only saves the other tab from reloading. A message is input like a file:
 * one that fails validation is dropped and counted, never applied.
 */
export const CHANNEL_NAME = 'samspill';

export type TabMessage =
  /** A tab started; an older tab learns from this that it must stop writing. */
  | { kind: 'hello' }
  /** A change set committed to storage, with the sender's versions from before it. */
  | { kind: 'changes'; change: ChangeSet; base: RemoteBase }
  /** Maps were added, deleted or brought back. */
  | { kind: 'maps' };

/** The part of BroadcastChannel used here, so tests can pass a fake. */
export interface ChannelLike {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent) => void) | null;
  close(): void;
}

export interface TabSyncHandlers {
  change(change: ChangeSet, base: RemoteBase): void;
  maps(): void;
  /** Another tab runs a newer Samspill: this one must stop writing. */
  newer(): void;
}

/**
 * A repository that announces each write once it has committed. Autosave passes what it wrote the
 * change over (`base`), and the announcement carries it along; other writers pass none.
 */
export interface AnnouncingRepository extends Repository {
  saveChanges(change: ChangeSet, base?: RemoteBase): Promise<void>;
}

export interface TabSync {
  announce(repo: Repository): AnnouncingRepository;
  listen(handlers: TabSyncHandlers): void;
  /** Messages from other tabs dropped as invalid, and why the last one was. */
  dropped(): { count: number; last: string | null };
  close(): void;
}

export function openChannel(): ChannelLike | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL_NAME);
}

/** `dbVersion` is the database version this code writes; a tab with a higher one is newer. */
export function createTabSync(
  channel: ChannelLike | null,
  dbVersion: number,
  tab = TAB_ID,
): TabSync {
  let dropped = 0;
  let lastDropped: string | null = null;
  const drop = (why: string) => {
    dropped++;
    lastDropped = why.slice(0, 200);
  };

  const post = (message: TabMessage) => {
    try {
      channel?.postMessage({ ...message, tab, db: dbVersion, schema: SCHEMA_VERSION });
    } catch {
      // A closed channel or an uncloneable value: the other tabs see it at their next load.
    }
  };

  return {
    announce(repo) {
      if (!channel) return repo;
      return {
        ...repo,
        async saveChanges(change, base = null) {
          await repo.saveChanges(change);
          post({ kind: 'changes', change, base });
        },
        async deleteMap(id) {
          const deleted = await repo.deleteMap(id);
          if (deleted) post({ kind: 'maps' });
          return deleted;
        },
        async restoreDeleted(deleted) {
          await repo.restoreDeleted(deleted);
          post({ kind: 'maps' });
        },
        async importMaps(docs, snapshots, options) {
          await repo.importMaps(docs, snapshots, options);
          post({ kind: 'maps' });
        },
      };
    },

    listen(handlers) {
      if (!channel) return;
      channel.onmessage = (event) => {
        const data: unknown = event.data;
        const raw =
          typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
        if (raw.tab === tab) return;
        const envelope = tabEnvelopeSchema.safeParse(data);
        if (!envelope.success)
          return drop(`envelope: ${envelope.error.issues[0]?.message ?? 'invalid'}`);
        const { db, schema, kind } = envelope.data;
        if (db > dbVersion || schema > SCHEMA_VERSION) return handlers.newer();
        // An older tab's records may lack fields this code keeps: tell it to stop instead.
        if (db < dbVersion || schema < SCHEMA_VERSION) return post({ kind: 'hello' });
        if (kind === 'changes') {
          const checked = checkRemoteChange(raw.change, raw.base);
          if (!checked.ok) return drop(`${checked.path}: ${checked.detail}`);
          handlers.change(checked.change, checked.base);
        } else if (kind === 'maps') {
          handlers.maps();
        } else if (kind !== 'hello') {
          drop(`kind: ${kind}`);
        }
      };
      post({ kind: 'hello' });
    },

    dropped: () => ({ count: dropped, last: lastDropped }),

    close() {
      if (channel) channel.onmessage = null;
      channel?.close();
    },
  };
}
