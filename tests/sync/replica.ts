import * as Y from 'yjs';
import { diffDocuments, isEmptyChange } from '../../src/domain/changes';
import type { EditMeta } from '../../src/domain/ids';
import { mergeRemote } from '../../src/domain/remoteChanges';
import type { MapDocument } from '../../src/domain/types';
import { createBridge, docFromY, LOCAL_ORIGIN, type SharedBridge, seedY } from '../../src/sync';

/** A clock shared by every replica of a test, so that later edits have later times. */
export function clock(start = Date.parse('2026-01-01T00:00:00.000Z')) {
  let t = start;
  return () => {
    t += 1000;
    return new Date(t).toISOString();
  };
}

/**
 * One device: a Y.Doc, the document its app shows, and the bridge between them, wired as the app
 * wires autosave and remote changes. Its own updates go to `outbox`, to be delivered by the test.
 */
export class Replica {
  readonly ydoc = new Y.Doc();
  doc!: MapDocument;
  bridge!: SharedBridge;
  readonly outbox: Uint8Array[] = [];
  dropped = 0;
  private n = 0;

  constructor(
    readonly name: string,
    private readonly now: () => string,
  ) {
    this.ydoc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === LOCAL_ORIGIN) this.outbox.push(update);
    });
  }

  meta(): EditMeta {
    return { now: this.now(), newId: () => `${this.name}-${++this.n}` };
  }

  /** Shares `doc` from this device. */
  share(doc: MapDocument): this {
    seedY(this.ydoc, doc);
    return this.attach(doc);
  }

  /** Opens the shared map this device has received, as a first load does. */
  open(mapId: string): this {
    const loaded = docFromY(this.ydoc, mapId);
    if (!loaded) throw new Error(`${this.name}: no map ${mapId}`);
    return this.attach(loaded.doc);
  }

  private attach(doc: MapDocument): this {
    this.doc = doc;
    this.bridge = createBridge(this.ydoc, doc, (u) => {
      this.dropped += u.dropped;
      this.doc = mergeRemote(this.doc, u.saved, u.change, u.base);
    });
    return this;
  }

  /** One local command, committed as autosave would: diff, then one Yjs transaction. */
  run(command: (doc: MapDocument, meta: EditMeta) => MapDocument): void {
    const prev = this.doc;
    const next = command(prev, this.meta());
    const change = diffDocuments(prev, next);
    if (isEmptyChange(change)) return;
    const shown = this.bridge.commit(change, prev);
    this.doc = mergeRemote(next, shown.saved, shown.change, shown.base);
  }

  receive(update: Uint8Array): void {
    Y.applyUpdate(this.ydoc, update, 'remote');
  }

  /** Everything `from` has that this replica lacks, by state vector (the provider's sync step). */
  syncFrom(from: Replica): void {
    this.receive(Y.encodeStateAsUpdate(from.ydoc, Y.encodeStateVector(this.ydoc)));
  }
}

export function syncAll(replicas: readonly Replica[]): void {
  for (let round = 0; round < 2; round++)
    for (const a of replicas) for (const b of replicas) if (a !== b) b.syncFrom(a);
}
