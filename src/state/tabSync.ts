import type { ChangeSet } from '../domain/changes';
import type { RemoteBase } from '../domain/remoteChanges';
import type { Repository } from '../persistence/repository';
import { SCHEMA_VERSION } from '../schema';
import { TAB_ID } from './tab';

/**
 * Two tabs on one map stay in step: every committed write is announced on a BroadcastChannel,
 * and the other tabs apply it to their open document (`Autosave.applyRemote`). Storage stays
 * the truth; a message only saves the other tab from reloading.
 */
export const CHANNEL_NAME = 'samspill';

export type TabMessage =
  /** A tab started; an older tab learns from this that it must stop writing. */
  | { kind: 'hello' }
  /** A change set committed to storage, with the sender's versions from before it. */
  | { kind: 'changes'; change: ChangeSet; base: RemoteBase }
  /** Maps were added, deleted or brought back. */
  | { kind: 'maps' };

type Envelope = TabMessage & { tab: string; db: number; schema: number };

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

export interface TabSync {
  /** The repository, announcing each write once it has committed. */
  announce(repo: Repository): Repository;
  listen(handlers: TabSyncHandlers): void;
  close(): void;
}

const bases = new WeakMap<ChangeSet, NonNullable<RemoteBase>>();

/** Autosave says what it wrote each change over; the announcement carries it along. */
export function noteBase(change: ChangeSet, base: NonNullable<RemoteBase>): void {
  bases.set(change, base);
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
        async saveChanges(change) {
          await repo.saveChanges(change);
          post({ kind: 'changes', change, base: bases.get(change) ?? null });
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
        const m = event.data as Partial<Envelope> | null;
        if (!m || typeof m !== 'object' || m.tab === tab) return;
        const db = Number(m.db);
        const schema = Number(m.schema);
        if (db > dbVersion || schema > SCHEMA_VERSION) return handlers.newer();
        // An older tab's records may lack fields this code keeps: tell it to stop instead.
        if (db < dbVersion || schema < SCHEMA_VERSION) return post({ kind: 'hello' });
        if (m.kind === 'changes' && m.change && typeof m.change.mapId === 'string') {
          handlers.change(m.change, m.base ?? null);
        } else if (m.kind === 'maps') {
          handlers.maps();
        }
      };
      post({ kind: 'hello' });
    },

    close() {
      if (channel) channel.onmessage = null;
      channel?.close();
    },
  };
}
