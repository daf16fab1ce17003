import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export interface Session {
  context: BrowserContext;
  page: Page;
  baseURL: string;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Device pixels per CSS pixel: 1.5 is a 1920×1080 screen at 150 % zoom (viewport 1280×720). */
  deviceScaleFactor?: number;
}

/** A fresh browser profile (so a fresh IndexedDB) with one page open on the app. */
export async function openApp(
  path = '/?lang=en',
  viewport = { width: 1440, height: 900 },
  options: OpenOptions = {},
): Promise<Session> {
  const baseURL = inject('baseURL');
  const profile = mkdtempSync(join(tmpdir(), 'samspill-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME_PATH,
    args: ARGS,
    viewport,
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(new URL(path, baseURL).href);
  await waitForMap(page);
  return {
    context,
    page,
    baseURL,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The map is drawn and its first layout has settled. */
export async function waitForMap(page: Page): Promise<void> {
  await page
    .getByRole('application', { name: /Network map|Nettverkskart/ })
    .and(page.locator('[data-ready="true"]'))
    .waitFor({ timeout: 30_000 });
}

export async function showLists(page: Page) {
  await page.getByRole('tab', { name: /Lists|Lister/ }).click();
}

export async function quickAdd(page: Page, text: string) {
  const box = page.getByRole('textbox', { name: /Add actor|Legg til aktør/ });
  await box.fill(text);
  await box.press('Enter');
}

/** An actor's row in the "Actors" table, found by its inline name field ("Name of …"). */
export function actorNamed(page: Page, name: string) {
  return page
    .getByRole('table', { name: /^(Actors|Aktører)$/ })
    .getByRole('textbox', { name: new RegExp(`^(Name of|Navn på) ${escapeRegExp(name)}$`) });
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The add / update / unchanged numbers of one row of the import preview's counts table. */
export async function previewCounts(page: Page, kind: 'Actors' | 'Collaborations') {
  const table = page
    .getByRole('dialog', { name: 'Import preview' })
    .getByRole('table', { name: 'What the import does' });
  const cells = table.getByRole('row', { name: new RegExp(`^${kind}`) }).getByRole('cell');
  return (await cells.allTextContents()).map((text) => Number(text.replace(/\D/g, '')));
}
