import { expect, it } from 'vitest';
import { DrawnMaps } from '../../src/state/drawnMaps';

const settled = async (p: Promise<void>) => {
  let done = false;
  void p.then(() => {
    done = true;
  });
  await Promise.resolve();
  await Promise.resolve();
  return done;
};

it('waits until the map is drawn, and not for a map drawn before', async () => {
  const drawn = new DrawnMaps();
  const a = drawn.when('a');
  expect(await settled(a)).toBe(false);
  drawn.drawn('a');
  expect(await settled(a)).toBe(true);
  // Drawn last: at once.
  expect(await settled(drawn.when('a'))).toBe(true);
  expect(await settled(drawn.when('b'))).toBe(false);
});

it('drops the waits for a map another map was drawn instead of', async () => {
  const drawn = new DrawnMaps();
  const a = drawn.when('a');
  drawn.drawn('b');
  drawn.drawn('a');
  expect(await settled(a)).toBe(false);
});
