/** axe-core in the built app's pages (issue 15): the WCAG 2.2 AA audit the browser tests share. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeNode {
  target: unknown[];
  html: string;
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: AxeNode[];
}

declare global {
  interface Window {
    axe?: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> };
  }
}

/** One line per failing element: rule, impact, where, and axe's own account of what fails. */
export function readable(violations: AxeViolation[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `${v.id} (${v.impact ?? 'n/a'}) at ${JSON.stringify(n.target)} ${n.html.slice(0, 160)}: ` +
        `${v.help}. ` +
        (n.failureSummary ?? '').replace(/\s*\n\s*/g, ' '),
    ),
  );
}

/** Nothing moving: finite CSS animations and transitions done, the map's layout at rest. */
export async function settle(page: Page) {
  await page.evaluate(async () => {
    const finite = document
      .getAnimations()
      .filter((a) => Number.isFinite(a.effect?.getComputedTiming().endTime ?? Infinity));
    await Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
  });
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), undefined, {
    timeout: 30_000,
  });
  await page.waitForFunction(() => window.samspill?.idle() ?? true, undefined, {
    timeout: 30_000,
  });
  // Two frames, so React's last commit is painted before axe reads colours.
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
}

/** axe over the whole document, as it is now. */
export async function audit(page: Page): Promise<string[]> {
  await settle(page);
  if (!(await page.evaluate(() => 'axe' in window))) {
    // The app's policy refuses inline <script>; DevTools' evaluation is outside it.
    await page.evaluate(AXE_SOURCE);
  }
  const result = await page.evaluate(async (values) => {
    // axe orders layers by z-index and does not know the top layer, where a modal <dialog> is
    // drawn above everything: it would call the dialog's text "overlapped" and leave its contrast
    // unjudged. A z-index says the same thing to axe and changes nothing on screen.
    const modals = [...document.querySelectorAll<HTMLDialogElement>('dialog:modal')];
    for (const d of modals) d.style.zIndex = '2147483647';
    try {
      return await window.axe?.run(document, {
        runOnly: { type: 'tag', values },
        resultTypes: ['violations'],
      });
    } finally {
      for (const d of modals) d.style.removeProperty('z-index');
    }
  }, TAGS);
  if (!result) throw new Error('axe did not load');
  return readable(result.violations);
}
