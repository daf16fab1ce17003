import { type ChangeSet, diffDocuments } from '../domain/changes';
import { duplicateDocument, updateMap } from '../domain/commands';
import { makeMap } from '../domain/factory';
import { liveMeta } from '../domain/ids';
import type { RemoteBase } from '../domain/remoteChanges';
import type { MapDocument, Snapshot } from '../domain/types';
import { IdConflictError, type Repository } from '../persistence/repository';
import { type RawMap, type RestoreError, restore, type StoredRows, vocabularyOf } from '../schema';
import { addNotice, dropNotices, isNewerDatabase } from './appStatus';
import { type Autosave, createAutosave } from './autosave';
import { documentStore, edit, replaceDocument } from './documentStore';
import { DrawnMaps } from './drawnMaps';
import { replayJournal } from './journal';
import { nextTask } from './nextTask';
import { OpeningGuard } from './openingGuard';
import { persistOnFirstEdit, readPersisted } from './persistentStorage';
import { rehome, Snapshots } from './snapshots';
import { shippedTemplate } from './template';
import { showToast, uiStore } from './uiStore';
import { emptyFilters, viewStore } from './viewStore';

export const LAST_MAP_KEY = 'lastMapId';
export { OPENING_KEY } from './openingGuard';
export const LOCALE_KEY = 'locale';
/** ISO times: the last backup downloaded, and the last edit a user made (not a layout). */
export const LAST_BACKUP_KEY = 'lastBackupAt';
export const LAST_EDIT_KEY = 'lastEditAt';
/** Edits are noted at most this often: one settings write per minute of a workshop. */
const EDIT_NOTE_MS = 60_000;

/**
 * A map of more records than this is read and checked in one task and shown in the next: at
 * 5,000 actors each takes a few hundred milliseconds, too long for one task (docs/big-maps.md).
 */
const SPLIT_OPEN_RECORDS = 3000;

export interface MapWithSnapshots {
  doc: MapDocument;
  snapshots: Snapshot[];
}

export interface SessionText {
  newMapName: string;
  focalName: string;
  copyOf: (name: string) => string;
  deleted: (name: string) => string;
  undoDelete: string;
  /** The name of the version that keeps a map's rows as they were before a repair. */
  beforeRepair?: string;
}

export interface SessionOptions {
  /**
   * Where to mark each map as opening until the app says it has drawn (`mapDrawn`); at start, a
   * map still marked is skipped. Needs a map view to report drawing, so it is off (absent) where
   * there is none. The app passes localStorage (src/state/openingGuard.ts says why).
   */
  openingMarks?: Storage | null;
}

export class LoadError extends Error {
  constructor(readonly restoreError: RestoreError) {
    super(`${restoreError.code} at ${restoreError.path}`);
  }
}

/** Map management on top of the repository: which map is open, and the maps around it. */
export class Session {
  private readonly autosave: Autosave;
  /** Versions of the open map. */
  readonly snapshots: Snapshots;
  private readonly requestPersist = persistOnFirstEdit();
  private editNotedAt = 0;
  private readonly unsubscribe: () => void;
  private readonly guard: OpeningGuard;
  /** The maps the map view has drawn (`mapDrawn`), for work that waits until then. */
  readonly drawn = new DrawnMaps();
  /** templateFor() gives every map the one shipped template, so one vocabulary serves all. */
  private readonly vocabulary = vocabularyOf(shippedTemplate());

  constructor(
    private readonly repo: Repository,
    private readonly loadDemo: () => Promise<unknown>,
    private readonly text: () => SessionText,
    private readonly journal: Storage | null = null,
    options: SessionOptions = {},
  ) {
    this.guard = new OpeningGuard(options.openingMarks ?? null);
    this.autosave = createAutosave(repo, () => void this.requestPersist(), journal);
    this.snapshots = new Snapshots(repo);
    // The backup reminder needs the last real edit: a layout also touches map.updatedAt.
    this.unsubscribe = documentStore.subscribe((state, prev) => {
      const tracked = documentStore.temporal.getState().isTracking;
      if (tracked && state.doc && prev.doc && state.doc.map.id === prev.doc.map.id) {
        this.noteEdit();
      }
    });
  }

