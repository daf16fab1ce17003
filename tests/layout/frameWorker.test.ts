/**
 * The frame-fit layout's other ways in: a frame centred on the culture school (rings), labels
 * placed again for nodes that stay where they are (a zoomed-in canvas), and the layout worker's
 * `frame` message on both sides.
 */
import { centredShares } from '../../src/analysis/layout/frameAxes';
import { type FrameNode, frameFit } from '../../src/analysis/layout/frameFit';
import { labelsAt } from '../../src/analysis/layout/frameLabels';
import type { FrameRequest } from '../../src/analysis/layout/frameSearch';
import { LayoutEngine } from '../../src/render/layout/engine';
import { ForceLayoutClient, type WorkerLike } from '../../src/render/layout/layoutClient';
import type { LayoutRequest, WorkerResponse } from '../../src/render/layout/protocol';
import { boxAt, GAP, overlappingPairs } from './frameKit';

const node = (id: string, x: number, y: number, extra: Partial<FrameNode> = {}): FrameNode => ({
  id,
  x,
  y,
  d: 20,
  label: { w: 90, h: 24 },
  importance: 1,
  ...extra,
});

describe('a frame centred on one place', () => {
  it('centredShares puts the centre at one half and the farthest value at an end', () => {
    expect(centredShares([-50, 0, 100], 0)).toEqual([0.25, 0.5, 1]);
    expect(centredShares([3, 3], 3)).toEqual([0.5, 0.5]);
  });

  it('keeps the centre node in the middle of the frame even when the map leans one way', () => {
    const nodes = [
      node('focal', 0, 0, { label: null, importance: 99 }),
      node('a', 400, 0),
      node('b', 380, 60),
      node('c', 50, -300),
    ];
    const r = frameFit({ frame: { w: 1000, h: 600 }, nodes, spread: 0, centre: { x: 0, y: 0 } });
    expect(Math.abs((r.xy[0] ?? 0) - 500)).toBeLessThan(10);
    // Labels hang below their nodes, so the band for nodes sits a little above the middle.
    expect(Math.abs((r.xy[1] ?? 0) - 300)).toBeLessThan(25);
    // Without a centre the same map is spread from its own edges: the focal actor is at the left.
    const free = frameFit({ frame: { w: 1000, h: 600 }, nodes, spread: 0 });
    expect(free.xy[0] ?? 0).toBeLessThan(200);
  });
});

describe('labels for nodes that stay where they are (a zoomed-in canvas)', () => {
  it('keeps a label on its side when it is free there, and never moves a node', () => {
    const nodes = [node('a', 0, 0), node('b', 300, 0)];
    const sides = labelsAt(nodes, ['below', 'right', 'left', 'above'], GAP, 2, ['right', 'left']);
    expect(sides).toEqual(['right', 'left']);
  });

  it('hides the less important of two labels that cannot both fit, and no label covers a node', () => {
    // Labels below only: B's label would run into A's, while no label reaches the other circle.
    const nodes = [
      node('a', 0, 0, { importance: 5 }),
      node('b', 60, 20, { importance: 1 }),
      node('c', 400, 0, { importance: 3 }),
    ];
    const sides = labelsAt(nodes, ['below'], GAP, 2);
    expect(sides).toEqual(['below', null, 'below']);
    // Every label drawn covers no other node's circle and no other label.
    const boxes = nodes.map((n, i) => boxAt(n, n.x, n.y, sides[i] ?? null));
    const circles = nodes.map((n) => boxAt(n, n.x, n.y, null));
    const pairs = overlappingPairs(boxes, 0.01).filter(([i, j]) => sides[i] || sides[j]);
    for (const [i, j] of pairs) {
      // Only circles may meet circles: a label's box never reaches another node.
      expect(sides[i] === null && sides[j] === null).toBe(true);
    }
    sides.forEach((s, i) => {
      if (!s) return;
      const b = boxes[i];
      circles.forEach((c, j) => {
        if (j === i || !b || !c) return;
        const ox = Math.min(b.x2, c.x2) - Math.max(b.x1, c.x1);
        const oy = Math.min(b.y2, c.y2) - Math.max(b.y1, c.y1);
        expect(ox > 0.01 && oy > 0.01).toBe(false);
      });
    });
  });

  it('gives a label that must show its room before a more important one', () => {
    const nodes = [
      node('important', 0, 0, { importance: 9 }),
      node('searched', 0, 22, { importance: 0, must: true }),
    ];
    const sides = labelsAt(nodes, ['below'], GAP, 2);
    expect(sides[1]).toBe('below');
    expect(sides[0]).toBeNull();
  });
});

