/**
 * Issue 17: the whole room adds to the map from its phones. A leader at a projector (1920×1080)
 * invites the room; five phones (390×844, touch) join by the participant link against a real
 * sync server on 127.0.0.1, and each adds three actors and one collaboration.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LOCAL_SYNC_PORT } from '../../build/csp';
import { type RunningSyncServer, startSyncServer } from '../../server';
import { fieldsOf, tableOf, tombstonesOf } from '../../src/sync/model';
import { connect, waitFor } from '../server/harness';
import { audit } from './axe';
import { CHROME_PATH, openApp, type Session } from './browser';

const ACCESS_KEY = 'e2e-room-access-key-0123456789';
let server: RunningSyncServer;
let dataDir: string;
let phones: Browser;
let leader: Session;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'samspill-room-e2e-'));
  server = await startSyncServer({ dataDir, accessKey: ACCESS_KEY, port: LOCAL_SYNC_PORT });
  phones = await chromium.launch({
    executablePath: CHROME_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
});
afterAll(async () => {
  await leader?.close();
  await phones?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Each phone's entries: three actors, then one collaboration between two of them. */
const ENTRIES = [
  ['Biblioteket', 'Korpset 1', 'Sangkoret 1', 'Biblioteket -- Korpset 1'],
  ['Bibliotek', 'Korpset 2', 'Sangkoret 2', 'Bibliotek -- Sangkoret 2'],
  ['Fritidsklubben 3', 'Korpset 3', 'Sangkoret 3', 'Korpset 3 -- Sangkoret 3'],
  ['Fritidsklubben 4', 'Korpset 4', 'Sangkoret 4', 'Korpset 4 -- Sangkoret 4'],
  ['Fritidsklubben 5', 'Korpset 5', 'Sangkoret 5', 'Korpset 5 -- Sangkoret 5'],
];
/** The nicknames; the last phone gives none. */
const NICKNAMES = ['Kari', 'Ola', 'Aisha', 'Jonas', ''];

const labels = (page: Page) =>
  page.evaluate(() => (window.samspill?.labels() ?? []).map((l) => l.name));
const links = (page: Page) => page.evaluate(() => window.samspill?.links() ?? []);
/** The phone's connection line (src/participant/ui/StatusLine.tsx). */
const connection = (phone: Page) => phone.getByRole('status', { name: 'Connection' });
const overlaps = (page: Page) => page.evaluate(() => window.samspill?.labelOverlaps() ?? -1);

async function openPhone(link: string): Promise<Page> {
  const context = await phones.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
    deviceScaleFactor: 2,
    locale: 'en-GB',
  });
  const page = await context.newPage();
  await page.goto(link);
  await page.getByRole('textbox', { name: 'Add actor' }).waitFor({ timeout: 20_000 });
  return page;
}

async function enter(phone: Page, text: string) {
  const box = phone.getByRole('textbox', { name: 'Add actor' });
  await box.fill(text);
  await box.press('Enter');
  await expect.poll(() => box.inputValue()).toBe('');
}

/** The server's copy of the map, read by a Node client with the edit secret. */
async function serverActors(mapId: string, editSecret: string): Promise<string[]> {
  const client = connect(server.url, mapId, editSecret, new Y.Doc());
  try {
    await waitFor(() => client.provider.isSynced, 'synced');
    const names: string[] = [];
    for (const id of tableOf(client.doc, 'actors').keys()) {
      const name = fieldsOf(client.doc, 'actors', id)?.get('name');
      if (typeof name === 'string' && !tombstonesOf(client.doc, 'actors').has(id)) names.push(name);
    }
    return names;
  } finally {
    client.destroy();
  }
}

