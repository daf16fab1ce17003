import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import type { EditMeta } from '../domain/ids';
import type { Template } from '../domain/types';
import { createBudget } from './budget';
import { lookUpCode, openConnection } from './connection';
import { viewOf } from './docView';
import { buildEntry, cleanNickname } from './entries';
import { newParticipantId, ownerOf, randomId } from './owner';
import {
  participantIdFor,
  readJoined,
  readNickname,
  readPending,
  writeJoined,
  writeNickname,
  writePending,
} from './storage';
import { type OwnEntry, ownEntries, planTakeBack } from './takeBack';
import type { ParticipantKey } from './translate';
import { removeRecords, writeRecords } from './writeY';

/**
 * The participant page's state and actions (docs/sharing.md, participants): join a workshop by
 * its code, add entries to the shared Y.Doc (kept in y-indexeddb, so entries made offline
 * survive a reload and are sent when the connection is back), take them back, and follow what
 * the server says.
 */
export type Phase =
  /** No code yet: the page asks for one. */
  | 'ask'
  | 'looking'
  | 'connecting'
  | 'online'
  | 'sending'
  | 'offline'
  /** The entry limit: the connection rests for 20 s. */
  | 'slow'
  | 'ended'
  | 'unknown-code'
  | 'unreachable'
  | 'too-many-tries';

export interface Notice {
  key: ParticipantKey;
  values?: Record<string, unknown>;
  tone: 'done' | 'problem';
}

export interface PageState {
  phase: Phase;
  code: string | null;
  mapName: string | null;
  entries: Array<OwnEntry & { waiting: boolean }>;
  waiting: number;
  nickname: string;
  notice: Notice | null;
  /** The server refused a change and the phone started again from its copy. */
  refused: boolean;
}

type Listener = () => void;

export interface Store {
  get(): PageState;
  subscribe(listener: Listener): () => void;
}

export interface SessionOptions {
  server: string;
  /** The template type guessing reads, loaded after the page shows. */
  template: () => Promise<Template>;
  /** Node has no WebSocket (tests pass `ws`). */
  WebSocketPolyfill?: unknown;
  /** How long to rest after the server's entry limit; `SLOW_DOWN_MS` unless a test says. */
  slowDownMs?: number;
}

/** How long the connection rests after the server's entry limit (its budget refills 0.5/s). */
export const SLOW_DOWN_MS = 20_000;

interface Live {
  code: string;
  server: string;
  mapId: string;
  ydoc: Y.Doc;
  stored: IndexeddbPersistence;
  owner: string;
  token: string;
  connection: ReturnType<typeof openConnection> | null;
  pending: Set<string>;
  timer: ReturnType<typeof setTimeout> | null;
  closed: boolean;
}

