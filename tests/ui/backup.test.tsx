// @vitest-environment jsdom
/** Backups: the file reads back, the reminder's rule, and imported custom fields in the details. */
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import demo from '../../data/samples/eksempel-kommune.samspill-map.json';
import { kulturskoleTemplate } from '../../src/app/template';
import { updateActor, updateCollaboration } from '../../src/domain/commands';
import { initI18n } from '../../src/i18n';
import { parseImport } from '../../src/io/import';
import { documentStore, edit } from '../../src/state/documentStore';
import { LAST_BACKUP_KEY, LAST_EDIT_KEY, Session } from '../../src/state/session';
import { select } from '../../src/state/viewStore';
import { BackupReminder } from '../../src/ui/import/BackupReminder';
import { needsBackupReminder } from '../../src/ui/import/backupReminder';
import { downloadBackup, downloadMap } from '../../src/ui/import/dataExport';
import { Inspector } from '../../src/ui/inspector/Inspector';
import { SessionContext } from '../../src/ui/SessionContext';
import { openTestStore } from '../persistence/harness';
import { loadFixture } from './fixture';

beforeAll(async () => {
  await initI18n('en');
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const text = () => ({
  newMapName: 'New map',
  focalName: 'The culture school',
  copyOf: (name: string) => `Copy of ${name}`,
  deleted: (name: string) => `${name} was deleted`,
  undoDelete: 'Undo delete',
});

async function started() {
  const store = openTestStore();
  const session = new Session(store.repo, async () => demo, text);
  await session.start();
  return { store, session };
}

/** Captures what would be downloaded instead of handing it to the (absent) browser. */
function captureDownloads() {
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    blobs.push(b as Blob);
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  return blobs;
}

describe('backup', () => {
  it('holds every map and reads back through the import, and records when it was made', async () => {
    const { store, session } = await started();
    await session.createMap('Andre kart');
    const blobs = captureDownloads();
    const now = new Date('2026-05-01T10:00:00.000Z');
    const { file, unreadable } = await downloadBackup(session, now);
    expect(file).toMatch(/^samspill-backup-2026-05-01\.samspill\.json$/);
    expect(unreadable).toEqual([]);
    const bytes = new Uint8Array(await (blobs[0] as Blob).arrayBuffer());
    const parsed = await parseImport([{ name: file, bytes }], kulturskoleTemplate);
    if (!parsed.ok || parsed.value.kind !== 'native') throw new Error('not a backup');
    const stored = await store.repo.listMaps();
    expect(parsed.value.maps.map((m) => m.doc.map.id).sort()).toEqual(
      stored.map((m) => m.id).sort(),
    );
    for (const m of parsed.value.maps) expect(m.doc).toEqual(await store.load(m.doc.map.id));
    expect(await session.setting(LAST_BACKUP_KEY)).toBe(now.toISOString());
    session.dispose();
  });

  it('writes this map as JSON, CSV (two files), Excel, GEXF and GraphML that all read back', async () => {
    const { session } = await started();
    const doc = documentStore.getState().doc;
    if (!doc) throw new Error('no map');
    const now = new Date('2026-05-01T10:00:00.000Z');
    for (const format of ['json', 'csv', 'xlsx', 'gexf', 'graphml'] as const) {
      const blobs = captureDownloads();
      const names = await downloadMap(format, doc, kulturskoleTemplate, 'nb', now);
      expect(names).toHaveLength(format === 'csv' ? 2 : 1);
      expect(names[0]).toMatch(/^kulturskolen-i-eksempel-kommune.*-2026-05-01\./);
      const files = await Promise.all(
        blobs.map(async (b, i) => ({
          name: names[i] ?? '',
          bytes: new Uint8Array(await b.arrayBuffer()),
        })),
      );
      const parsed = await parseImport(files, kulturskoleTemplate);
      if (!parsed.ok) throw new Error(`${format}: ${JSON.stringify(parsed.error)}`);
      const actors =
        parsed.value.kind === 'graph'
          ? parsed.value.actors.length
          : Object.keys(parsed.value.maps[0]?.doc.actors ?? {}).length;
      expect(actors, format).toBe(Object.keys(doc.actors).length);
      vi.restoreAllMocks();
    }
    session.dispose();
  });

  it('reminds only when data changed since a backup that is old or missing', () => {
    const now = new Date('2026-05-30T12:00:00.000Z');
    expect(needsBackupReminder(undefined, undefined, now)).toBe(false);
    expect(needsBackupReminder(undefined, '2026-05-30T11:00:00.000Z', now)).toBe(true);
    expect(needsBackupReminder('2026-05-01T00:00:00.000Z', '2026-05-02T00:00:00.000Z', now)).toBe(
      true,
    );
    // Backed up 5 days ago, edited since: not yet.
    expect(needsBackupReminder('2026-05-25T00:00:00.000Z', '2026-05-26T00:00:00.000Z', now)).toBe(
      false,
    );
    // Old backup, but nothing changed since.
    expect(needsBackupReminder('2026-05-01T00:00:00.000Z', '2026-04-30T00:00:00.000Z', now)).toBe(
      false,
    );
  });

  it('is not shown on an unedited demo, and offers "Back up now" after an edit', async () => {
    const { session, store } = await started();
    const wrap = (node: ReactNode) => (
      <SessionContext.Provider value={session}>{node}</SessionContext.Provider>
    );
    const first = render(wrap(<BackupReminder />));
    await act(() => new Promise((r) => setTimeout(r, 50)));
    expect(screen.queryByRole('region', { name: 'Backup reminder' })).toBeNull();
    first.unmount();

    await store.repo.setSetting(LAST_EDIT_KEY, '2026-05-01T10:00:00.000Z');
    render(wrap(<BackupReminder />));
    const region = await screen.findByRole('region', { name: 'Backup reminder' });
    expect(region).toHaveTextContent('You have not backed up your maps yet.');
    captureDownloads();
    await userEvent.click(within(region).getByRole('button', { name: 'Back up now' }));
    await vi.waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Backup reminder' })).toBeNull(),
    );
    expect(await session.setting(LAST_BACKUP_KEY)).toMatch(/^\d{4}-/);
    session.dispose();
  });
});

describe('custom fields from an imported file', () => {
  it('are listed read-only in the details of an actor and a collaboration', () => {
    const ids = loadFixture();
    edit((d, m) => updateActor(d, ids.library, { custom: { Kommunenr: '1234' } }, m));
    edit((d, m) => updateCollaboration(d, ids.readings, { custom: { Budsjett: '50 000 kr' } }, m));
    select({ kind: 'actor', id: ids.library });
    const { rerender } = render(<Inspector />);
    const fields = screen.getByRole('region', { name: 'Custom fields' });
    expect(within(fields).getByText('Kommunenr')).toBeInTheDocument();
    expect(within(fields).getByText('1234')).toBeInTheDocument();
    expect(within(fields).queryByRole('textbox')).toBeNull();
    act(() => select({ kind: 'collaboration', id: ids.readings }));
    rerender(<Inspector />);
    expect(screen.getByRole('region', { name: 'Custom fields' })).toHaveTextContent('50 000 kr');
    act(() => select({ kind: 'actor', id: ids.school }));
    expect(screen.queryByRole('region', { name: 'Custom fields' })).toBeNull();
    expect(documentStore.getState().doc).not.toBeNull();
  });
});
