/** Snapshots (versjoner) of the open map: take, list, restore (undoably), prune, compare. */
import { liveMeta } from '../domain/ids';
import { autoSnapshotsToPrune, needsDailySnapshot } from '../domain/snapshotRetention';
import type { MapDocument, Snapshot, SnapshotKind } from '../domain/types';
import type { Repository } from '../persistence/repository';
import { restore, toSaved } from '../schema';
import { documentStore, edit } from './documentStore';

export class Snapshots {
  /** Bumped after every change, so panels can re-read the list. */
  private listeners = new Set<() => void>();

  constructor(private readonly repo: Repository) {}

  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private changed(): void {
    for (const fn of this.listeners) fn();
  }

  list(mapId: string): Promise<Snapshot[]> {
    return this.repo.listSnapshots(mapId);
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
    this.changed();
    return snapshot;
  }

  async remove(id: string): Promise<void> {
    await this.repo.deleteSnapshot(id);
    this.changed();
  }

  /**
   * Puts a snapshot's map back as one undoable edit, after saving the current state as a
   * "restore" snapshot, so both Ctrl+Z and the list can take it back. Stored snapshots are
   * untrusted like any input: they go through `restore()` first.
   */
  async restore(snapshot: Snapshot, safetyName: string): Promise<boolean> {
    const current = documentStore.getState().doc;
    if (!current || snapshot.mapId !== current.map.id) return false;
    const checked = restore(JSON.parse(JSON.stringify(toSaved(snapshot.document))));
    if (!checked.ok) return false;
    await this.take(current, safetyName, 'restore');
    return edit(() => checked.value);
  }

  /** On the first open of a day: an automatic snapshot, keeping the last 14 of them. */
  async daily(doc: MapDocument, name: string): Promise<Snapshot | null> {
    const all = await this.list(doc.map.id);
    const now = liveMeta().now;
    let taken: Snapshot | null = null;
    if (needsDailySnapshot(all, now)) taken = await this.take(doc, name, 'auto');
    const prune = autoSnapshotsToPrune(taken ? [taken, ...all] : all);
    for (const s of prune) await this.repo.deleteSnapshot(s.id);
    if (prune.length) this.changed();
    return taken;
  }
}
