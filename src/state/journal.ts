import { applyChangeSet, type ChangeSet, isEmptyChange } from '../domain/changes';
import { getRecord, hasRecord } from '../domain/records';
import type { Repository } from '../persistence/repository';
import { restore, toSaved } from '../schema';
import { TAB_ID } from './tab';

/**
 * A tab closed a moment after an edit can be torn down before its IndexedDB transaction commits.
 * On page hide, unsaved changes are also written synchronously to localStorage; the next start
 * replays them through `restore()` and clears the journal.
 */
export const JOURNAL_KEY = 'samspill:unsaved-changes';
/**
 * Each tab journals under its own key: a save in one tab must not clear another tab's unsaved
 * edits (say, a tab that stopped writing because another tab upgraded the database).
 */
const OWN_KEY = `${JOURNAL_KEY}:${TAB_ID}`;

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> &
  Partial<Pick<Storage, 'key' | 'length'>>;

export function appendToJournal(storage: KeyValueStore | null, change: ChangeSet): void {
  if (!storage || isEmptyChange(change)) return;
  try {
    const pending = readJournal(storage, OWN_KEY);
    storage.setItem(OWN_KEY, JSON.stringify([...pending, change]));
  } catch {
    // Quota or privacy mode: the IndexedDB write is still under way; nothing more to do.
  }
}

function readJournal(storage: KeyValueStore, key: string): unknown[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(key) ?? '[]');
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

export function clearJournal(storage: KeyValueStore | null): void {
  storage?.removeItem(OWN_KEY);
}

/** Every tab's journal, and the single journal of versions before per-tab keys. */
function journalKeys(storage: KeyValueStore): string[] {
  const keys = new Set([JOURNAL_KEY, OWN_KEY]);
  for (let i = 0; storage.key && i < (storage.length ?? 0); i++) {
    const key = storage.key(i);
    if (key?.startsWith(`${JOURNAL_KEY}:`)) keys.add(key);
  }
  return [...keys];
}

/** Writes journalled changes that storage may have missed. Invalid entries are dropped. */
export async function replayJournal(
  storage: KeyValueStore | null,
  repo: Repository,
): Promise<number> {
  if (!storage) return 0;
  let replayed = 0;
  const keys = journalKeys(storage);
  for (const entry of keys.flatMap((key) => readJournal(storage, key))) {
    const change = normalise(entry);
    if (!change) continue;
    const loaded = await repo.loadMap(change.mapId);
    if (!loaded?.ok) continue;
    // The same validation as any other input: the result must restore cleanly.
    const next = applyChangeSet(loaded.value, change);
    const checked = restore(JSON.parse(JSON.stringify(toSaved(next))));
    if (!checked.ok) continue;
    const doc = checked.value;
    const pick = <T>(records: Record<string, T>, put: readonly { id: string }[]) =>
      put.flatMap((r) => {
        const kept = getRecord(records, r.id);
        return kept ? [kept] : [];
      });
    await repo.saveChanges({
      mapId: change.mapId,
      map: change.map ? doc.map : null,
      putActors: pick(doc.actors, change.putActors),
      deleteActors: change.deleteActors.filter((id) => !hasRecord(doc.actors, id)),
      putCollaborations: pick(doc.collaborations, change.putCollaborations),
      deleteCollaborations: change.deleteCollaborations.filter(
        (id) => !hasRecord(doc.collaborations, id),
      ),
      putActivities: pick(doc.activities, change.putActivities),
      deleteActivities: change.deleteActivities.filter((id) => !hasRecord(doc.activities, id)),
      putViews: pick(doc.views, change.putViews),
      deleteViews: change.deleteViews.filter((id) => !hasRecord(doc.views, id)),
    });
    replayed++;
  }
  for (const key of keys) storage.removeItem(key);
  return replayed;
}

const list = (v: unknown): never[] => (Array.isArray(v) ? (v as never[]) : []);

function normalise(entry: unknown): ChangeSet | null {
  if (typeof entry !== 'object' || entry === null) return null;
  const e = entry as Record<string, unknown>;
  if (typeof e.mapId !== 'string') return null;
  const map = typeof e.map === 'object' && e.map !== null ? (e.map as ChangeSet['map']) : null;
  return {
    mapId: e.mapId,
    map,
    putActors: list(e.putActors),
    deleteActors: list(e.deleteActors),
    putCollaborations: list(e.putCollaborations),
    deleteCollaborations: list(e.deleteCollaborations),
    putActivities: list(e.putActivities),
    deleteActivities: list(e.deleteActivities),
    putViews: list(e.putViews),
    deleteViews: list(e.deleteViews),
  };
}