  async start(): Promise<void> {
    void readPersisted();
    await replayJournal(this.journal, this.repo);
    let maps = await this.repo.listMaps();
    if (maps.length === 0) {
      await this.createDemo();
      return;
    }
    const last = await this.repo.getSetting<string>(LAST_MAP_KEY);
    const crashed = this.guard.marked();
    // The last map first, then the others: a map that cannot be read, or that stopped the app
    // while opening last time, stays closed, and the next one opens instead.
    const order = [...maps.filter((m) => m.id === last), ...maps.filter((m) => m.id !== last)];
    for (const m of order) {
      if (m.id === crashed) {
        addNotice({ kind: 'skipped', mapId: m.id, name: m.name });
        continue;
      }
      if (await this.tryOpen(m.id)) break;
    }
    maps = await this.refreshMaps();
  }

  async refreshMaps() {
    const maps = await this.repo.listMaps();
    uiStore.setState({ maps });
    return maps;
  }

  /** Saves the open map, then opens another (see `tryOpen`). */
  async openMap(id: string): Promise<void> {
    await this.tryOpen(id);
  }

  /**
   * Saves the open map, then opens another; false when there is no such map or it cannot be
   * read (a notice says so, and the open map stays). Damaged rows are repaired: the rows as they
   * were are kept as a version and the repaired map is saved, so the repair is reported once.
   */
  private async tryOpen(id: string): Promise<boolean> {
    await this.autosave.flush();
    // Checked in steps, a task each: one check took 0.6 s at 20,000 actors (docs/big-maps.md).
    const stored = await this.repo.readMap(id, this.vocabulary, nextTask);
    if (!stored) return false;
    const { loaded, rows } = stored;
    if (!loaded.ok) {
      addNotice({ kind: 'unreadable', mapId: id, name: nameOf(rows, id), error: loaded.error });
      return false;
    }
    const { doc, repairs, damaged } = loaded.value;
    if (repairs.length > 0) await this.saveRepair(doc, rows, damaged);
    dropNotices(id, ['unreadable', 'skipped']);
    await this.present(doc);
    await this.repo.setSetting(LAST_MAP_KEY, id);
    return true;
  }

  /** The map view has drawn the open map: it no longer counts as opening. */
  mapDrawn(id: string): void {
    this.guard.drawn(id);
    this.drawn.drawn(id);
  }

  /**
   * The app failed while showing the open map (the error boundary): mark it as opening again,
   * so the next start does not open it by itself.
   */
  noteCrash(): void {
    const id = documentStore.getState().doc?.map.id;
    if (id) this.guard.mark(id);
  }

  async createMap(name: string): Promise<void> {
    const t = shippedTemplate();
    const doc = makeMap(
      {
        name,
        focalName: this.text().focalName,
        templateId: t.id,
        focalSectorId: t.focal.sectorId,
        focalTypeId: t.focal.typeId,
      },
      liveMeta(),
    );
    await this.addAndOpen(doc);
  }

  async createDemo(): Promise<void> {
    const parsed = restore(await this.loadDemo());
    if (!parsed.ok) throw new LoadError(parsed.error);
    // Fresh ids, so the demo can be made again beside an earlier copy.
    await this.addAndOpen(duplicateDocument(parsed.value, parsed.value.map.name, liveMeta()));
  }

