import type { LayoutInput } from '../../src/analysis/layout/types';
import {
  ANIMATE_MAX_NODES,
  ForceLayoutClient,
  type WorkerLike,
} from '../../src/render/layout/layoutClient';
import type { LayoutRequest, WorkerResponse } from '../../src/render/layout/protocol';
import { at } from './fixtures';

class FakeWorker implements WorkerLike {
  sent: LayoutRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null = null;
  postMessage(message: LayoutRequest): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  emit(message: WorkerResponse): void {
    this.onmessage?.({ data: message } as MessageEvent<WorkerResponse>);
  }
}

const input: LayoutInput = {
  nodes: [
    { id: 'a', sectorId: 's', w: 50, h: 40, dy: 8 },
    { id: 'b', sectorId: 's', w: 50, h: 40, dy: 8 },
  ],
  links: [{ source: 'a', target: 'b' }],
  sectorOrder: ['s'],
  focalId: null,
};

function setup(adaptive = false) {
  const worker = new FakeWorker();
  const frames: (() => void)[] = [];
  let clock = 0;
  const calls: { ids: string[]; xy: number[]; settled: boolean }[] = [];
  let frameCost = 0;
  const client = new ForceLayoutClient(
    (ids, xy, settled) => {
      calls.push({ ids, xy: Array.from(xy), settled });
      clock += frameCost;
    },
    {
      createWorker: () => worker,
      requestFrame: (cb) => frames.push(cb),
      cancelFrame: () => {},
      now: () => clock,
      adaptive,
    },
  );
  const runFrame = () => {
    const due = frames.splice(0);
    for (const cb of due) cb();
  };
  return {
    worker,
    client,
    calls,
    runFrame,
    frames,
    advance: (ms: number) => {
      clock += ms;
    },
    setFrameCost: (ms: number) => {
      frameCost = ms;
    },
  };
}

const xy = (...v: number[]) => new Float32Array(v);

