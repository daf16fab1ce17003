import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type Session } from './browser';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const canvasBox = async (s: Session) => {
  const box = await s.page.getByRole('application', { name: 'Network map' }).boundingBox();
  if (!box) throw new Error('canvas not visible');
  return box;
};

const positionOf = (s: Session, name: string) =>
  s.page.evaluate((n) => window.samspill?.renderedPosition(n) ?? null, name);

/** Waits until an actor stops moving on screen (the last fit or layout frame has been drawn). */
async function steadyPosition(s: Session, name: string) {
  let last = await positionOf(s, name);
  for (let i = 0; i < 20; i++) {
    await s.page.waitForTimeout(150);
    const now = await positionOf(s, name);
    if (now && last && Math.abs(now.x - last.x) < 0.5 && Math.abs(now.y - last.y) < 0.5) return now;
    last = now;
  }
  throw new Error(`${name} does not stay still`);
}

describe('the map in Chromium', () => {
  it('draws the demo map with no overlapping labels at the fitted zoom', async () => {
    session = await openApp();
    const overlaps = await session.page.evaluate(() => window.samspill?.labelOverlaps());
    expect(overlaps).toBe(0);
    // Every actor is inside the canvas after fitting.
    const box = await canvasBox(session);
    for (const name of ['Biblioteket', 'NAV Eksempel', 'Sangskattekista']) {
      const p = await positionOf(session, name);
      expect(p).not.toBeNull();
      expect(p?.x).toBeGreaterThan(0);
      expect(p?.x).toBeLessThan(box.width);
    }
  });

  it('search centres the map on an actor and opens it in the details panel', async () => {
    session = await openApp();
    const { page } = session;
    await page.getByLabel('Search for an actor').fill('Turistforeningen');
    await page.getByLabel('Search for an actor').press('Enter');
    await page.getByRole('textbox', { name: 'Name', exact: true }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Name', exact: true }).inputValue()).toBe(
      'Turistforeningen',
    );
    const box = await canvasBox(session);
    await expect
      .poll(async () => {
        const p = await positionOf(session as Session, 'Turistforeningen');
        return p ? Math.hypot(p.x - box.width / 2, p.y - box.height / 2) : Infinity;
      })
      .toBeLessThan(20);
  });

  it('dragging an actor pins it, and the details panel releases it', async () => {
    session = await openApp();
    const { page } = session;
    const box = await canvasBox(session);
    const start = await steadyPosition(session, 'Biblioteket');
    await page.mouse.move(box.x + start.x, box.y + start.y);
    await page.waitForTimeout(100);
    await page.mouse.down();
    await page.mouse.move(box.x + start.x + 60, box.y + start.y + 40, { steps: 8 });
    await page.mouse.up();
    await page.getByLabel('Search for an actor').fill('Biblioteket');
    await page.getByLabel('Search for an actor').press('Enter');
    const pinned = page.getByRole('checkbox', { name: 'Pinned on the map' });
    await expect.poll(() => pinned.isChecked()).toBe(true);
    // One drag is one undo step.
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => pinned.isChecked()).toBe(false);
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await expect.poll(() => pinned.isChecked()).toBe(true);
    await pinned.uncheck();
    await expect.poll(() => pinned.isChecked()).toBe(false);
  });

  it('filters by sector, keeping the culture school in view', async () => {
    session = await openApp();
    const { page } = session;
    await page.getByRole('button', { name: 'Filters' }).click();
    await page.getByRole('checkbox', { name: 'Integration', exact: true }).check();
    await expect.poll(() => positionOf(session as Session, 'Biblioteket')).toBeNull();
    expect(await positionOf(session, 'Flyktningtjenesten')).not.toBeNull();
    expect(await positionOf(session, 'Kulturskolen i Eksempel kommune')).not.toBeNull();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => positionOf(session as Session, 'Biblioteket')).not.toBeNull();
  });
});