  /**
   * Keeps the rows as they were as a 'repair' version, then saves the repaired map, in one
   * transaction. A failed write leaves the rows as they were (the repair comes again at the
   * next load) and shows as a failed save.
   */
  private async saveRepair(doc: MapDocument, rows: StoredRows, damaged: number): Promise<void> {
    const meta = liveMeta();
    const original: Snapshot = {
      id: meta.newId(),
      mapId: doc.map.id,
      name: this.text().beforeRepair ?? doc.map.name,
      createdAt: meta.now,
      kind: 'repair',
      document: doc,
      raw: rows,
    };
    try {
      await this.repo.saveRepaired(doc, original);
    } catch (e) {
      if (isNewerDatabase(e)) throw e;
      uiStore.setState({
        save: { status: 'error', error: e instanceof Error ? e.message : String(e) },
      });
      return;
    }
    addNotice({ kind: 'repaired', mapId: doc.map.id, name: doc.map.name, count: damaged });
  }

  async duplicateCurrent(): Promise<void> {
    const doc = documentStore.getState().doc;
    if (!doc) return;
    await this.autosave.flush();
    await this.addAndOpen(duplicateDocument(doc, this.text().copyOf(doc.map.name), liveMeta()));
  }

  renameCurrent(name: string): void {
    const trimmed = name.trim();
    if (trimmed) edit((doc, meta) => updateMap(doc, { name: trimmed }, meta));
  }

  /** Deletes a map and offers to undo it; another map opens, or a new one if none is left. */
  async deleteMap(id: string): Promise<void> {
    await this.autosave.flush();
    const deleted = await this.repo.deleteMap(id);
    if (!deleted) return;
    this.noteEdit(true);
    const maps = await this.refreshMaps();
    if (documentStore.getState().doc?.map.id === id) {
      const next = maps[0];
      if (next) await this.openMap(next.id);
      else await this.createMap(this.text().newMapName);
    }
    const text = this.text();
    showToast({
      message: text.deleted(deleted.document.map.name),
      undoLabel: text.undoDelete,
      undo: () => {
        void this.repo
          .restoreDeleted(deleted)
          .then(() => this.openMap(deleted.document.map.id))
          .then(() => this.refreshMaps());
      },
    });
  }

  /**
   * Adds whole maps (a restored backup, imported files) in one transaction and opens the first.
   * A map whose ids are already stored comes in as a copy under new ids: their names are returned.
   */
  async importMaps(maps: readonly MapWithSnapshots[], isEdit = true): Promise<string[]> {
    await this.autosave.flush();
    const stored = new Set((await this.repo.listMaps()).map((m) => m.id));
    let batch = maps.map((m) => (stored.has(m.doc.map.id) ? this.copy(m) : { ...m, copy: false }));
    // Each conflict turns one more map into a copy, whose fresh ids cannot conflict again.
    for (let attempt = 0; ; attempt++) {
      try {
        await this.repo.importMaps(
          batch.map((m) => m.doc),
          batch.flatMap((m) => m.snapshots),
        );
        break;
      } catch (e) {
        if (!(e instanceof IdConflictError) || attempt >= batch.length) throw e;
        batch = batch.map((m) => (m.doc.map.id === e.mapId ? this.copy(m) : m));
      }
    }
    const first = batch[0];
    if (first) await this.openAdded(first.doc.map.id, isEdit);
    return batch.filter((m) => m.copy).map((m) => m.doc.map.name);
  }

  /**
   * Adds one new map with `write` and opens it. The import worker writes straight into the store
   * at `repo.location`; `write` resolves to the new map's id, or null when it wrote nothing.
   */
  async addImportedMap(write: (repo: Repository) => Promise<string | null>): Promise<void> {
    await this.autosave.flush();
    const id = await write(this.repo);
    if (id !== null) await this.openAdded(id, true);
  }

  private async openAdded(id: string, isEdit: boolean): Promise<void> {
    if (isEdit) this.noteEdit(true);
    await this.openMap(id);
    await this.refreshMaps();
  }

