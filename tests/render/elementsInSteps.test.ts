import { expect, it } from 'vitest';
import { kulturskoleTemplate } from '../../src/app/template';
import { toElements, toElementsInSteps } from '../../src/render/elements';
import { createMeasure } from '../../src/render/nodeGeometry';
import { bigMap } from './harness';

const doc = bigMap(300);
const overlay = {
  ghosts: [{ typeId: 'nav', sectorId: 'welfare', label: 'NAV' }],
  weak: new Set<string>(),
  stale: new Set([Object.keys(doc.collaborations)[0] as string]),
};

it('gives the model toElements gives, pausing as often as the steps ask', async () => {
  const measure = createMeasure();
  const args = [doc, kulturskoleTemplate, null, measure, overlay, 1.4] as const;
  let pauses = 0;
  const stepped = await toElementsInSteps(
    [...args],
    async () => {
      pauses++;
    },
    0,
  );
  expect(stepped).toEqual(toElements(...args));
  // A step of 0 ms pauses after every actor.
  expect(pauses).toBe(300);
  expect(stepped.nodes.some((n) => n.ghost)).toBe(true);
});

it('ends when a pause throws', async () => {
  let pauses = 0;
  const run = toElementsInSteps(
    [doc, kulturskoleTemplate, null, createMeasure()],
    async () => {
      if (++pauses === 3) throw new Error('superseded');
    },
    0,
  );
  await expect(run).rejects.toThrow('superseded');
  expect(pauses).toBe(3);
});
