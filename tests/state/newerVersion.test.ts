import { afterEach, describe, expect, it, vi } from 'vitest';
import demo from '../../data/samples/eksempel-kommune.samspill-map.json';
import { addActor } from '../../src/domain/commands';
import { appStatus } from '../../src/state/appStatus';
import { documentStore, edit, replaceDocument } from '../../src/state/documentStore';
import { JOURNAL_KEY } from '../../src/state/journal';
import { Session } from '../../src/state/session';
import { uiStore } from '../../src/state/uiStore';
import { memoryStorage } from '../fixtures/memoryStorage';
import { sessionText } from '../fixtures/sessionText';
import { openTestStore, upgradeElsewhere } from '../persistence/harness';

let session: Session | undefined;
afterEach(() => {
  session?.dispose();
  replaceDocument(null);
  appStatus.setState({ newerVersion: false });
  vi.restoreAllMocks();
});

const add = (name: string) => edit((doc, meta) => addActor(doc, { name }, meta).doc);

describe('a tab older than the stored database', () => {
  it('stops writing, asks for a reload, and keeps its edits in the journal', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const store = openTestStore();
    const journal = memoryStorage();
    session = new Session(store.repo, async () => demo, sessionText, journal);
    await session.start();
    const saveChanges = vi.spyOn(store.repo, 'saveChanges');

    await upgradeElsewhere(store.db.name);
    add('Etter oppgraderingen');
    expect(await session.flush()).toBe(false);
    expect(appStatus.getState().newerVersion).toBe(true);
    expect(saveChanges).toHaveBeenCalledTimes(1);

    // Autosave stops trying: later edits reach the journal, never storage.
    add('Enda en');
    expect(await session.flush()).toBe(false);
    await new Promise((r) => setTimeout(r, 20));
    expect(saveChanges).toHaveBeenCalledTimes(1);
    expect(uiStore.getState().save.status).toBe('error');

    const entries = [...journal.data.entries()].filter(([k]) => k.startsWith(JOURNAL_KEY));
    const names = entries.flatMap(([, v]) =>
      (JSON.parse(v) as { putActors: { name: string }[] }[]).flatMap((c) =>
        c.putActors.map((a) => a.name),
      ),
    );
    expect(names).toEqual(['Etter oppgraderingen', 'Enda en']);
    expect(documentStore.getState().doc).not.toBeNull();
  });
});
