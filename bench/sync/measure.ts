import type { monitorEventLoopDelay } from 'node:perf_hooks';
import type * as Y from 'yjs';

/** Measuring the sync bench: arrivals of written actors at the clients, and their statistics. */
/** mulberry32: the moments of the additions repeat for a given seed. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

export const round = (ms: number) => Math.round(ms * 10) / 10;

/** Nearest-rank percentiles of latencies in ms. */
export function summary(values: readonly number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
  const mean = sorted.reduce((s, v) => s + v, 0) / Math.max(sorted.length, 1);
  return {
    n: sorted.length,
    p50: round(at(50)),
    p95: round(at(95)),
    max: round(sorted.at(-1) ?? 0),
    mean: round(mean),
  };
}

/**
 * Arrival of written actors at the clients' Y.Docs. A record is written whole in one transaction
 * (one Y.Map set), so a key that appears in a client's actor table is a complete actor there.
 */
export class Arrivals {
  private readonly pending = new Map<string, { t0: number; remaining: number }>();
  readonly latencies: number[] = [];
  lastArrival = 0;

  constructor(private readonly clients: number) {}

  watch(doc: Y.Doc): void {
    doc.getMap('actors').observe((event) => {
      const now = performance.now();
      for (const [id, change] of event.changes.keys)
        if (change.action === 'add') this.arrive(id, now);
    });
  }

  /** Called just before the local write: the writer's own Y.Doc counts as one client. */
  written(id: string): void {
    this.pending.set(id, { t0: performance.now(), remaining: this.clients });
  }

  private arrive(id: string, now: number): void {
    const entry = this.pending.get(id);
    if (!entry) return;
    entry.remaining--;
    if (entry.remaining === 0) {
      this.latencies.push(now - entry.t0);
      this.lastArrival = now;
      this.pending.delete(id);
    }
  }
}

/** How late the bench process's timers ran beyond the 10 ms sampling interval, in ms. */
export function loopDelay(loop: ReturnType<typeof monitorEventLoopDelay>) {
  const late = (ns: number) => round(Math.max(0, ns / 1e6 - 10));
  return { p50: late(loop.percentile(50)), p99: late(loop.percentile(99)), max: late(loop.max) };
}