describe('ForceLayoutClient', () => {
  it('sends start with a new generation and the requests as messages', () => {
    const { worker, client } = setup();
    client.start(input, { alpha: 0.5 });
    client.drag('a', 1, 2);
    client.pin('a', 3, 4);
    client.unpin('a');
    client.stop();
    expect(worker.sent).toEqual([
      { type: 'start', gen: 1, input, alpha: 0.5 },
      { type: 'drag', id: 'a', x: 1, y: 2 },
      { type: 'pin', id: 'a', x: 3, y: 4 },
      { type: 'unpin', id: 'a' },
      { type: 'stop' },
    ]);
  });

  it('coalesces frames to one per animation frame, newest first', () => {
    const { worker, client, calls, runFrame } = setup();
    client.start(input);
    expect(client.running).toBe(true);
    worker.emit({ type: 'tick', gen: 1, ids: ['a', 'b'], xy: xy(0, 0, 1, 1), alpha: 0.9 });
    worker.emit({ type: 'tick', gen: 1, xy: xy(2, 2, 3, 3), alpha: 0.8 });
    expect(calls).toHaveLength(0);
    runFrame();
    expect(calls).toEqual([{ ids: ['a', 'b'], xy: [2, 2, 3, 3], settled: false }]);
    runFrame();
    expect(calls).toHaveLength(1);
    worker.emit({ type: 'settled', gen: 1, xy: xy(4, 4, 5, 5), ticks: 40, elapsedMs: 12 });
    runFrame();
    expect(calls[1]).toEqual({ ids: ['a', 'b'], xy: [4, 4, 5, 5], settled: true });
    expect(client.running).toBe(false);
    expect(client.lastSettle).toEqual({ ticks: 40, elapsedMs: 12 });
  });

  it("passes on the clean-up's report: the overlaps left, its time and θ", () => {
    const { worker, client, runFrame } = setup();
    client.start(input);
    worker.emit({
      type: 'settled',
      gen: 1,
      ids: ['a', 'b'],
      xy: xy(0, 0, 9, 9),
      ticks: 55,
      elapsedMs: 400,
      overlaps: 3,
      finishMs: 300,
      theta: 1.5,
    });
    runFrame();
    expect(client.lastSettle).toEqual({
      ticks: 55,
      elapsedMs: 400,
      overlaps: 3,
      finishMs: 300,
      theta: 1.5,
    });
  });

  it('drops frames of an older generation or of the wrong length', () => {
    const { worker, client, calls, runFrame } = setup();
    client.start(input);
    client.start({ ...input, nodes: [at(input.nodes, 0)] });
    worker.emit({ type: 'tick', gen: 1, xy: xy(0, 0, 1, 1), alpha: 0.9 });
    worker.emit({ type: 'tick', gen: 2, xy: xy(0, 0, 1, 1), alpha: 0.9 });
    runFrame();
    expect(calls).toHaveLength(0);
    worker.emit({ type: 'tick', gen: 2, xy: xy(7, 8), alpha: 0.9 });
    runFrame();
    expect(calls).toEqual([{ ids: ['a'], xy: [7, 8], settled: false }]);
  });

  it('paces frames that are expensive to draw, but never delays the settled one', () => {
    vi.useFakeTimers();
    try {
      const { worker, client, calls, runFrame, setFrameCost } = setup(true);
      setFrameCost(100); // applying + drawing a frame costs 100 ms
      client.start(input);
      worker.emit({ type: 'tick', gen: 1, xy: xy(0, 0, 1, 1), alpha: 0.9 });
      runFrame(); // delivers
      expect(calls).toHaveLength(1);
      runFrame(); // measures the cost: the next frame waits ≈ 100 + (100 - 33) ms
      expect(client.frameCost).toBe(100);
      worker.emit({ type: 'tick', gen: 1, xy: xy(2, 2, 3, 3), alpha: 0.5 });
      runFrame();
      expect(calls).toHaveLength(1);
      vi.advanceTimersByTime(100);
      runFrame();
      expect(calls).toHaveLength(1);
      worker.emit({ type: 'settled', gen: 1, xy: xy(4, 4, 5, 5), ticks: 9, elapsedMs: 5 });
      runFrame();
      expect(calls).toHaveLength(2);
      expect(at(calls, 1).settled).toBe(true);
      expect(at(calls, 1).xy).toEqual([4, 4, 5, 5]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('delivers cheap frames on every animation frame', () => {
    const { worker, client, calls, runFrame, setFrameCost } = setup(true);
    setFrameCost(5);
    client.start(input);
    for (let k = 0; k < 3; k++) {
      worker.emit({ type: 'tick', gen: 1, xy: xy(k, k, k, k), alpha: 0.5 });
      runFrame(); // the cost probe of the previous frame, then this frame
      runFrame();
    }
    expect(calls.map((c) => c.xy[0])).toEqual([0, 1, 2]);
  });

  it("does not let a small map's cheap frames decide for a map many times its size", () => {
    const { worker, client, calls, runFrame, setFrameCost } = setup(true);
    setFrameCost(5);
    client.start(input);
    worker.emit({ type: 'tick', gen: 1, xy: xy(0, 0, 1, 1), alpha: 0.5 });
    runFrame();
    runFrame();
    expect(client.frameCost).toBe(5);
    // An import of a map far past ANIMATE_MAX_NODES: judged by its size, not drawn while it forms.
    const ids = Array.from({ length: 2 * (ANIMATE_MAX_NODES + 1) }, (_, i) => `n${i}`);
    const big: LayoutInput = {
      ...input,
      nodes: ids.map((id) => ({ id, sectorId: 's', w: 50, h: 40, dy: 8 })),
      links: [],
    };
    client.start(big);
    const before = calls.length;
    worker.emit({ type: 'tick', gen: 2, ids, xy: new Float32Array(2 * ids.length), alpha: 0.5 });
    runFrame();
    expect(calls).toHaveLength(before);
    worker.emit({
      type: 'settled',
      gen: 2,
      xy: new Float32Array(2 * ids.length),
      ticks: 9,
      elapsedMs: 5,
    });
    runFrame();
    expect(calls).toHaveLength(before + 1);
    expect(calls.at(-1)?.settled).toBe(true);
  });

  it('terminates the worker on dispose and ignores later messages', () => {
    const { worker, client, calls, runFrame } = setup();
    client.start(input);
    worker.emit({ type: 'tick', gen: 1, xy: xy(0, 0, 1, 1), alpha: 0.9 });
    client.dispose();
    runFrame();
    worker.emit({ type: 'tick', gen: 1, xy: xy(0, 0, 1, 1), alpha: 0.9 });
    expect(worker.terminated).toBe(true);
    expect(calls).toHaveLength(0);
    client.start(input);
    expect(worker.sent).toHaveLength(1);
  });
});
