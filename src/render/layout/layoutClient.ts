import type { FittedFrame, FrameRequest } from '../../analysis/layout/frameSearch';
import type { LayoutInput } from '../../analysis/layout/types';
import type { LayoutRequest, LayoutResponse, WorkerResponse } from './protocol';

/** What the worker reports with a settled layout (see the `settled` message). */
export type SettleInfo = Omit<
  Extract<LayoutResponse, { type: 'settled' }>,
  'type' | 'gen' | 'ids' | 'xy'
>;

/** Receives the latest positions, at most once per animation frame. */
export type FrameCallback = (ids: string[], xy: Float32Array, settled: boolean) => void;

export interface StartOptions {
  /** Starting alpha (default: 1 for a new graph, lower when most nodes keep their place). */
  alpha?: number;
  /** Forget the current positions and lay out from scratch. */
  reset?: boolean;
  /**
   * Draw intermediate frames (default: when the last frame cost at most ANIMATE_BUDGET_MS, or,
   * before any frame was measured, for maps of at most ANIMATE_MAX_NODES actors). When one
   * redraw costs more than a frame budget, only the settled result is drawn, so the main thread
   * stays free while the worker runs.
   */
  animate?: boolean;
}

export const ANIMATE_BUDGET_MS = 40;
export const ANIMATE_MAX_NODES = 400;