export function createSession(options: SessionOptions) {
  let state: PageState = {
    phase: 'ask',
    code: null,
    mapName: null,
    entries: [],
    waiting: 0,
    nickname: readNickname(),
    notice: null,
    refused: false,
  };
  const listeners = new Set<Listener>();
  const set = (patch: Partial<PageState>) => {
    state = { ...state, ...patch };
    for (const l of listeners) l();
  };
  const budget = createBudget();
  let live: Live | null = null;

  const refresh = () => {
    if (!live) return;
    const view = viewOf(live.ydoc);
    const own = view ? ownEntries(view, live.owner) : [];
    const pending = live.pending;
    // A record taken back before it was sent no longer waits.
    for (const id of [...pending]) {
      if (!own.some((e) => e.id === id) && !view?.actors[id] && !view?.collaborations[id]) {
        const tombstoned =
          live.ydoc.getMap('deleted:actors').has(id) ||
          live.ydoc.getMap('deleted:collaborations').has(id);
        if (!tombstoned) pending.delete(id);
      }
    }
    set({
      mapName: view?.map.name ?? null,
      entries: own.map((e) => ({ ...e, waiting: pending.has(e.id) })),
      waiting: pending.size,
    });
  };

  const markPending = (ids: string[]) => {
    if (!live) return;
    for (const id of ids) live.pending.add(id);
    writePending(live.code, live.pending);
  };

  const connect = (target: Live) => {
    if (target.closed) return;
    const events: Parameters<typeof openConnection>[4] = {
      onStatus(status) {
        if (live !== target || isFinal()) return;
        if (status === 'connected') set({ phase: target.pending.size ? 'sending' : 'connecting' });
        else if (status === 'disconnected' && state.phase !== 'slow') set({ phase: 'offline' });
      },
      onUnsent() {
        if (live === target && !isFinal() && state.phase === 'online') set({ phase: 'sending' });
      },
      onAllSent() {
        if (live !== target || isFinal()) return;
        target.pending.clear();
        writePending(target.code, []);
        set({ phase: 'online' });
        refresh();
      },
      onRefused(reason, code) {
        if (live !== target) return;
        refused(target, reason, code);
      },
    };
    target.connection = openConnection(
      target.server,
      target.mapId,
      target.token,
      target.ydoc,
      events,
      options.WebSocketPolyfill,
    );
  };

  const isFinal = () =>
    state.phase === 'ended' || state.phase === 'unknown-code' || state.phase === 'ask';

  const stop = (target: Live) => {
    target.connection?.destroy();
    target.connection = null;
    if (target.timer) clearTimeout(target.timer);
    target.timer = null;
  };

  function refused(target: Live, reason: string, code: number | null) {
    if (reason === 'workshop-ended' || reason === 'link-revoked' || reason === 'sharing-stopped') {
      stop(target);
      set({ phase: 'ended' });
      return;
    }
    if (reason === 'unknown-link' || reason === 'bad-token') {
      stop(target);
      set({ phase: 'unknown-code' });
      return;
    }
    if (reason === 'participant-forbidden') {
      // Resending would be refused again: start over from the server's copy.
      stop(target);
      void restart(target);
      return;
    }
    if (code === 4429 || code === 4413) {
      stop(target);
      set({ phase: 'slow' });
      target.timer = setTimeout(() => {
        target.timer = null;
        if (live === target && state.phase === 'slow') {
          set({ phase: 'connecting' });
          connect(target);
        }
      }, options.slowDownMs ?? SLOW_DOWN_MS);
    }
  }

  /** Forgets this phone's copy (and what it held unsent) and joins again from the server's. */
  async function restart(target: Live) {
    target.closed = true;
    await target.stored.clearData().catch(() => {});
    target.ydoc.destroy();
    writePending(target.code, []);
    if (live !== target) return;
    live = null;
    set({ refused: true, notice: null });
    await open(target.code, target.server, target.mapId);
  }

  async function open(code: string, server: string, mapId: string) {
    const ydoc = new Y.Doc();
    const stored = new IndexeddbPersistence(`samspill-participant-${code}`, ydoc);
    const id = participantIdFor(code, () => newParticipantId());
    const owner = await ownerOf(id);
    const target: Live = {
      code,
      server,
      mapId,
      ydoc,
      stored,
      owner,
      token: JSON.stringify({ v: 1, secret: code, participant: id }),
      connection: null,
      pending: new Set(readPending(code)),
      timer: null,
      closed: false,
    };
    live = target;
    await stored.whenSynced;
    if (live !== target) return;
    let queued = false;
    ydoc.on('update', () => {
      if (queued) return;
      queued = true;
      queueMicrotask(() => {
        queued = false;
        if (live === target) refresh();
      });
    });
    refresh();
    set({ phase: 'connecting' });
    connect(target);
  }

  async function join(code: string, server: string) {
    leaveLive();
    set({ phase: 'looking', code, refused: false, notice: null, entries: [], mapName: null });
    const saved = readJoined();
    const found = await lookUpCode(server, code);
    if (state.code !== code) return;
    if (found.ok) {
      writeJoined({ code, server, mapId: found.mapId });
      await open(code, server, found.mapId);
      return;
    }
    if (found.reason === 'unreachable' && saved?.code === code && saved.mapId) {
      // Offline with a workshop joined before: its entries are here, and wait for the network.
      await open(code, saved.server, saved.mapId);
      set({ phase: 'offline' });
      return;
    }
    const phase: Phase =
      found.reason === 'workshop-ended'
        ? 'ended'
        : found.reason === 'rate-limited'
          ? 'too-many-tries'
          : found.reason;
    if (phase === 'ended' || phase === 'unknown-code') writeJoined(null);
    else
      writeJoined({
        code,
        server,
        ...(saved?.code === code && saved.mapId ? { mapId: saved.mapId } : {}),
      });
    set({ phase });
  }

  function leaveLive() {
    if (!live) return;
    live.closed = true;
    stop(live);
    void live.stored.destroy();
    live.ydoc.destroy();
    live = null;
  }

  const meta = (): EditMeta => ({ now: new Date().toISOString(), newId: () => randomId() });

  return {
    store: {
      get: () => state,
      subscribe(listener: Listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    } satisfies Store,
    join,
    /** The shared map this phone holds now (tests and the console). */
    ydoc: (): Y.Doc | null => live?.ydoc ?? null,
    /** Back to the code field (a wrong link, or another workshop). */
    leave() {
      leaveLive();
      writeJoined(null);
      set({ phase: 'ask', code: null, entries: [], mapName: null, notice: null, refused: false });
    },
    setNickname(name: string) {
      set({ nickname: name });
      writeNickname(cleanNickname(name));
    },
    /** Adds what was typed; true when it was written (the box may be emptied). */
    async add(text: string): Promise<boolean> {
      const target = live;
      if (!target || isFinal()) return false;
      const view = viewOf(target.ydoc);
      if (!view) {
        set({ notice: { key: 'participant.notice.notReady', tone: 'problem' } });
        return false;
      }
      const template = await options.template();
      if (live !== target) return false;
      const author = { owner: target.owner, nickname: state.nickname };
      const entry = buildEntry(view, text, template, author, meta());
      if (!entry.ok) {
        const key = entry.problem === 'too-long' ? 'tooLong' : 'nothingNew';
        if (entry.problem !== 'empty')
          set({ notice: { key: `participant.notice.${key}`, tone: 'problem' } });
        return entry.problem === 'nothing-new';
      }
      const n = entry.actors.length + entry.collaborations.length;
      if (!budget.allows(n, target.pending.size)) {
        set({ notice: { key: 'participant.notice.tooFast', tone: 'problem' } });
        return false;
      }
      budget.spend(n);
      const ids = [...entry.actors, ...entry.collaborations].map((r) => r.id);
      markPending(ids);
      writeRecords(target.ydoc, target.mapId, entry.actors, entry.collaborations);
      const name = [...entry.actors.map((a) => a.name)].join(', ') || text.trim();
      set({
        notice: { key: 'participant.notice.added', values: { name }, tone: 'done' },
        refused: false,
      });
      return true;
    },
    async takeBack(entry: OwnEntry) {
      const target = live;
      if (!target || isFinal()) return;
      const view = viewOf(target.ydoc);
      if (!view) return;
      const plan = planTakeBack(view, target.owner, entry.kind, entry.id);
      if (!plan.ok) {
        if (plan.problem === 'others-links')
          set({
            notice: {
              key: 'participant.notice.othersLinks',
              values: { name: entry.label },
              tone: 'problem',
            },
          });
        return;
      }
      const n = plan.actors.length + plan.collaborations.length;
      budget.spend(n);
      const unsent = [...plan.actors, ...plan.collaborations].filter(
        (id) => !target.pending.has(id),
      );
      markPending(unsent);
      removeRecords(target.ydoc, target.mapId, plan.actors, plan.collaborations);
      set({
        notice: {
          key: 'participant.notice.takenBack',
          values: { name: entry.label },
          tone: 'done',
        },
      });
    },
  };
}

export type Session = ReturnType<typeof createSession>;
