import { diffDocuments } from '../domain/changes';
import { duplicateDocument, updateMap } from '../domain/commands';
import { makeMap } from '../domain/factory';
import { liveMeta } from '../domain/ids';
import type { MapDocument } from '../domain/types';
import type { Repository } from '../persistence/repository';
import { type RestoreError, restore } from '../schema';
import { type Autosave, createAutosave } from './autosave';
import { documentStore, edit, replaceDocument } from './documentStore';
import { replayJournal } from './journal';
import { kulturskoleTemplate } from './template';
import { emptyFilters, type PersistStatus, showToast, uiStore } from './uiStore';

export const LAST_MAP_KEY = 'lastMapId';
export const LOCALE_KEY = 'locale';

export interface SessionText {
  newMapName: string;
  focalName: string;
  copyOf: (name: string) => string;
  deleted: (name: string) => string;
  undoDelete: string;
}

export class LoadError extends Error {
  constructor(readonly restoreError: RestoreError) {
    super(`${restoreError.code} at ${restoreError.path}`);
  }
}

/** Map management on top of the repository: which map is open, and the maps around it. */
export class Session {
  private readonly autosave: Autosave;
  private persistAsked = false;

  constructor(
    private readonly repo: Repository,
    private readonly loadDemo: () => Promise<unknown>,
    private readonly text: () => SessionText,
    private readonly journal: Storage | null = null,
  ) {
    this.autosave = createAutosave(repo, () => void this.requestPersist(), journal);
  }

  async start(): Promise<void> {
    void this.readPersisted();
    await replayJournal(this.journal, this.repo);
    let maps = await this.repo.listMaps();
    if (maps.length === 0) {
      await this.createDemo();
      return;
    }
    const last = await this.repo.getSetting<string>(LAST_MAP_KEY);
    const id = maps.find((m) => m.id === last)?.id ?? maps[0]?.id;
    if (id) await this.openMap(id);
    maps = await this.refreshMaps();
  }

  async refreshMaps() {
    const maps = await this.repo.listMaps();
    uiStore.setState({ maps });
    return maps;
  }

  /** Saves the open map, then opens another. */
  async openMap(id: string): Promise<void> {
    await this.autosave.flush();
    const result = await this.repo.loadMap(id);
    if (!result) return;
    if (!result.ok) throw new LoadError(result.error);
    this.show(result.value);
    await this.repo.setSetting(LAST_MAP_KEY, id);
  }

  async createMap(name: string): Promise<void> {
    const t = kulturskoleTemplate;
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

  saveLocale(locale: string): Promise<void> {
    return this.repo.setSetting(LOCALE_KEY, locale);
  }

  flush(): Promise<boolean> {
    return this.autosave.flush();
  }

  dispose(): void {
    this.autosave.dispose();
  }

  private async addAndOpen(doc: MapDocument): Promise<void> {
    await this.autosave.flush();
    await this.repo.saveChanges(diffDocuments(null, doc));
    this.show(doc);
    await this.repo.setSetting(LAST_MAP_KEY, doc.map.id);
    await this.refreshMaps();
  }

  private show(doc: MapDocument): void {
    this.autosave.markSaved(doc);
    replaceDocument(doc);
    uiStore.setState({ selection: null, hoverId: null, filters: emptyFilters() });
  }

  private async readPersisted(): Promise<void> {
    const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
    if (!storage?.persisted) return this.setPersist('unsupported');
    if (await storage.persisted()) this.setPersist('granted');
  }

  /** Asked at the first edit, when the user has shown the data matters (DESIGN.md §7). */
  private async requestPersist(): Promise<void> {
    if (this.persistAsked) return;
    this.persistAsked = true;
    const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
    if (!storage?.persist) return this.setPersist('unsupported');
    try {
      this.setPersist((await storage.persist()) ? 'granted' : 'denied');
    } catch {
      this.setPersist('denied');
    }
  }

  private setPersist(persist: PersistStatus): void {
    uiStore.setState({ persist });
  }
}
