/**
 * Shared maps between devices (docs/sharing.md): two browser profiles and a real sync server
 * started here, on 127.0.0.1.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LOCAL_SYNC_PORT } from '../../build/csp';
import { type RunningSyncServer, startSyncServer } from '../../server';
import { connect, waitFor } from '../server/harness';
import { actorNamed, openApp, quickAdd, type Session, showLists } from './browser';

type Page = Session['page'];

let server: RunningSyncServer;
let dataDir: string;
const sessions: Session[] = [];
const ACCESS_KEY = 'e2e-sharing-access-key-0123';

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'samspill-sync-e2e-'));
  // The port the app's Content-Security-Policy allows for a server on this machine.
  server = await startSyncServer({ dataDir, accessKey: ACCESS_KEY, port: LOCAL_SYNC_PORT });
});
afterAll(async () => {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});
let serverUp = true;
const restartServer = async () => {
  server = await startSyncServer({ dataDir, accessKey: ACCESS_KEY, port: server.port });
  serverUp = true;
};
afterEach(async () => {
  for (const s of sessions.splice(0)) await s.close();
  // A test that stopped the server and failed before starting it again leaves it running.
  if (!serverUp) await restartServer();
});

async function openSession(path = '/?lang=en'): Promise<Session> {
  const session = await openApp(path);
  sessions.push(session);
  return session;
}

const open = async (path = '/?lang=en'): Promise<Page> => (await openSession(path)).page;

/** The path, query and fragment of a link, for `openApp` on the test's own server. */
const pathOf = (link: string) => {
  const url = new URL(link);
  return url.pathname + url.search + url.hash;
};

const linkParam = (link: string, name: string) =>
  new URLSearchParams(new URL(link).hash.slice('#join&'.length)).get(name) ?? '';

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();
const syncState = (page: Page) =>
  page
    .getByRole('status', { name: 'Sync status' })
    .getAttribute('data-state', { timeout: 1000 })
    .catch(() => 'absent');

async function rename(page: Page, name: string) {
  await page.getByRole('button', { name: /^Maps/ }).click();
  await page.getByRole('button', { name: 'Rename' }).click();
  const box = page.getByRole('dialog', { name: 'Rename' }).getByRole('textbox');
  await box.fill(name);
  await box.press('Enter');
  await expect.poll(() => heading(page)).toBe(`Samspill – ${name}`);
}

/** Shares the open map from the Maps menu; returns its edit and view links. */
async function share(page: Page) {
  await page.getByRole('button', { name: /^Maps/ }).click();
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share map' });
  await dialog.getByRole('textbox', { name: 'Server address' }).fill(server.url);
  await dialog.getByRole('textbox', { name: 'Access key' }).fill(ACCESS_KEY);
  await dialog.getByRole('button', { name: 'Share the map' }).click();
  const edit = dialog.getByRole('textbox', { name: 'Edit link' });
  await edit.waitFor({ timeout: 10_000 });
  const links = {
    edit: await edit.inputValue(),
    view: await dialog.getByRole('textbox', { name: 'View link' }).inputValue(),
  };
  await dialog.getByRole('button', { name: 'Close' }).click();
  return links;
}

/** Adds an actor and waits until `other` shows it, returning how long that took. */
async function addAndTime(from: Page, other: Page, name: string): Promise<number> {
  await showLists(other);
  const started = Date.now();
  await quickAdd(from, name);
  await expect.poll(() => actorNamed(other, name).count(), { timeout: 2000, interval: 50 }).toBe(1);
  return Date.now() - started;
}

