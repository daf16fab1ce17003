import { afterEach, describe, expect, it } from 'vitest';
import { actorNamed, openApp, type Session, showLists } from './browser';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const positionOf = (name: string) => {
  if (!session) throw new Error('no session');
  return session.page.evaluate((n) => window.samspill?.renderedPosition(n) ?? null, name);
};

describe('gaps and layouts on the map', () => {
  it('"Show gaps" draws ghost nodes that never become actors', async () => {
    session = await openApp();
    const { page } = session;
    const ghost = 'Missing: After-school programme';
    expect(await positionOf(ghost)).toBeNull();
    await page.getByRole('checkbox', { name: 'Show gaps' }).check();
    await expect.poll(() => positionOf(ghost)).not.toBeNull();
    expect(await positionOf('Missing: Sports clubs and facilities')).not.toBeNull();
    // The county authority is also the DKS manager (an extra role): DKS is not missing.
    expect(await positionOf('Missing: School culture programme (DKS)')).toBeNull();
    await showLists(page);
    expect(await actorNamed(page, ghost).count()).toBe(0);
    const rows = page.getByRole('table', { name: 'Actors' }).locator('tbody tr');
    expect(await rows.filter({ hasText: 'Missing:' }).count()).toBe(0);
    await page.getByRole('tab', { name: 'Map' }).click();
    await page.getByRole('checkbox', { name: 'Show gaps' }).uncheck();
    await expect.poll(() => positionOf(ghost)).toBeNull();
  });

  it('switches to Rings and Power/interest and back, with animated moves', async () => {
    session = await openApp();
    const { page } = session;
    const layout = page.getByRole('combobox', { name: 'Layout' });
    const before = await positionOf('Biblioteket');

    await layout.selectOption({ label: 'Rings' });
    // A busy CI machine can take several seconds to lay out and animate.
    await expect
      .poll(async () => JSON.stringify(await positionOf('Biblioteket')), { timeout: 20_000 })
      .not.toBe(JSON.stringify(before));
    await page.getByRole('combobox', { name: 'Rings by' }).selectOption({ label: 'Strength' });

    await layout.selectOption({ label: 'Power/interest' });
    // The culture school has no power/interest scores: it is set aside and listed, not drawn.
    await expect.poll(() => positionOf('Kulturskolen i Eksempel kommune')).toBeNull();
    const unscored = page.getByRole('region', { name: 'Not scored' });
    await unscored.getByRole('button', { name: 'Kulturskolen i Eksempel kommune' }).waitFor();
    expect(await positionOf('Ordfører Kari Nilsen')).not.toBeNull();

    await layout.selectOption({ label: 'Network' });
    await expect.poll(() => positionOf('Kulturskolen i Eksempel kommune')).not.toBeNull();
    expect(await unscored.count()).toBe(0);
  });
});

describe('the gap analysis panel', () => {
  it('puts what to do now first; "not relevant here" leaves the score, is saved and undone', async () => {
    session = await openApp();
    const { page } = session;
    const panel = page.getByRole('region', { name: 'Gap analysis' });
    const now = panel.getByRole('region', { name: 'What to do now' });
    expect(await now.getByRole('listitem').count()).toBe(5);
    expect(await now.textContent()).toContain('Sparebankstiftelsen Eksempel');
    const score = panel.locator('.gap-score-number');
    const points = async () => {
      const m = /(\d+) of (\d+) points/.exec(
        (await panel.locator('.gap-score-label').textContent()) ?? '',
      );
      return { covered: Number(m?.[1]), total: Number(m?.[2]) };
    };
    const before = await points();
    const shown = await score.textContent();
    expect(shown).toBe(`${Math.round((100 * before.covered) / before.total)}%`);

    const toggle = panel.getByRole('checkbox', {
      name: 'After-school programme: not relevant here',
    });
    await toggle.check();
    // SFO is a should-have type (weight 2) that the demo map is missing: 2 points fewer to earn.
    await expect.poll(points).toEqual({ covered: before.covered, total: before.total - 2 });
    expect(await score.textContent()).toBe(
      `${Math.round((100 * before.covered) / (before.total - 2))}%`,
    );
    await panel.getByRole('heading', { name: 'Not relevant here (not counted)' }).waitFor();

    await page.waitForTimeout(1500);
    await page.reload();
    await expect.poll(points).toEqual({ covered: before.covered, total: before.total - 2 });
    await page
      .getByRole('checkbox', { name: 'After-school programme: not relevant here' })
      .uncheck();
    await expect.poll(points).toEqual(before);
    await page.keyboard.press('Control+z');
    await expect.poll(points).toEqual({ covered: before.covered, total: before.total - 2 });
  });

  it('names a plan and ties a gap to one of its goals; both are saved', async () => {
    session = await openApp();
    const { page } = session;
    const panel = page.getByRole('region', { name: 'Gap analysis' });
    await panel.getByRole('button', { name: 'Add plan' }).click();
    await page.getByRole('textbox', { name: 'Name of the plan' }).fill('Oppvekstplan 2025–2030');
    await page.getByRole('button', { name: 'Save' }).click();
    await panel.getByRole('button', { name: 'Tie After-school programme to a plan goal' }).click();
    await page.getByRole('textbox', { name: 'Goal in the plan' }).fill('Et kulturtilbud i SFO');
    await page.getByRole('button', { name: 'Save' }).click();
    const goal = 'Plan goal: Oppvekstplan 2025–2030 – Et kulturtilbud i SFO';
    await panel.getByText(goal).first().waitFor();
    await page.waitForTimeout(1500);
    await page.reload();
    await page.getByRole('region', { name: 'Gap analysis' }).getByText(goal).first().waitFor();
  });
});
