/**
 * The built app under its Content-Security-Policy (build/csp.ts): loading, importing and every
 * export run with no violation, in the page or in a worker. The preview server also sends the
 * policy as a header (vite.config.ts), which is what puts the workers under it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROME_PATH, waitForMap } from './browser';

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

declare global {
  interface Window {
    __cspViolations?: Violation[];
  }
}

/** Console lines from the page and its workers that speak of the policy. */
const CSP_TEXT = /Content[ -]Security[ -]Policy|CSP violation|unsafe-eval|unsafe-inline/i;

/**
 * Chromium reports a worker's violations only to the worker, and playwright forwards only its
 * console calls: each worker script gets a listener that logs them, as its first statement
 * (the worker bundles are single files, with no static import to run before it).
 */
const WORKER_SCRIPT = /\/assets\/(importWorker|forceLayout\.worker)-[^/]+\.js$/;
const WORKER_WATCH =
  "self.addEventListener('securitypolicyviolation', (e) => console.error('CSP violation in a worker: ' + e.effectiveDirective + ' ' + e.blockedURI + ' ' + e.sample));\n";

let context: BrowserContext;
let page: Page;
let profile: string;
let header = '';
let html = '';
const consoleLines: string[] = [];
const workers: Worker[] = [];
/** The worker scripts given the listener. */
const watched: Array<{ url: string; staticImport: boolean }> = [];

function watchConsole(
  source: { on(event: 'console', fn: (m: { text(): string }) => void): void },
  from: string,
) {
  source.on('console', (m) => {
    if (CSP_TEXT.test(m.text())) consoleLines.push(`${from}: ${m.text()}`);
  });
}

const violations = () => page.evaluate(() => window.__cspViolations ?? []);

beforeAll(async () => {
  profile = mkdtempSync(join(tmpdir(), 'samspill-csp-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
  });
  // Before any of the app's code: every violation the document reports, from the first byte.
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations?.push({
        directive: e.effectiveDirective,
        blocked: e.blockedURI,
        sample: e.sample,
      });
    });
  });
  await context.route(WORKER_SCRIPT, async (route) => {
    const response = await route.fetch();
    const script = await response.text();
    watched.push({ url: route.request().url(), staticImport: /^import[\s{*]/m.test(script) });
    await route.fulfill({ response, body: WORKER_WATCH + script });
  });
  watchConsole(context, 'page');
  context.on('serviceworker', (w) => watchConsole(w, 'service worker'));
  page = context.pages()[0] ?? (await context.newPage());
  page.on('worker', (w) => {
    workers.push(w);
    watchConsole(w, 'worker');
  });
  page.on('pageerror', (e) => consoleLines.push(`pageerror: ${e.message}`));
  const response = await page.goto(new URL('/?lang=en', inject('baseURL')).href);
  header = response?.headers()['content-security-policy'] ?? '';
  html = (await response?.text()) ?? '';
  await waitForMap(page);
});

afterAll(async () => {
  await context?.close();
  rmSync(profile, { recursive: true, force: true });
});

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Opens "Export", chooses a format, downloads, and returns the file's bytes. */
async function exportAs(format: string) {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: format }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    dialog.getByRole('button', { name: 'Download' }).click(),
  ]);
  await dialog.waitFor({ state: 'detached' }).catch(() => {});
  return readFileSync(await download.path());
}

/** Imports one file as a new map and waits until the map shows `actors` actors. */
async function importNewMap(name: string, mimeType: string, buffer: Buffer, actors: number) {
  await page.getByLabel('Choose files to import').setInputFiles({ name, mimeType, buffer });
  const preview = page.getByRole('dialog', { name: 'Import preview' });
  await preview.getByRole('button', { name: 'Create the map' }).click();
  await preview.waitFor({ state: 'detached', timeout: 30_000 });
  await page.waitForFunction(
    (n) => document.querySelector('[data-actor-count]')?.getAttribute('data-actor-count') === n,
    String(actors),
  );
  await waitForMap(page);
}

