import type { Core } from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KeyboardCamera } from '../../src/render/keyboardCamera';

const host = () => ({
  insets: () => ({ top: 0, right: 0, bottom: 0, left: 0 }),
  userMoved: () => {},
  unfocus: () => {},
  zoomed: () => {},
});

/** What the keyboard camera reads of Cytoscape, at zoom `at()`, with the test's animations. */
function fakeCy(at: () => number, animated: () => boolean, animate: Animate): Core {
  const cy = { zoom: at, minZoom: () => 0.05, maxZoom: () => 4, width: () => 800 };
  return { ...cy, height: () => 600, animated, animate } as unknown as Core;
}

type Animate = (o: { zoom: { level: number } }, opts: { complete?: () => void }) => void;

/** A camera whose animations only start: no frame comes until `rest` is called. */
function stalledCamera(zoom = 1) {
  let at = zoom;
  let moving = false;
  const targets: number[] = [];
  const cy = fakeCy(
    () => at,
    () => moving,
    (o) => {
      targets.push(o.zoom.level);
      moving = true;
    },
  );
  const rest = () => {
    at = targets.at(-1) ?? at;
    moving = false;
  };
  return { cy, targets, rest };
}

/**
 * A camera that queues its animations as Cytoscape does: `endOne` plays the first to its end,
 * and until the next frame picks up the next one, the camera is not `animated()`.
 */
function queuedCamera(zoom = 1) {
  let at = zoom;
  const queue: { level: number; complete?: () => void }[] = [];
  const targets: number[] = [];
  const cy = fakeCy(
    () => at,
    () => false,
    (o, opts) => {
      targets.push(o.zoom.level);
      queue.push({ level: o.zoom.level, complete: opts.complete });
    },
  );
  const endOne = () => {
    const first = queue.shift();
    if (!first) return;
    at = first.level;
    first.complete?.();
  };
  return { cy, targets, endOne };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('zoom steps from the keyboard', () => {
  it('build on each other however late the frames come', () => {
    vi.useFakeTimers({ toFake: ['Date', 'performance'] });
    const { cy, targets } = stalledCamera();
    const camera = new KeyboardCamera(cy, host());
    camera.zoomBy(1 / 1.25);
    for (let i = 0; i < 4; i++) {
      // A busy machine: half a second between key presses, and no frame meanwhile.
      vi.advanceTimersByTime(500);
      camera.zoomBy(1.25);
    }
    expect(targets.at(-1)).toBeCloseTo(1.25 ** 3, 9);
  });

  it('build on each other between one queued animation ending and the next starting', () => {
    const { cy, targets, endOne } = queuedCamera();
    const camera = new KeyboardCamera(cy, host());
    camera.zoomBy(1.25);
    camera.zoomBy(1.25);
    // The first step has played out, the second waits in the queue: not `animated()` now.
    endOne();
    camera.zoomBy(1.25);
    camera.zoomBy(1.25);
    expect(targets.at(-1)).toBeCloseTo(1.25 ** 4, 9);
    endOne();
    endOne();
    endOne();
    // All played out: a step now starts from where the camera is.
    camera.zoomBy(1.25);
    expect(targets.at(-1)).toBeCloseTo(1.25 ** 5, 9);
  });

  it('start from where the camera is once it is at rest', () => {
    const { cy, targets, rest } = stalledCamera(2);
    const camera = new KeyboardCamera(cy, host());
    camera.zoomBy(1.25);
    rest();
    camera.zoomBy(1.25);
    expect(targets).toEqual([2.5, 3.125]);
  });
});
