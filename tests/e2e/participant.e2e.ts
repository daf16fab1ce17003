/**
 * The participant page (p/, issue 17): a phone joins a workshop by its code, adds actors and a
 * collaboration, takes one back, keeps working while the server is away, and is told when the
 * workshop ends. A real sync server on 127.0.0.1; the leader is a Node client reading its map.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import * as Y from 'yjs';
import { LOCAL_SYNC_PORT } from '../../build/csp';
import { type RunningSyncServer, startSyncServer } from '../../server';
import { ownerOf } from '../../server/token';
import { fieldsOf, tableOf } from '../../src/sync/model';
import { acknowledged, api, connect, createMap, type TestClient, waitFor } from '../server/harness';
import { CHROME_PATH } from './browser';

const ACCESS_KEY = 'e2e-participant-access-key-01';
const OUT_DIR = resolve(import.meta.dirname, '../..', process.env.E2E_OUT_DIR ?? 'dist');
/** The phone screenshots: `E2E_SHOTS=docs/img` refreshes the ones in the docs. */
const SHOTS = process.env.E2E_SHOTS
  ? resolve(process.env.E2E_SHOTS)
  : join(tmpdir(), 'samspill-participant-shots');

let server: RunningSyncServer;
let dataDir: string;
let serverUp = true;
const closers: Array<() => Promise<void>> = [];

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'samspill-participant-e2e-'));
  server = await startSyncServer({ dataDir, accessKey: ACCESS_KEY, port: LOCAL_SYNC_PORT });
});
afterAll(async () => {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
  if (!serverUp) await restartServer();
});

async function restartServer() {
  server = await startSyncServer({ dataDir, accessKey: ACCESS_KEY, port: LOCAL_SYNC_PORT });
  serverUp = true;
}

/** A shared map the leader seeded (map record and the focal actor), and a workshop code. */
async function workshop(name = 'Verksted i Eksempel') {
  const links = await createMap(server);
  const leader: TestClient = connect(server.url, links.mapId, links.editSecret);
  closers.push(async () => leader.destroy());
  await leader.authenticated;
  const now = new Date().toISOString();
  leader.doc.transact(() => {
    const record = (o: Record<string, unknown>) => new Y.Map(Object.entries(o));
    tableOf(leader.doc, 'map').set(
      links.mapId,
      record({
        id: links.mapId,
        name,
        description: '',
        focalActorId: 'focal-1',
        templateId: 'kulturskole',
        notRelevantTypeIds: [],
        plans: [],
        planLinks: [],
        createdAt: now,
        updatedAt: now,
      }),
    );
    tableOf(leader.doc, 'actors').set(
      'focal-1',
      record({
        id: 'focal-1',
        mapId: links.mapId,
        name: 'Kulturskolen i Eksempel kommune',
        kind: 'organisation',
        sectorId: 'culture-school',
        typeId: 'culture-school',
        createdAt: now,
        updatedAt: now,
      }),
    );
  });
  await acknowledged(leader);
  const invited = await api(server, 'POST', `/maps/${links.mapId}/participants`, ACCESS_KEY);
  expect(invited.status).toBe(201);
  const { code } = invited.body as { code: string };
  expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
  return { mapId: links.mapId, leader, code, shown: `${code.slice(0, 4)}-${code.slice(4)}` };
}

interface Phone {
  page: Page;
  context: BrowserContext;
  consoleErrors: string[];
}

