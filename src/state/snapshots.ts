/** Snapshots (versjoner) of the open map: take, list, restore (undoably), prune, compare. */
import { liveMeta } from '../domain/ids';
import { autoSnapshotsToPrune, needsDailySnapshot } from '../domain/snapshotRetention';
import {
  type MapDocument,
  SNAPSHOT_KINDS,
  type Snapshot,
  type SnapshotKind,
} from '../domain/types';
import type { Repository } from '../persistence/repository';
import { asStoredRows, restore, restoreStored, toSaved, vocabularyOf } from '../schema';
import { documentStore, edit } from './documentStore';
import { shippedTemplate } from './template';

export class Snapshots {
  /** Bumped after every change, so panels can re-read the list. */
  private listeners = new Set<() => void>();
  /**
   * Versions taken in this session, by id: the documents the app held, valid already. Reading
   * them back need not check them again, which took 0.35 s for a 5,000-actor import's version
   * and 2.9 s at 20,000, in one task, as the map opened (issue 18). Their records are the live
   * document's own (records are immutable), so keeping them costs little.
   */
  private taken = new Map<string, MapDocument>();
  /** Versions of one map (`knownMap`) already read or taken, by id. */
  private known = new Map<string, Snapshot>();
  private knownMap: string | null = null;

  constructor(private readonly repo: Repository) {}

  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private changed(): void {
    for (const fn of this.listeners) fn();
  }

  /**
   * The map's versions, newest first, each safe to list (see `listable`). A stored version never
   * changes, so those read before are not read again: only the ids are (`known`), and a new one
   * is read on its own, each in a task of its own. One read of them all took 0.3 s per version
   * of a 20,000-actor map, in one task (docs/big-maps.md).
   */
  async list(mapId: string): Promise<Snapshot[]> {
    this.knowMap(mapId);
    const ids = await this.repo.snapshotIds(mapId);
    const rows: Snapshot[] = [];
    for (const id of ids) {
      let row = this.known.get(id);
      if (!row) {
        const stored = await this.repo.getSnapshot(id);
        if (!stored) continue;
        row = listable(stored);
        // Unless another map was listed meanwhile.
        if (this.knownMap === mapId) this.known.set(id, row);
      }
      rows.push(row);
    }
    return rows.sort(newestFirst);
  }

  /** The map a version holds, checked as a restore would check it; `null` when it is damaged. */
  documentOf(snapshot: Snapshot): MapDocument | null {
    const known = snapshot.kind === 'repair' ? undefined : this.taken.get(snapshot.id);
    if (known) return known;
    try {
      const checked = checkedDocument(snapshot);
      return checked.ok ? checked.value : null;
    } catch {
      return null;
    }
  }

  /** Stores the document as it is now; records are immutable, so no copy is needed. */
  async take(doc: MapDocument, name: string, kind: SnapshotKind): Promise<Snapshot> {
    const meta = liveMeta();
    const snapshot: Snapshot = {
      id: meta.newId(),
      mapId: doc.map.id,
      name: name.trim() || name,
      createdAt: meta.now,
      kind,
      document: doc,
    };
    await this.repo.putSnapshot(snapshot);
    this.taken.set(snapshot.id, doc);
    this.knowMap(snapshot.mapId);
    this.known.set(snapshot.id, snapshot);
    this.changed();
    return snapshot;
  }

  async remove(id: string): Promise<void> {
    await this.repo.deleteSnapshot(id);
    this.forget(id);
    this.changed();
  }

  /** Keeps the versions of one map only: the one open. */
  private knowMap(mapId: string): void {
    if (this.knownMap === mapId) return;
    this.known.clear();
    this.knownMap = mapId;
  }

  private forget(id: string): void {
    this.taken.delete(id);
    this.known.delete(id);
  }

  /**
   * Puts a snapshot's map back as one undoable edit, after saving the current state as a
   * "restore" snapshot, so both Ctrl+Z and the list can take it back. Stored snapshots are
   * untrusted like any input: they go through `restore()` first.
   */
  async restore(snapshot: Snapshot, safetyName: string): Promise<boolean> {
    const current = documentStore.getState().doc;
    if (!current || snapshot.mapId !== current.map.id) return false;
    const checked = checkedDocument(snapshot);
    if (!checked.ok) return false;
    await this.take(current, safetyName, 'restore');
    return edit(() => checked.value) === true;
  }

  /**
   * On the first open of a day: an automatic snapshot, keeping the last 14 of them. Whether one
   * is due, and which to prune, is read from an index, not from the versions themselves.
   */
  async daily(doc: MapDocument, name: string): Promise<Snapshot | null> {
    const autos = await this.repo.autoSnapshots(doc.map.id);
    const stamps = autos.map((a) => ({ ...a, kind: 'auto' as const }));
    let taken: Snapshot | null = null;
    if (needsDailySnapshot(stamps, liveMeta().now)) taken = await this.take(doc, name, 'auto');
    const prune = autoSnapshotsToPrune(taken ? [taken, ...stamps] : stamps);
    for (const s of prune) {
      await this.repo.deleteSnapshot(s.id);
      this.forget(s.id);
    }
    if (prune.length) this.changed();
    return taken;
  }
}

/**
 * The map a snapshot puts back. A version kept before a repair holds the rows as they were
 * stored, unvalidated (`raw`): they are what it keeps, so they go through the same repair as a
 * load again (never strict `restore()`, which refuses the very damage they hold). The repaired
 * `document` stored beside them is only for comparing and backups. Any other version is a
 * document that once passed `restore()`, and must pass it again.
 */
function checkedDocument(snapshot: Snapshot) {
  const rows = snapshot.kind === 'repair' ? asStoredRows(snapshot.raw) : null;
  if (rows) {
    const loaded = restoreStored(rows, vocabularyOf(shippedTemplate()));
    return loaded.ok ? { ok: true as const, value: loaded.value.doc } : loaded;
  }
  return restore(JSON.parse(JSON.stringify(toSaved(snapshot.document))));
}

const EPOCH = '1970-01-01T00:00:00.000Z';

const newestFirst = (a: Snapshot, b: Snapshot) =>
  a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0;

/**
 * Stored versions are untrusted like every stored row: what the list shows of one must not fail
 * to render. A name is made text and a date readable; the document is checked when it is used.
 */
function listable(s: Snapshot): Snapshot {
  const { name, createdAt, kind } = s as { name: unknown; createdAt: unknown; kind: unknown };
  const dated = typeof createdAt === 'string' && !Number.isNaN(Date.parse(createdAt));
  const known = kind === undefined || SNAPSHOT_KINDS.includes(kind as SnapshotKind);
  if (typeof name === 'string' && dated && known) return s;
  return {
    ...s,
    name: typeof name === 'string' ? name : String(name ?? ''),
    createdAt: dated ? (createdAt as string) : EPOCH,
    kind: known ? (kind as SnapshotKind | undefined) : 'manual',
  };
}

/** A snapshot's map under another map id; its records keep their ids, which live only inside it. */
export function rehome(doc: MapDocument, mapId: string): MapDocument {
  const move = <T extends { mapId: string }>(rows: Record<string, T>) =>
    Object.fromEntries(Object.entries(rows).map(([id, r]) => [id, { ...r, mapId }]));
  return {
    map: { ...doc.map, id: mapId },
    actors: move(doc.actors),
    collaborations: move(doc.collaborations),
    activities: move(doc.activities),
    views: move(doc.views),
  };
}