const request: FrameRequest = {
  nodes: [node('a', 0, 0), node('b', 100, 50), node('c', -80, 40)],
  gap: GAP,
  padding: 2,
  range: { frame: { w: 800, h: 500 }, basePx: 15, minPx: 11, maxPx: 16 },
};

describe("the layout worker's frame message", () => {
  it('answers a frame request with the frame-fit layout, matched by id', () => {
    const posts: WorkerResponse[] = [];
    let clock = 0;
    const engine = new LayoutEngine({
      post: (m) => posts.push(m),
      schedule: () => {},
      now: () => (clock += 3),
    });
    engine.handle({ type: 'frame', id: 7, request });
    expect(posts).toHaveLength(1);
    const answer = posts[0];
    if (answer?.type !== 'framed') throw new Error('expected a framed answer');
    expect(answer.id).toBe(7);
    expect(answer.result?.ids).toEqual(['a', 'b', 'c']);
    expect(answer.result?.hidden).toEqual([]);
    expect(answer.elapsedMs).toBeGreaterThan(0);
  });

  it('says why when the frame cannot be laid out, instead of going quiet', () => {
    const posts: WorkerResponse[] = [];
    const engine = new LayoutEngine({
      post: (m) => posts.push(m),
      schedule: () => {},
      now: () => 0,
    });
    const broken = { ...request, nodes: null } as unknown as FrameRequest;
    engine.handle({ type: 'frame', id: 1, request: broken });
    const answer = posts[0];
    if (answer?.type !== 'framed') throw new Error('expected a framed answer');
    expect(answer.result).toBeNull();
    expect(answer.error).toMatch(/./);
  });

  class FakeWorker implements WorkerLike {
    sent: LayoutRequest[] = [];
    onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null = null;
    postMessage(message: LayoutRequest): void {
      this.sent.push(message);
    }
    terminate(): void {}
    emit(message: WorkerResponse): void {
      this.onmessage?.({ data: message } as MessageEvent<WorkerResponse>);
    }
  }

  it('resolves the client promise with the answer of its own request, and rejects on error', async () => {
    const worker = new FakeWorker();
    const client = new ForceLayoutClient(() => {}, {
      createWorker: () => worker,
      requestFrame: () => 0,
      cancelFrame: () => {},
    });
    const first = client.fitFrame(request);
    const second = client.fitFrame(request);
    const ids = worker.sent.map((m) => (m.type === 'frame' ? m.id : -1));
    expect(ids).toHaveLength(2);
    const result = frameFit({ ...request, frame: { w: 800, h: 500 } });
    const fitted = {
      ...result,
      px: 15,
      scale: 1,
      model: { w: 800, h: 500 },
      nodeScale: 1,
      tried: [15],
    };
    worker.emit({ type: 'framed', id: ids[1] ?? 0, result: fitted, elapsedMs: 4 });
    worker.emit({ type: 'framed', id: ids[0] ?? 0, result: null, error: 'no room', elapsedMs: 1 });
    await expect(second).resolves.toMatchObject({ px: 15, ids: ['a', 'b', 'c'] });
    await expect(first).rejects.toThrow('no room');
    expect(client.lastFrameMs).toBe(1);
  });

  it('rejects requests still pending when the client is disposed', async () => {
    const worker = new FakeWorker();
    const client = new ForceLayoutClient(() => {}, {
      createWorker: () => worker,
      requestFrame: () => 0,
      cancelFrame: () => {},
    });
    const pending = client.fitFrame(request);
    client.dispose();
    await expect(pending).rejects.toThrow(/disposed/);
    await expect(client.fitFrame(request)).rejects.toThrow(/disposed/);
  });
});