/** A phone: a fresh profile at a phone's size, by touch. */
async function openPhone(
  path: string,
  viewport = { width: 390, height: 844 },
  locale = 'en-GB',
  deviceScaleFactor = 2,
): Promise<Phone> {
  const profile = mkdtempSync(join(tmpdir(), 'samspill-phone-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
    viewport,
    hasTouch: true,
    isMobile: true,
    deviceScaleFactor,
    locale,
  });
  closers.push(async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  await page.goto(new URL(path, inject('baseURL')).href);
  return { page, context, consoleErrors };
}

const status = (page: Page) => page.getByRole('status', { name: /^(Connection|Tilkobling)$/ });
const phase = (page: Page) => status(page).getAttribute('data-phase', { timeout: 2000 });
const box = (page: Page) => page.getByRole('textbox', { name: /^(Add actor|Legg til aktør)$/ });
const added = (page: Page) =>
  page.getByRole('list', { name: /^(What I added|Det jeg har lagt til)$/ });

async function type(page: Page, text: string, by: 'enter' | 'tap' = 'enter') {
  await box(page).fill(text);
  if (by === 'enter') await box(page).press('Enter');
  else await page.getByRole('button', { name: /^(Add|Legg til)$/ }).tap();
  await expect.poll(() => box(page).inputValue()).toBe('');
}

const entries = (page: Page) =>
  added(page)
    .getByRole('listitem')
    .evaluateAll((items) =>
      items.map((li) => ({
        name: li.querySelector('.p-entry-name')?.textContent ?? '',
        state: li.getAttribute('data-state'),
      })),
    );

const leaderActors = (leader: TestClient) =>
  [...tableOf(leader.doc, 'actors').keys()].map((id) =>
    fieldsOf(leader.doc, 'actors', id)?.toJSON(),
  );

const leaderNames = (leader: TestClient) =>
  leaderActors(leader)
    .map((a) => String(a?.name))
    .sort();

/** Different names for each phone of the layout test: each adds a link and an actor. */
const NAMES: Record<string, string[]> = {
  nb360: ['Biblioteket', 'Frivilligsentralen i Eksempel kommune', 'Ungdomsrådet'],
  nb390: ['Korpset', 'Eksempel barneskole', 'Kirkens ungdomskor'],
  en360: ['Youth club', 'Public library', 'Brass band'],
  en390: ['Dance school', 'Local museum', 'Volunteer centre'],
};

describe('the participant page', () => {
  it('a phone adds, takes back, queues offline, and is told when the workshop ends', async () => {
    const w = await workshop();
    const phone = await openPhone(`/p/?lang=en#${w.shown}`);
    const { page } = phone;
    await expect.poll(() => phase(page), { timeout: 15_000 }).toBe('online');
    // The code left the address bar.
    expect(new URL(page.url()).hash).toBe('');
    await expect(page.getByText('You are adding to Verksted i Eksempel').count()).resolves.toBe(1);

    await page.getByRole('textbox', { name: 'Your name (optional)' }).fill('Kari');
    await type(page, 'Biblioteket', 'tap');
    await type(page, 'Ungdomsklubben');
    await type(page, 'biblioteket -- Ungdomsklubben');
    await expect
      .poll(() => entries(page), { timeout: 5000 })
      .toEqual([
        expect.objectContaining({ state: 'sent' }),
        expect.objectContaining({ state: 'sent' }),
        expect.objectContaining({ state: 'sent' }),
      ]);
    expect((await entries(page)).map((e) => e.name).sort()).toEqual([
      'Biblioteket',
      'Biblioteket – Ungdomsklubben',
      'Ungdomsklubben',
    ]);

    // On the server, stamped with the phone's owner value and nickname; the type was guessed.
    await waitFor(() => leaderNames(w.leader).length === 3, 'the leader to get both actors');
    const library = leaderActors(w.leader).find((a) => a?.name === 'Biblioteket');
    expect(library).toMatchObject({ typeId: 'library', addedByName: 'Kari' });
    const owner = String(library?.addedBy);
    expect(owner).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const id = await page.evaluate(() =>
      Object.entries(localStorage).find(([k]) => k.startsWith('samspill.participant.id.')),
    );
    expect(ownerOf(String(id?.[1]))).toBe(owner);
    expect(tableOf(w.leader.doc, 'collaborations').size).toBe(1);

    // Taking back the link removes it on the server.
    await page.getByRole('button', { name: 'Take back Biblioteket – Ungdomsklubben' }).tap();
    await waitFor(
      () => tableOf(w.leader.doc, 'collaborations').size === 0,
      'the link to go from the server',
    );
    await expect.poll(() => entries(page).then((e) => e.length)).toBe(2);

    // The server goes away: the entry waits, survives a reload, and arrives afterwards.
    await server.stop();
    serverUp = false;
    await expect.poll(() => phase(page), { timeout: 10_000 }).toBe('offline');
    await type(page, 'Frivilligsentralen');
    await expect
      .poll(() => entries(page))
      .toContainEqual({ name: 'Frivilligsentralen', state: 'waiting' });
    await expect.poll(() => status(page).textContent()).toContain('1 entry waiting');
    await page.reload();
    await expect.poll(() => phase(page), { timeout: 10_000 }).toBe('offline');
    await expect
      .poll(() => entries(page))
      .toContainEqual({ name: 'Frivilligsentralen', state: 'waiting' });
    await restartServer();
    await expect.poll(() => phase(page), { timeout: 15_000 }).toBe('online');
    await expect
      .poll(() => entries(page))
      .toContainEqual({ name: 'Frivilligsentralen', state: 'sent' });
    await waitFor(
      () => leaderNames(w.leader).includes('Frivilligsentralen'),
      'the queued entry on the server',
      10_000,
    );

    // The leader ends the workshop: a clear message, and the box is closed.
    expect((await api(server, 'DELETE', `/maps/${w.mapId}/participants`, ACCESS_KEY)).status).toBe(
      204,
    );
    await expect.poll(() => phase(page), { timeout: 10_000 }).toBe('ended');
    expect(await status(page).textContent()).toContain('The workshop has ended');
    expect(await box(page).isDisabled()).toBe(true);
    // A reload, or the link again, says the same.
    await page.goto(new URL(`/p/?lang=en#${w.shown}`, inject('baseURL')).href);
    await expect.poll(() => phase(page), { timeout: 10_000 }).toBe('ended');
    expect(phone.consoleErrors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
  });

  it('asks for the code without a link, and says when a code does not work', async () => {
    const w = await workshop();
    const { page } = await openPhone('/p/?lang=en');
    const field = page.getByRole('textbox', { name: 'Workshop code' });
    await field.fill('nope');
    await page.getByRole('button', { name: 'Join' }).tap();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('not a workshop code');
    await field.fill('0000-0000');
    await page.getByRole('button', { name: 'Join' }).tap();
    await expect.poll(() => phase(page), { timeout: 10_000 }).toBe('unknown-code');
    // Typed as people read it off the projector: lower case, a space for the dash.
    await field.fill(`${w.code.slice(0, 4).toLowerCase()} ${w.code.slice(4)}`);
    await page.getByRole('button', { name: 'Join' }).tap();
    await expect.poll(() => phase(page), { timeout: 10_000 }).toBe('online');
    await type(page, 'Korpset');
    await waitFor(() => leaderNames(w.leader).includes('Korpset'), 'the entry on the server');
  });

  it('fits a phone: no sideways scrolling, big touch targets, no service worker', async () => {
    const w = await workshop('Kulturskolens partnerkart – verksted');
    for (const [lang, locale] of [
      ['nb', 'nb-NO'],
      ['en', 'en-GB'],
    ] as const) {
      for (const viewport of [
        { width: 360, height: 640 },
        { width: 390, height: 844 },
      ]) {
        // Screenshots for docs/ at one pixel per CSS pixel: small files.
        const { page, context } = await openPhone(
          `/p/?lang=${lang}#${w.shown}`,
          viewport,
          locale,
          1,
        );
        await expect.poll(() => phase(page), { timeout: 15_000 }).toBe('online');
        await page.getByRole('textbox', { name: /Your name|Navnet ditt/ }).fill('Kari');
        const [a, b, c] = NAMES[`${lang}${viewport.width}`] ?? [];
        await type(page, `${a} -- ${b}`);
        await type(page, String(c), 'tap');
        await expect.poll(() => entries(page).then((e) => e.length)).toBe(4);
        const layout = await page.evaluate(() => ({
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          small: [...document.querySelectorAll('button, input, select')]
            .map((el) => el.getBoundingClientRect())
            .filter((r) => r.height < 44 || r.width < 44).length,
        }));
        expect(layout.overflow).toBeLessThanOrEqual(0);
        expect(layout.small).toBe(0);
        const workers = await page.evaluate(async () =>
          navigator.serviceWorker ? (await navigator.serviceWorker.getRegistrations()).length : 0,
        );
        expect(workers).toBe(0);
        mkdirSync(SHOTS, { recursive: true });
        await page.screenshot({
          path: join(SHOTS, `participant-phone-${viewport.width}x${viewport.height}-${lang}.png`),
          fullPage: viewport.width === 360,
        });
        await context.close();
      }
    }
  });

  it('the page under the app’s Content-Security-Policy, and its first load ≤ 120 KB gzip', () => {
    const html = readFileSync(join(OUT_DIR, 'p/index.html'), 'utf8');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src/);
    expect(html).not.toMatch(/registerSW|serviceWorker/);
    // Not the installable app: no manifest, so "Add to home screen" installs nothing of the editor.
    expect(html).not.toMatch(/rel="manifest"/);
    const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
    const bytes = files.map(
      (f) => gzipSync(readFileSync(join(OUT_DIR, String(f))), { level: 9 }).length,
    );
    const total = bytes.reduce((a, b) => a + b, 0);
    console.info(
      `[participant] initial JS ${files.length} files, ${(total / 1024).toFixed(1)} KiB gzip`,
    );
    expect(total).toBeLessThanOrEqual(120 * 1024);
    // None of the editor: no Cytoscape, no zod, no Dexie in what the phone loads first.
    const code = files.map((f) => readFileSync(join(OUT_DIR, String(f)), 'utf8')).join('\n');
    expect(code).not.toMatch(/cytoscape|__________cytoscape_container/);
    expect(code).not.toMatch(/Dexie|ZodError/);
  });
});