describe('shared maps', () => {
  it('an edit link opens the map on another device; edits go both ways within 2 s', async () => {
    const a = await open();
    await rename(a, 'Delt kart');
    const links = await share(a);
    expect(links.edit).toMatch(/#join&/);
    expect(links.view).not.toBe(links.edit);
    await expect.poll(() => syncState(a), { timeout: 10_000 }).toBe('online');

    const b = await open(
      new URL(links.edit).pathname + new URL(links.edit).search + new URL(links.edit).hash,
    );
    await expect.poll(() => heading(b), { timeout: 15_000 }).toBe('Samspill – Delt kart');
    await expect.poll(() => syncState(b), { timeout: 10_000 }).toBe('online');
    // The secret left the address bar.
    expect(new URL(b.url()).hash).toBe('');
    // The same map: as many actors on both.
    const count = (p: Page) =>
      p.getByRole('application', { name: 'Network map' }).getAttribute('data-actor-count');
    await expect.poll(() => count(b)).toBe(await count(a));

    const aToB = await addAndTime(a, b, 'Lagt til på A');
    const bToA = await addAndTime(b, a, 'Lagt til på B');
    console.info(`[sharing] A → B ${aToB} ms, B → A ${bToA} ms`);
    expect(aToB).toBeLessThan(2000);
    expect(bToA).toBeLessThan(2000);
    // Both people are seen.
    await expect
      .poll(() => a.getByRole('status', { name: 'Sync status' }).textContent())
      .toContain('2 people here');
  });

  it('a view link shows the map read-only and says why', async () => {
    const a = await open();
    await rename(a, 'Bare visning');
    const links = await share(a);
    const v = await open(
      new URL(links.view).pathname + new URL(links.view).search + new URL(links.view).hash,
    );
    await expect.poll(() => heading(v), { timeout: 15_000 }).toBe('Samspill – Bare visning');
    await expect.poll(() => syncState(v), { timeout: 10_000 }).toBe('online');
    await expect
      .poll(() => v.getByRole('note').textContent())
      .toContain('View only: this map was opened with a view link');
    const box = v.getByRole('textbox', { name: 'Add actor' });
    expect(await box.getAttribute('readonly')).not.toBeNull();
    await showLists(v);
    // The lists' fields show, and take no change.
    expect(await actorNamed(v, 'Biblioteket').getAttribute('readonly')).not.toBeNull();
    expect(await v.getByRole('combobox', { name: 'Sector of Biblioteket' }).isDisabled()).toBe(
      true,
    );
    // Edits on A still arrive.
    await quickAdd(a, 'Sett fra visning');
    await expect.poll(() => actorNamed(v, 'Sett fra visning').count(), { timeout: 3000 }).toBe(1);
  });

  it('a write forged through the provider with a view link is refused by the server', async () => {
    const a = await open();
    await rename(a, 'Forsøkt endret');
    const links = await share(a);
    await expect.poll(() => syncState(a), { timeout: 10_000 }).toBe('online');
    const doc = linkParam(links.view, 'doc');
    const forger = connect(server.url, doc, linkParam(links.view, 'key'), new Y.Doc());
    try {
      await waitFor(() => forger.provider.isSynced, 'the view connection to sync', 10_000);
      const mapId = [...forger.doc.getMap('map').keys()][0] ?? '';
      const record = forger.doc.getMap('map').get(mapId) as Y.Map<unknown>;
      forger.doc.transact(() => record.set('name', 'Forfalsket'));
      await new Promise((r) => setTimeout(r, 1500));
    } finally {
      forger.provider.destroy();
      forger.socket.destroy();
    }
    // Nobody else sees it: a fresh device opening the edit link gets the map as it was.
    const b = await open(pathOf(links.edit));
    await expect.poll(() => heading(b), { timeout: 15_000 }).toBe('Samspill – Forsøkt endret');
    expect(await heading(a)).toBe('Samspill – Forsøkt endret');
  });

  it('offline edits to different fields of one actor both survive, also after a reload', async () => {
    const sa = await openSession();
    const a = sa.page;
    await rename(a, 'Uten nett');
    const links = await share(a);
    const sb = await openSession(pathOf(links.edit));
    const b = sb.page;
    await expect.poll(() => heading(b), { timeout: 15_000 }).toBe('Samspill – Uten nett');
    await expect.poll(() => syncState(b), { timeout: 10_000 }).toBe('online');
    await showLists(a);
    await showLists(b);
    // Acknowledged before the server stops: it must survive the restart.
    await addAndTime(a, b, 'Før stopp');
    await expect.poll(() => syncState(a), { timeout: 5000 }).toBe('online');

    // The server goes away: both devices are offline, and keep working.
    serverUp = false;
    await server.stop();
    await expect.poll(() => syncState(a), { timeout: 10_000 }).toBe('offline');
    await expect.poll(() => syncState(b), { timeout: 10_000 }).toBe('offline');
    // A renames Biblioteket; B moves it to another sector: different fields of one actor.
    const nameOnA = actorNamed(a, 'Biblioteket');
    await nameOnA.fill('Hovedbiblioteket');
    await nameOnA.press('Enter');
    const sectorOnB = b.getByRole('combobox', { name: 'Sector of Biblioteket' });
    const before = await sectorOnB.inputValue();
    const options = await sectorOnB
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const sector = options.find((o) => o !== before) ?? before;
    await sectorOnB.selectOption(sector);
    await quickAdd(a, 'Frakoblet A');
    await quickAdd(b, 'Frakoblet B');
    await expect
      .poll(() => a.getByRole('status', { name: 'Sync status' }).textContent())
      .toMatch(/changes? waiting/);

    await restartServer();
    for (const p of [a, b]) {
      await expect.poll(() => syncState(p), { timeout: 15_000 }).toBe('online');
      await expect.poll(() => actorNamed(p, 'Frakoblet A').count(), { timeout: 5000 }).toBe(1);
      await expect.poll(() => actorNamed(p, 'Frakoblet B').count(), { timeout: 5000 }).toBe(1);
      await expect.poll(() => actorNamed(p, 'Hovedbiblioteket').count(), { timeout: 5000 }).toBe(1);
      await expect
        .poll(() => p.getByRole('combobox', { name: 'Sector of Hovedbiblioteket' }).inputValue())
        .toBe(sector);
    }
    // A device that was never there gets it all from the restarted server.
    const c = await open(pathOf(links.edit));
    await expect.poll(() => heading(c), { timeout: 15_000 }).toBe('Samspill – Uten nett');
    await showLists(c);
    for (const name of ['Før stopp', 'Frakoblet A', 'Frakoblet B', 'Hovedbiblioteket']) {
      await expect.poll(() => actorNamed(c, name).count(), { timeout: 5000 }).toBe(1);
    }
    // After a reload, from this device's storage and the server.
    await b.reload();
    await showLists(b);
    await expect.poll(() => actorNamed(b, 'Frakoblet A').count(), { timeout: 10_000 }).toBe(1);
    await expect
      .poll(() => b.getByRole('combobox', { name: 'Sector of Hovedbiblioteket' }).inputValue())
      .toBe(sector);
  });

  it('a revoked link gets a clear message, and the map on that device is untouched', async () => {
    const a = await open();
    await rename(a, 'Trukket tilbake');
    const links = await share(a);
    const b = await open(pathOf(links.edit));
    await expect.poll(() => heading(b), { timeout: 15_000 }).toBe('Samspill – Trukket tilbake');
    await expect.poll(() => syncState(b), { timeout: 10_000 }).toBe('online');
    const count = () =>
      b.getByRole('application', { name: 'Network map' }).getAttribute('data-actor-count');
    const actors = await count();

    await a.getByRole('button', { name: /^Maps/ }).click();
    await a.getByRole('button', { name: 'Share', exact: true }).click();
    const dialog = a.getByRole('dialog', { name: 'Share map' });
    await dialog.getByRole('textbox', { name: 'Access key' }).fill(ACCESS_KEY);
    await dialog.getByRole('button', { name: 'Make new links' }).click();
    await expect
      .poll(() => dialog.getByRole('textbox', { name: 'Edit link' }).inputValue())
      .not.toBe(links.edit);

    await expect
      .poll(() => b.getByRole('status', { name: 'Sync status' }).textContent(), { timeout: 10_000 })
      .toContain('The link was revoked');
    expect(await heading(b)).toBe('Samspill – Trukket tilbake');
    expect(await count()).toBe(actors);
  });

  it('a wrong link gets a clear message, and the maps here are untouched', async () => {
    const a = await open();
    const links = await share(a);
    const wrong = new URL(links.edit);
    wrong.hash = wrong.hash.replace(/key=[^&]+/, 'key=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    const c = await open(wrong.pathname + wrong.search + wrong.hash);
    const status = c.getByRole('status', { name: 'Sync status' });
    await expect
      .poll(() => status.textContent(), { timeout: 10_000 })
      .toContain('The link does not work');
    // The demo map this browser made is still the open map, whole.
    expect(await heading(c)).toBe('Samspill – Kulturskolen i Eksempel kommune');
  });
});
