import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/domain/changes';
import { addActor, removeItems } from '../../src/domain/commands';
import { makeMap } from '../../src/domain/factory';
import { appendToJournal, clearJournal, JOURNAL_KEY, replayJournal } from '../../src/state/journal';
import { memoryStorage } from '../fixtures/memoryStorage';
import { testMeta } from '../fixtures/meta';
import { openTestStore } from '../persistence/harness';

const base = () =>
  makeMap(
    {
      name: 'Journal',
      focalName: 'Kulturskolen',
      templateId: 'kulturskole',
      focalSectorId: 'focal',
      focalTypeId: 'culture-school',
    },
    testMeta('2026-01-01T00:00:00.000Z', 'j'),
  );

describe('unsaved-changes journal', () => {
  it('replays changes that never reached IndexedDB, then clears itself', async () => {
    const store = openTestStore();
    const doc = base();
    await store.create(doc);
    const meta = testMeta('2026-01-02T00:00:00.000Z', 'k');
    const added = addActor(doc, { name: 'Rask aktør' }, meta).doc;
    const storage = memoryStorage();
    appendToJournal(storage, diffDocuments(doc, added));
    const removed = removeItems(added, { actorIds: [doc.map.focalActorId ?? ''] }, meta);
    appendToJournal(storage, diffDocuments(added, removed));

    expect(await replayJournal(storage, store.repo)).toBe(2);
    const stored = await store.load(doc.map.id);
    expect(Object.values(stored.actors).map((a) => a.name)).toEqual(['Rask aktør']);
    expect(stored.map.focalActorId).toBeNull();
    expect(storage.data.has(JOURNAL_KEY)).toBe(false);
  });

  it('drops entries that would not restore, and survives a corrupt journal', async () => {
    const store = openTestStore();
    const doc = base();
    await store.create(doc);
    const storage = memoryStorage();
    const bad = diffDocuments(doc, addActor(doc, { name: 'X' }, testMeta('t', 'b')).doc);
    storage.setItem(JOURNAL_KEY, JSON.stringify([bad, { mapId: 42 }, null]));
    expect(await replayJournal(storage, store.repo)).toBe(0);
    expect(Object.keys((await store.load(doc.map.id)).actors)).toHaveLength(1);

    storage.setItem(JOURNAL_KEY, '{not json');
    expect(await replayJournal(storage, store.repo)).toBe(0);
    expect(storage.data.has(JOURNAL_KEY)).toBe(false);
  });

  it("keeps each tab's journal apart: a save here never clears another tab's edits", async () => {
    const store = openTestStore();
    const doc = base();
    await store.create(doc);
    const storage = memoryStorage();
    const other = diffDocuments(
      doc,
      addActor(doc, { name: 'Fra fanen ved siden av' }, testMeta('2026-01-03T00:00:00.000Z', 'o'))
        .doc,
    );
    storage.setItem(`${JOURNAL_KEY}:other-tab`, JSON.stringify([other]));
    appendToJournal(
      storage,
      diffDocuments(
        doc,
        addActor(doc, { name: 'Herfra' }, testMeta('2026-01-03T00:00:00.000Z', 'h')).doc,
      ),
    );
    clearJournal(storage);
    expect([...storage.data.keys()]).toEqual([`${JOURNAL_KEY}:other-tab`]);
    // At the next start every tab's journal is replayed, so nothing is lost either way.
    expect(await replayJournal(storage, store.repo)).toBe(1);
    const stored = await store.load(doc.map.id);
    expect(Object.values(stored.actors).map((a) => a.name)).toContain('Fra fanen ved siden av');
    expect(storage.data.size).toBe(0);
  });
});