/** What the client needs of a Worker (tests pass a fake). */
export interface WorkerLike {
  postMessage(message: LayoutRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null;
  onerror?: ((event: ErrorEvent) => void) | null;
}

export interface ForceLayoutClientOptions {
  createWorker?: () => WorkerLike;
  requestFrame?: (cb: () => void) => number;
  cancelFrame?: (handle: number) => void;
  now?: () => number;
  onError?: (error: unknown) => void;
  /**
   * Adaptive pacing (default true): when applying and drawing a frame takes longer than one
   * display frame (a big map on a slow machine), the next intermediate frame waits as long again,
   * so the main thread stays at least half free for input. The settled frame never waits.
   */
  adaptive?: boolean;
}

/** One display frame at 60 Hz. */
const FRAME_MS = 1000 / 60;

function defaultWorker(): WorkerLike {
  return new Worker(new URL('./forceLayout.worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as WorkerLike;
}

/**
 * Main-thread side of the layout worker. Frames that arrive between two animation frames are
 * coalesced: `onFrame` sees only the newest, once per requestAnimationFrame, and the settled frame
 * is never replaced by an older one. No Cytoscape here: the adapter applies frames in cy.batch().
 */
export class ForceLayoutClient {
  private readonly worker: WorkerLike;
  private readonly requestFrame: (cb: () => void) => number;
  private readonly cancelFrame: (handle: number) => void;
  private gen = 0;
  private ids: string[] = [];
  private pending: { xy: Float32Array; settled: boolean } | null = null;
  private frame: number | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private disposed = false;
  private settledFlag = true;
  private readonly now: () => number;
  private readonly adaptive: boolean;
  /** Earliest time the next intermediate frame may be delivered. */
  private notBefore = 0;
  /** Main-thread cost of the last frame: from onFrame until the next animation frame. */
  private lastCost = 0;
  /** Actors of the map whose frame cost lastCost, and of the map laid out now. */
  private costNodes = 0;
  private nodes = 0;
  private settleInfo: SettleInfo | null = null;
  private animate = true;
  private frameSeq = 0;
  private readonly frames = new Map<
    number,
    { resolve: (r: FittedFrame) => void; reject: (e: Error) => void }
  >();
  /** Worker time of the last frame-fit, in ms (for the bench). */
  lastFrameMs = 0;

  constructor(
    private readonly onFrame: FrameCallback,
    options: ForceLayoutClientOptions = {},
  ) {
    this.requestFrame = options.requestFrame ?? ((cb) => requestAnimationFrame(() => cb()));
    this.cancelFrame = options.cancelFrame ?? ((h) => cancelAnimationFrame(h));
    this.now = options.now ?? (() => performance.now());
    this.adaptive = options.adaptive ?? true;
    this.worker = (options.createWorker ?? defaultWorker)();
    this.worker.onmessage = (event) => this.receive(event.data);
    const onError = options.onError;
    this.worker.onerror = (event) => {
      this.failFrames(new Error(String(event.message ?? 'layout worker failed')));
      onError?.(event.error ?? event.message);
    };
  }

  /** Lays network places out for a frame in the worker (docs/legibility.md). */
  fitFrame(request: FrameRequest): Promise<FittedFrame> {
    if (this.disposed) return Promise.reject(new Error('layout worker disposed'));
    const id = ++this.frameSeq;
    return new Promise<FittedFrame>((resolve, reject) => {
      this.frames.set(id, { resolve, reject });
      this.send({ type: 'frame', id, request });
    });
  }

  private failFrames(error: Error): void {
    for (const pending of this.frames.values()) pending.reject(error);
    this.frames.clear();
  }

  /** Worker statistics of the last settled layout, overlaps left included. */
  get lastSettle(): SettleInfo | null {
    return this.settleInfo;
  }

  /** Main-thread cost of the last delivered frame (apply + draw), in ms. */
  get frameCost(): number {
    return this.lastCost;
  }

  /** True from start() until the settled frame has been delivered. */
  get running(): boolean {
    return !this.settledFlag;
  }

  /** Lays out a new or changed graph; nodes that persist keep their current positions. */
  start(input: LayoutInput, opts: StartOptions = {}): void {
    if (this.disposed) return;
    this.gen++;
    this.ids = input.nodes.map((n) => n.id);
    this.pending = null;
    this.settledFlag = false;
    const { animate, ...request } = opts;
    // A cost measured on a much smaller map (the demo, before an import) says nothing.
    const measured = this.lastCost > 0 && input.nodes.length <= 2 * this.costNodes;
    this.animate =
      animate ??
      (measured ? this.lastCost <= ANIMATE_BUDGET_MS : input.nodes.length <= ANIMATE_MAX_NODES);
    this.nodes = input.nodes.length;
    this.send({ type: 'start', gen: this.gen, input, ...request });
  }

  /** Holds a node under the pointer and lets its neighbours follow. */
  drag(id: string, x: number, y: number): void {
    this.settledFlag = false;
    this.send({ type: 'drag', id, x, y });
  }

  /** Fixes a node at (x, y), e.g. at drag end. */
  pin(id: string, x: number, y: number): void {
    this.settledFlag = false;
    this.send({ type: 'pin', id, x, y });
  }

  unpin(id: string): void {
    this.settledFlag = false;
    this.send({ type: 'unpin', id });
  }

  /** Stops ticking; positions stay where they are. */
  stop(): void {
    this.send({ type: 'stop' });
    this.settledFlag = true;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.frame !== null) this.cancelFrame(this.frame);
    if (this.timer !== null) clearTimeout(this.timer);
    this.frame = null;
    this.timer = null;
    this.pending = null;
    this.worker.onmessage = null;
    this.worker.terminate();
    this.failFrames(new Error('layout worker disposed'));
  }

  private send(msg: LayoutRequest): void {
    if (!this.disposed) this.worker.postMessage(msg);
  }

  private receive(msg: WorkerResponse): void {
    if (msg.type === 'framed') {
      const pending = this.frames.get(msg.id);
      this.frames.delete(msg.id);
      this.lastFrameMs = msg.elapsedMs;
      if (msg.result) pending?.resolve(msg.result);
      else pending?.reject(new Error(msg.error ?? 'frame-fit failed'));
      return;
    }
    this.layoutFrame(msg);
  }

  private layoutFrame(msg: LayoutResponse): void {
    if (this.disposed || msg.gen !== this.gen) return;
    if (msg.ids) this.ids = msg.ids;
    if (msg.xy.length !== 2 * this.ids.length) return;
    const settled = msg.type === 'settled';
    if (!settled && !this.animate) return;
    if (msg.type === 'settled') {
      const { type, gen, ids, xy, ...info } = msg;
      this.settleInfo = info;
    }
    this.pending = { xy: msg.xy, settled };
    if (settled && this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    this.schedule();
  }

  /** Delivers the pending frame at the next animation frame, or later when pacing says so. */
  private schedule(inFrame = false): void {
    if (this.frame !== null || this.timer !== null || !this.pending || this.disposed) return;
    const wait = this.pending.settled ? 0 : this.notBefore - this.now();
    if (wait > 1) {
      this.timer = setTimeout(() => {
        this.timer = null;
        this.schedule();
      }, wait);
    } else if (inFrame) {
      this.flush();
    } else {
      this.frame = this.requestFrame(() => {
        this.frame = null;
        this.flush();
      });
    }
  }

  private flush(): void {
    const p = this.pending;
    this.pending = null;
    if (!p || this.disposed) return;
    if (p.settled) this.settledFlag = true;
    const t0 = this.now();
    this.onFrame(this.ids, p.xy, p.settled);
    if (!this.adaptive) return;
    // The next animation frame comes after this frame's drawing: that is what it cost.
    this.notBefore = Number.POSITIVE_INFINITY;
    this.frame = this.requestFrame(() => {
      this.frame = null;
      const cost = this.now() - t0;
      this.lastCost = cost;
      this.costNodes = this.nodes;
      this.notBefore = t0 + cost + Math.max(0, cost - 2 * FRAME_MS);
      this.schedule(true);
    });
  }
}