describe('the room adds to the map from its phones', () => {
  it('five phones fill the projector; take-back, merge, refusal and the end of the workshop', async () => {
    leader = await openApp('/?lang=en', { width: 1920, height: 1080 });
    const { page } = leader;
    // A map of its own, with only the culture school on it.
    await page.getByRole('button', { name: 'Maps' }).click();
    await page.getByRole('button', { name: 'New map', exact: true }).click();
    await page.getByRole('textbox', { name: 'Map name' }).fill('Workshop med salen');
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Samspill – Workshop med salen');
    const focal = (await labels(page))[0] ?? '';

    await page.getByRole('button', { name: 'Start workshop' }).click();
    await page.getByRole('button', { name: 'Invite the room' }).click();
    const invite = page.getByRole('region', { name: 'Invite the room' });
    await invite.getByRole('textbox', { name: 'Server address' }).fill(server.url);
    await invite.getByRole('textbox', { name: 'Access key' }).fill(ACCESS_KEY);
    await invite.getByRole('button', { name: 'Share the map and invite the room' }).click();
    const linkBox = invite.getByRole('textbox', { name: 'Participant link' });
    await linkBox.waitFor({ timeout: 15_000 });
    const shown = await linkBox.inputValue();
    // The server is the build's default (ws://127.0.0.1:1234), so the link names none.
    expect(shown).toMatch(/^127\.0\.0\.1:\d+\/p\/#[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const link = `http://${shown}`;
    // WCAG 2.2 AA by axe with the invitation on screen.
    expect(await audit(page)).toEqual([]);
    // The QR code is drawn in the page (no network), and holds the same link.
    const qr = invite.getByRole('img', { name: 'QR code for the participant link' });
    await expect
      .poll(() => qr.evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0);
    const drawn = decodeURIComponent((await qr.getAttribute('src')) ?? '').replace(/^[^,]*,/, '');
    expect(drawn).toBe(
      await QRCode.toString(link, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }),
    );
    // The map leaves room for the invitation: nothing drawn under it.
    const canvas = await page.getByRole('application', { name: 'Network map' }).boundingBox();
    const panelLeft =
      (await invite.evaluate((el) => el.getBoundingClientRect().left)) - (canvas?.x ?? 0);
    await expect
      .poll(async () =>
        Math.max(
          ...(await page.evaluate(() =>
            (window.samspill?.labels() ?? []).map((l) => l.x + l.width),
          )),
        ),
      )
      .toBeLessThan(panelLeft);

    const phonePages = await Promise.all(ENTRIES.map(() => openPhone(link)));
    await Promise.all(
      phonePages.map(async (phone, i) => {
        if (NICKNAMES[i]) {
          await phone.getByRole('textbox', { name: /Your name/ }).fill(NICKNAMES[i] ?? '');
        }
        for (const entry of ENTRIES[i] ?? []) await enter(phone, entry);
      }),
    );
    const lastEntry = Date.now();

    // The projector shows all 15 actors and 5 collaborations.
    const actorNames = ENTRIES.flatMap((e) => e.slice(0, 3));
    const expectedLinks = ENTRIES.map((e) => (e[3] ?? '').replace(' -- ', ' – '));
    const missing = async () => {
      const [drawn, lines] = [await labels(page), await links(page)];
      return [
        ...actorNames.filter((n) => !drawn.includes(n)),
        ...expectedLinks.filter((l) => !lines.includes(l)),
      ];
    };
    await expect.poll(missing, { timeout: 20_000, interval: 50 }).toEqual([]);
    console.info(`[room] last entry → all on the projector: ${Date.now() - lastEntry} ms`);
    await expect.poll(() => overlaps(page), { timeout: 20_000 }).toBe(0);
    const counter = page.locator('.ws-count');
    await expect.poll(() => counter.textContent()).toBe('20 entries from 5 people');
    // The nickname shows with the entry on the projector.
    await expect
      .poll(() => page.getByRole('region', { name: 'Recently added' }).textContent())
      .toMatch(/Sangkoret 1 · Kari/);

    // One phone takes back an entry: gone on the phone, the projector and the server.
    const third = phonePages[2] as Page;
    const mine = third.getByRole('list', { name: 'What I added' }).getByRole('listitem');
    await expect.poll(() => mine.count()).toBe(4);
    await third.getByRole('button', { name: 'Take back Fritidsklubben 3' }).click();
    await expect.poll(() => mine.count()).toBe(3);
    await expect.poll(async () => (await labels(page)).includes('Fritidsklubben 3')).toBe(false);
    const mapId = await sharedMapId(page);
    const editSecret = await editSecretOf(page);
    expect(await serverActors(mapId, editSecret)).not.toContain('Fritidsklubben 3');

    // "Biblioteket" and "Bibliotek" from two phones are flagged; one merge keeps both links.
    // Which is kept depends on which phone was first (the phones type at once).
    const dupes = page.getByRole('region', { name: 'Possible duplicates' });
    const pair = dupes.getByRole('listitem');
    await expect.poll(() => pair.count()).toBe(1);
    // And with the counter, the recent names and the duplicates card; and on a phone.
    expect(await audit(page)).toEqual([]);
    expect(await audit(third)).toEqual([]);
    const text = (await pair.textContent()) ?? '';
    const [, drop = '', keep = ''] = /“(.+?)” may be “(.+?)”/.exec(text) ?? [];
    expect([drop, keep].sort()).toEqual(['Bibliotek', 'Biblioteket']);
    await pair.getByRole('button', { name: `Merge ${drop} into ${keep}` }).click();
    await expect.poll(async () => (await labels(page)).includes(drop)).toBe(false);
    expect(await labels(page)).toContain(keep);
    await expect
      .poll(async () => (await links(page)).filter((l) => l.startsWith(`${keep} –`)).sort())
      .toEqual([`${keep} – Korpset 1`, `${keep} – Sangkoret 2`]);
    await expect.poll(() => dupes.count()).toBe(0);

    // The leader removes a phone's entry, and Undo brings it back.
    await removeOnMap(page, 'Korpset 4');
    await expect.poll(async () => (await labels(page)).includes('Korpset 4')).toBe(false);
    await page.getByRole('button', { name: /^Undo/ }).click();
    await expect.poll(async () => (await labels(page)).includes('Korpset 4')).toBe(true);

    // A participant connection that deletes the leader's actor is refused; the actor stays.
    const code = shown.replace(/^.*#/, '').replace('-', '');
    const forger = connect(server.url, mapId, code, new Y.Doc(), 'forger-phone-id-00000000001');
    try {
      await waitFor(() => forger.provider.isSynced, 'forger synced');
      const school = [...tableOf(forger.doc, 'actors').keys()].find(
        (id) => fieldsOf(forger.doc, 'actors', id)?.get('name') === focal,
      );
      expect(school).toBeDefined();
      forger.doc.transact(() => {
        tableOf(forger.doc, 'actors').delete(school ?? '');
        tombstonesOf(forger.doc, 'actors').set(school ?? '', true);
      });
      await waitFor(() => forger.closeReasons.includes('participant-forbidden'), 'refused');
    } finally {
      forger.destroy();
    }
    expect(await serverActors(mapId, editSecret)).toContain(focal);
    expect(await labels(page)).toContain(focal);

    // Ending the workshop ends the link: the phones say so and take no more entries.
    await page.getByRole('button', { name: 'End workshop' }).click();
    const summary = page.getByRole('dialog', { name: 'What we added today' });
    const fromRoom = summary.getByRole('region', { name: 'From the room' });
    await expect.poll(() => fromRoom.textContent()).toContain('Duplicates merged: 1');
    // Everyone added 4; Aisha took one back, and the merged duplicate's author lost one.
    const lostByMerge = drop === 'Biblioteket' ? 'Kari' : 'Ola';
    const expected = ['Kari', 'Ola', 'Aisha', 'Jonas', 'Participant 1'].map(
      (n) => `${n}: ${n === 'Aisha' || n === lostByMerge ? 3 : 4}`,
    );
    expect((await fromRoom.getByRole('listitem').allTextContents()).sort()).toEqual(
      expected.sort(),
    );
    await summary.getByRole('button', { name: 'End and go back' }).click();
    for (const phone of phonePages) {
      await expect
        .poll(() => connection(phone).textContent(), { timeout: 10_000 })
        .toContain('The workshop has ended');
      expect(await phone.getByRole('textbox', { name: 'Add actor' }).isDisabled()).toBe(true);
    }
    // A phone that opens the link afterwards is told too.
    const late = await phones.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
    const latePage = await late.newPage();
    await latePage.goto(link);
    await expect
      .poll(() => connection(latePage).textContent(), { timeout: 10_000 })
      .toContain('The workshop has ended');
  }, 300_000);
});

/** The shared map's document name and edit secret, as the leader's browser keeps them. */
const shareOf = (page: Page) =>
  page.evaluate(() => {
    const all = JSON.parse(localStorage.getItem('samspill.shares') ?? '{}') as Record<
      string,
      { doc: string; secret: string }
    >;
    const first = Object.values(all)[0];
    return first ?? { doc: '', secret: '' };
  });
const sharedMapId = async (page: Page) => (await shareOf(page)).doc;
const editSecretOf = async (page: Page) => (await shareOf(page)).secret;

/** Clicks an actor on the canvas, once the map is at rest, and removes it from the card shown. */
async function removeOnMap(page: Page, name: string) {
  await expect
    .poll(() => page.evaluate(() => window.samspill?.idle() ?? false), { timeout: 15_000 })
    .toBe(true);
  const at = await page.evaluate((n) => window.samspill?.renderedPosition(n) ?? null, name);
  const box = await page.getByRole('application', { name: 'Network map' }).boundingBox();
  if (!at || !box) throw new Error(`${name} is not on the map`);
  await page.mouse.click(box.x + at.x, box.y + at.y);
  const card = page.getByRole('region', { name: 'Selected on the map' });
  await expect.poll(() => card.textContent()).toContain(name);
  await card.getByRole('button', { name: `Remove ${name}` }).click();
}
