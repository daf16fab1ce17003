import { fitToFrame } from '../../analysis/layout/frameSearch';
import { createSimulation, type LayoutSimulation } from '../../analysis/layout/simulation';
import type { LayoutInput, LayoutNode } from '../../analysis/layout/types';
import type { LayoutRequest, WorkerResponse } from './protocol';

export interface EngineHost {
  post(message: WorkerResponse, transfer: Transferable[]): void;
  /** Runs `fn` soon, after pending messages (MessageChannel in the worker). */
  schedule(fn: () => void): void;
  now(): number;
}

export interface EngineOptions {
  /** Time spent ticking before yielding to incoming messages. Default 12 ms. */
  chunkMs?: number;
  /** Least time between two posted frames (≈60 frames/s). Default 16 ms. */
  frameMs?: number;
  /** Alpha a drag reheats to. Default 0.1. */
  dragAlpha?: number;
  /**
   * Time the final overlap clean-up may take, in ms. Default 300: a 1,000-actor map with no
   * sector structure needs up to about 120. When it runs out, the overlaps left are reported.
   */
  finishBudgetMs?: number;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The layout worker's logic, free of worker globals so tests can drive it: keeps one simulation,
 * ticks it in time-boxed chunks, posts at most one frame per `frameMs`, and a final frame when
 * it settles (after removing the last label overlaps, within a time budget; the settled frame
 * says how many are left).
 */
export class LayoutEngine {
  private sim: LayoutSimulation | null = null;
  private gen = 0;
  private running = false;
  private scheduled = false;
  private idsDirty = false;
  private lastPost = Number.NEGATIVE_INFINITY;
  private startedAt = 0;
  private readonly chunkMs: number;
  private readonly frameMs: number;
  private readonly dragAlpha: number;
  private readonly finishBudgetMs: number;

  constructor(
    private readonly host: EngineHost,
    options: EngineOptions = {},
  ) {
    this.chunkMs = options.chunkMs ?? 12;
    this.frameMs = options.frameMs ?? 16;
    this.dragAlpha = options.dragAlpha ?? 0.1;
    this.finishBudgetMs = options.finishBudgetMs ?? 300;
  }

  /** The current simulation (for tests). */
  get simulation(): LayoutSimulation | null {
    return this.sim;
  }

  get isRunning(): boolean {
    return this.running;
  }

  handle(msg: LayoutRequest): void {
    switch (msg.type) {
      case 'start':
        this.start(msg.gen, msg.input, msg.alpha, msg.reset ?? false);
        break;
      case 'drag':
        if (this.sim?.fix(msg.id, msg.x, msg.y)) this.wake(this.dragAlpha);
        break;
      case 'pin':
        if (this.sim?.fix(msg.id, msg.x, msg.y, true)) this.wake(this.dragAlpha / 2);
        break;
      case 'unpin':
        if (this.sim?.release(msg.id)) this.wake(this.dragAlpha);
        break;
      case 'stop':
        this.running = false;
        break;
      case 'frame':
        this.frame(msg.id, msg.request);
        break;
    }
  }

  /** A frame-fit runs at once, between two ticking chunks: tens of milliseconds for 150 actors. */
  private frame(id: number, request: Extract<LayoutRequest, { type: 'frame' }>['request']): void {
    const t0 = this.host.now();
    try {
      const { range, ...input } = request;
      const result = fitToFrame(input, range);
      this.host.post({ type: 'framed', id, result, elapsedMs: this.host.now() - t0 }, []);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.host.post(
        { type: 'framed', id, result: null, error: reason, elapsedMs: this.host.now() - t0 },
        [],
      );
    }
  }

  private start(gen: number, input: LayoutInput, alpha: number | undefined, reset: boolean): void {
    this.startedAt = this.host.now();
    const old = this.sim;
    const nodes: LayoutNode[] =
      old && !reset
        ? input.nodes.map((n) => {
            if (n.pinned) return n;
            const cur = old.nodes[old.indexOf(n.id)];
            return cur ? { ...n, x: cur.x, y: cur.y } : n;
          })
        : input.nodes;
    this.sim = createSimulation({ ...input, nodes }, alpha === undefined ? {} : { alpha });
    // Ids go out only when the node set (or its order) changed.
    this.idsDirty = this.idsDirty || !old || !sameIds(old.ids, this.sim.ids);
    this.gen = gen;
    this.lastPost = Number.NEGATIVE_INFINITY;
    this.running = true;
    this.kick();
  }

  private wake(alpha: number): void {
    if (!this.sim) return;
    this.sim.reheat(alpha);
    this.running = true;
    this.kick();
  }

  private kick(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.host.schedule(() => {
      this.scheduled = false;
      this.chunk();
    });
  }

  /** Ticks for up to chunkMs, posts a frame when due, and yields. */
  chunk(): void {
    const sim = this.sim;
    if (!sim || !this.running) return;
    const t0 = this.host.now();
    do {
      sim.tick();
    } while (!sim.settled() && this.host.now() - t0 < this.chunkMs);

    if (sim.settled()) {
      const f0 = this.host.now();
      const overlaps = sim.finish({ stop: () => this.host.now() - f0 >= this.finishBudgetMs });
      const finishMs = this.host.now() - f0;
      this.running = false;
      const xy = sim.positions();
      this.host.post(
        {
          type: 'settled',
          gen: this.gen,
          ...this.takeIds(sim),
          xy,
          ticks: sim.ticks(),
          elapsedMs: this.host.now() - this.startedAt,
          overlaps,
          finishMs,
          theta: sim.theta,
        },
        [xy.buffer],
      );
      return;
    }
    const now = this.host.now();
    if (now - this.lastPost >= this.frameMs) {
      this.lastPost = now;
      const xy = sim.positions();
      this.host.post(
        { type: 'tick', gen: this.gen, ...this.takeIds(sim), xy, alpha: sim.alpha() },
        [xy.buffer],
      );
    }
    this.kick();
  }

  private takeIds(sim: LayoutSimulation): { ids?: string[] } {
    if (!this.idsDirty) return {};
    this.idsDirty = false;
    return { ids: [...sim.ids] };
  }
}