  /**
   * Every stored map with its snapshots, for a backup. A map with damaged rows comes repaired,
   * and its rows as stored come in `raw` too; a map that cannot be read is named in `unreadable`
   * and comes only in `raw`, with its versions. Nothing stored is left out.
   */
  async readAllMaps(): Promise<{ maps: MapWithSnapshots[]; unreadable: string[]; raw: RawMap[] }> {
    await this.autosave.flush();
    const maps: MapWithSnapshots[] = [];
    const unreadable: string[] = [];
    const raw: RawMap[] = [];
    for (const m of await this.repo.listMaps()) {
      const stored = await this.repo.readMap(m.id, this.vocabulary);
      if (!stored) continue;
      const snapshots = await this.repo.listSnapshots(m.id);
      const { loaded, rows } = stored;
      const at = { mapId: m.id, name: m.name, rows };
      if (loaded.ok) {
        maps.push({ doc: loaded.value.doc, snapshots });
        if (loaded.value.repairs.length) raw.push({ ...at, problem: null, snapshots: [] });
      } else {
        unreadable.push(m.name);
        const { code, path } = loaded.error;
        raw.push({ ...at, problem: { code, path }, snapshots });
      }
    }
    return { maps, unreadable, raw };
  }

  setting<T>(key: string): Promise<T | undefined> {
    return this.repo.getSetting<T>(key);
  }

  async markBackedUp(at: string): Promise<void> {
    this.editNotedAt = 0;
    await this.repo.setSetting(LAST_BACKUP_KEY, at);
  }

  saveLocale(locale: string): Promise<void> {
    return this.repo.setSetting(LOCALE_KEY, locale);
  }

  flush(): Promise<boolean> {
    return this.autosave.flush();
  }

  /** Another tab's saved change to the open map (src/state/tabSync.ts): shown, not re-saved. */
  applyRemote(change: ChangeSet, base: RemoteBase = null): void {
    this.autosave.applyRemote(change, base);
  }

  dispose(): void {
    this.unsubscribe();
    this.autosave.dispose();
  }

  private noteEdit(now = false): void {
    const t = Date.now();
    if (!now && t - this.editNotedAt < EDIT_NOTE_MS) return;
    this.editNotedAt = t;
    // Only feeds a reminder: a failed write shows up through autosave, not here.
    this.repo.setSetting(LAST_EDIT_KEY, new Date(t).toISOString()).catch(() => {});
  }

  /** The map under fresh ids and a "Copy of" name; its snapshots move along with new ids. */
  private copy(m: MapWithSnapshots): MapWithSnapshots & { copy: true } {
    const meta = liveMeta();
    const doc = duplicateDocument(m.doc, this.text().copyOf(m.doc.map.name), meta);
    const snapshots = m.snapshots.map((s) => ({
      ...s,
      id: meta.newId(),
      mapId: doc.map.id,
      document: rehome(s.document, doc.map.id),
    }));
    return { doc, snapshots, copy: true };
  }

  private async addAndOpen(doc: MapDocument): Promise<void> {
    await this.autosave.flush();
    await this.repo.saveChanges(diffDocuments(null, doc));
    await this.present(doc);
    await this.repo.setSetting(LAST_MAP_KEY, doc.map.id);
    await this.refreshMaps();
  }

  /** Shows a map, marked as opening first (src/state/openingGuard.ts). */
  private async present(doc: MapDocument): Promise<void> {
    this.guard.mark(doc.map.id);
    const records = Object.keys(doc.actors).length + Object.keys(doc.collaborations).length;
    if (records > SPLIT_OPEN_RECORDS) await nextTask();
    this.show(doc);
  }

  private show(doc: MapDocument): void {
    this.autosave.markSaved(doc);
    replaceDocument(doc);
    viewStore.setState({ selection: null, hoverId: null, filters: emptyFilters() });
  }
}

/** A map's name from its stored row, or its id when the name cannot be read. */
function nameOf(rows: StoredRows, id: string): string {
  const name = (rows.map as { name?: unknown } | null)?.name;
  return typeof name === 'string' && name.trim() ? name : id;
}
