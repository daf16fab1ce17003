import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type Session } from './browser';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('suggestions in the gap panel (bokmål)', () => {
  it("lists the school's gaps first, then pairs, and adds a pair as an idea", async () => {
    session = await openApp('/?lang=nb');
    const { page } = session;
    const section = page.getByRole('region', { name: 'Forslag til nye samarbeid' });
    await section.scrollIntoViewIfNeeded();
    const items = section.getByRole('listitem');
    expect(await items.count()).toBe(5);
    expect(await items.first().textContent()).toMatch(/^(Må ha|Bør ha): .*Første steg: /);
    await section.getByRole('button', { name: 'Vis flere forslag' }).click();
    if (process.env.E2E_SHOTS) {
      await items.nth(4).scrollIntoViewIfNeeded();
      await page.screenshot({ path: process.env.E2E_SHOTS });
    }
    const text = (await section.textContent()) ?? '';
    expect(text).not.toMatch(/deler \d+ partnere|naturlig par|Godta/);
    const accept = section.getByRole('button', { name: /^Legg til som idé: / });
    const pairs = section.locator('li', { has: page.locator('button.gap-pair') });
    expect(await pairs.count()).toBeGreaterThan(0);
    const last = pairs.last();
    const label = await last
      .getByRole('button', { name: /^Legg til som idé: / })
      .getAttribute('aria-label');
    const before = await accept.count();
    await last.getByRole('button', { name: /^Legg til som idé: / }).click();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain('er lagt til som idé');
    expect(await section.getByRole('button', { name: label ?? '' }).count()).toBe(0);
    expect(await accept.count()).toBeLessThanOrEqual(before);
  });
});
