// Takes a screenshot of the running app: node scripts/screenshot.mjs [url] [out.png] [width] [height]
import { chromium } from 'playwright-core';

const [url = 'http://127.0.0.1:5173/', out = 'docs/screenshot.png', w = '1600', h = '1000'] =
  process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
page.on('pageerror', (e) => console.error('pageerror:', e.message));
await page.goto(url);
await page.locator('[role="application"][data-ready="true"]').waitFor({ timeout: 30000 });
await page.waitForTimeout(500);
await page.screenshot({ path: out });
await browser.close();
console.log('wrote', out);