describe('the built app under its Content-Security-Policy', () => {
  it('has the policy in <head> before any script or stylesheet: no eval, no inline script', async () => {
    const tags = [...html.matchAll(/<(meta|script|link)\b[^>]*>/g)].map((m) => m[0]);
    const at = tags.findIndex((t) => t.includes('http-equiv="Content-Security-Policy"'));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(tags.slice(0, at).filter((t) => /^<(script|link)/.test(t))).toEqual([]);
    const policy = await page.evaluate(
      () =>
        document
          .querySelector('meta[http-equiv="Content-Security-Policy"]')
          ?.getAttribute('content') ?? '',
    );
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toContain('unsafe-inline');
    for (const directive of ["script-src 'self'", "worker-src 'self'", "object-src 'none'"]) {
      expect(policy).toContain(directive);
      expect(header).toContain(directive);
    }
    expect(header).not.toContain('unsafe-');
  });

  it('shows every tab: gap analysis, details, views, versions, lists and the map', async () => {
    const tabs = page.getByRole('tab');
    const count = await tabs.count();
    expect(count).toBeGreaterThanOrEqual(6);
    for (let i = 0; i < count; i++) {
      await tabs.nth(i).click();
      await expect.poll(() => tabs.nth(i).getAttribute('aria-selected')).toBe('true');
    }
    await page.getByRole('tab', { name: 'Map' }).click();
    await waitForMap(page);
  });

  it('exports PNG, SVG, PDF, PowerPoint and Excel', async () => {
    const png = await exportAs('Image (PNG)');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const svg = await exportAs('Vector image (SVG)');
    expect(svg.toString('utf8')).toContain('<svg');
    const pdf = await exportAs('PDF');
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    const pptx = await exportAs('PowerPoint (.pptx)');
    expect(pptx.subarray(0, 2).toString()).toBe('PK');
    const xlsx = await exportAs('Excel (.xlsx)');
    expect(xlsx.subarray(0, 2).toString()).toBe('PK');
  });

  it('imports a CSV file and a GraphML file, each as a new map', async () => {
    const csv = ['Label;Type', 'Kulturskolen i Nordby;Kulturskole', 'Nordby skole;Skoler'];
    await importNewMap('nordby.csv', 'text/csv', Buffer.from(csv.join('\r\n')), 2);
    const graphml = readFileSync(new URL('../fixtures/io/yed.graphml', import.meta.url));
    await importNewMap('yed.graphml', 'application/xml', graphml, 2);
    expect(workers.some((w) => w.url().includes('importWorker'))).toBe(true);
    expect(workers.some((w) => w.url().includes('forceLayout'))).toBe(true);
  });

  it('imports a workbook with a part over 512 KB (which fflate would unzip in a blob: worker)', async () => {
    const { default: writeXlsxFile } = await import('write-excel-file/universal');
    const rows = 1_500;
    const cell = (value: string) => ({ value, type: String });
    const data = [
      [cell('Label'), cell('Type'), cell('Description')],
      [cell('Kulturskolen i Lagby'), cell('Kulturskole'), cell('')],
    ];
    for (let i = 1; i < rows; i++) {
      const about = `Samarbeid ${i}: ${'konserter og kurs '.repeat(24)}`;
      data.push([cell(`Lag nr. ${i}`), cell(''), cell(about)]);
    }
    const blob = await writeXlsxFile([{ sheet: 'Actors', data }]).toBlob();
    const bytes = Buffer.from(await blob.arrayBuffer());
    const parts = unzipSync(new Uint8Array(bytes));
    expect(Math.max(...Object.values(parts).map((p) => p.length))).toBeGreaterThan(512 * 1024);
    await importNewMap('lag.xlsx', XLSX_TYPE, bytes, rows);
  });

  it('reported no violation anywhere, and would have seen one', async () => {
    expect(watched.some((w) => w.url.includes('importWorker'))).toBe(true);
    expect(watched.some((w) => w.url.includes('forceLayout'))).toBe(true);
    expect(watched.filter((w) => w.staticImport)).toEqual([]);
    expect(await violations()).toEqual([]);
    expect(consoleLines).toEqual([]);

    // The watch works: a string turned into code, or an inline script, is refused and seen.
    // (Not inside evaluate(), which DevTools lets eval; the timer runs as the page's own code.)
    await page.evaluate(() => {
      setTimeout('window.__cspRan = true', 0);
      const script = document.createElement('script');
      script.textContent = 'window.__cspRan = true';
      document.head.append(script);
    });
    // One report per policy in force: the header's and the <meta>'s.
    await expect.poll(() => violations().then((v) => v.length)).toBe(4);
    expect(new Set((await violations()).map((v) => v.directive))).toEqual(
      new Set(['script-src', 'script-src-elem']),
    );
    expect(await page.evaluate(() => '__cspRan' in window)).toBe(false);
    await expect.poll(() => consoleLines.some((l) => l.startsWith('page:'))).toBe(true);

    // The workers are under the policy too (from the header), so their silence means something.
    const layout = workers.find((w) => w.url().includes('forceLayout'));
    if (!layout) throw new Error('no layout worker');
    await layout.evaluate(() => setTimeout('self.__cspRan = true', 0));
    await expect.poll(() => consoleLines.some((l) => l.startsWith('worker:'))).toBe(true);
    expect(await layout.evaluate(() => '__cspRan' in self)).toBe(false);
  });
});
