import { boxesAt, countOverlaps } from '../../src/analysis/layout/metrics';
import { LayoutEngine } from '../../src/render/layout/engine';
import type { FramedResponse, LayoutResponse } from '../../src/render/layout/protocol';
import { at, must, testGraph } from './fixtures';

function harness() {
  const posts: LayoutResponse[] = [];
  const framed: FramedResponse[] = [];
  const queue: (() => void)[] = [];
  let clock = 0;
  const engine = new LayoutEngine(
    {
      post: (m) => (m.type === 'framed' ? framed.push(m) : posts.push(m)),
      schedule: (fn) => queue.push(fn),
      // Every look at the clock costs 2 ms, so chunks hold a few ticks.
      now: () => {
        clock += 2;
        return clock;
      },
    },
    { chunkMs: 12, frameMs: 16 },
  );
  const drain = (max = 10_000) => {
    for (let k = 0; k < max && queue.length > 0; k++) queue.shift()?.();
  };
  return { engine, posts, framed, queue, drain };
}

const last = (posts: LayoutResponse[]) => at(posts, posts.length - 1);

describe('LayoutEngine (the worker logic)', () => {
  it('streams ticks in chunks and ends with one settled frame without overlaps', () => {
    const { engine, posts, drain } = harness();
    const input = testGraph(40);
    engine.handle({ type: 'start', gen: 1, input });
    expect(posts).toHaveLength(0); // nothing runs until the scheduled chunk
    drain();
    expect(posts.length).toBeGreaterThan(2);
    expect(at(posts, 0).type).toBe('tick');
    expect(at(posts, 0).ids).toEqual(input.nodes.map((n) => n.id));
    expect(posts.slice(1).every((m) => m.ids === undefined)).toBe(true);
    expect(posts.slice(0, -1).every((m) => m.type === 'tick')).toBe(true);
    const settled = last(posts);
    expect(settled.type).toBe('settled');
    expect(settled.gen).toBe(1);
    expect(settled.xy).toBeInstanceOf(Float32Array);
    expect(settled.xy).toHaveLength(2 * input.nodes.length);
    expect(countOverlaps(boxesAt(input.nodes, settled.xy))).toBe(0);
    expect(engine.isRunning).toBe(false);
  });

  it('keeps the positions of nodes that persist, and sends ids only when the set changes', () => {
    const { engine, posts, drain } = harness();
    const input = testGraph(40);
    engine.handle({ type: 'start', gen: 1, input });
    drain();
    const before = last(posts).xy;

    posts.length = 0;
    engine.handle({ type: 'start', gen: 2, input });
    drain();
    expect(posts.every((m) => m.ids === undefined && m.gen === 2)).toBe(true);
    expect(Math.abs(at(at(posts, 0).xy, 0) - at(before, 0))).toBeLessThan(30);

    posts.length = 0;
    const grown = {
      ...input,
      nodes: [...input.nodes, { id: 'late', sectorId: 's1', w: 90, h: 45, dy: 10.5 }],
      links: [...input.links, { source: 'late', target: 'n1' }],
    };
    engine.handle({ type: 'start', gen: 3, input: grown });
    drain();
    expect(at(posts, 0).ids).toHaveLength(41);
    expect(must(at(posts, 0).ids)[40]).toBe('late');
    const first = at(posts, 0).xy;
    const moved = Math.hypot(at(first, 2) - at(before, 2), at(first, 3) - at(before, 3));
    expect(moved).toBeLessThan(30);
    expect(last(posts).type).toBe('settled');

    posts.length = 0;
    engine.handle({ type: 'start', gen: 4, input: grown, reset: true });
    drain();
    expect(last(posts).type).toBe('settled');
  });

  it('follows a drag, keeps a pin and releases on unpin', () => {
    const { engine, posts, drain } = harness();
    const input = testGraph(30);
    engine.handle({ type: 'start', gen: 1, input });
    drain();
    const i = input.nodes.findIndex((n) => n.id === 'n4');

    posts.length = 0;
    engine.handle({ type: 'drag', id: 'n4', x: 2000, y: -2000 });
    expect(engine.isRunning).toBe(true);
    drain();
    expect(last(posts).type).toBe('settled');
    expect([last(posts).xy[2 * i], last(posts).xy[2 * i + 1]]).toEqual([2000, -2000]);

    posts.length = 0;
    engine.handle({ type: 'pin', id: 'n4', x: 2100, y: -2100 });
    drain();
    expect([last(posts).xy[2 * i], last(posts).xy[2 * i + 1]]).toEqual([2100, -2100]);

    posts.length = 0;
    engine.handle({ type: 'unpin', id: 'n4' });
    drain();
    expect(last(posts).xy[2 * i]).not.toBe(2100);

    // Unknown ids are ignored and do not wake the engine.
    posts.length = 0;
    engine.handle({ type: 'drag', id: 'nobody', x: 0, y: 0 });
    drain();
    expect(posts).toHaveLength(0);
  });

  it('stops on request', () => {
    const { engine, posts, queue, drain } = harness();
    engine.handle({ type: 'start', gen: 1, input: testGraph(40) });
    queue.shift()?.(); // one chunk
    engine.handle({ type: 'stop' });
    const count = posts.length;
    drain();
    expect(posts).toHaveLength(count);
    expect(posts.every((m) => m.type === 'tick')).toBe(true);
    expect(engine.isRunning).toBe(false);
  });
});
