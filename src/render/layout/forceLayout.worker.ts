/// <reference lib="webworker" />
/**
 * Layout worker: d3-force and the frame-fit layout off the main thread. Ticks in ~12 ms chunks, posts positions as a
 * transferable Float32Array at most ~60 times a second, and yields between chunks through a
 * MessageChannel (no 4 ms setTimeout clamp) so drag and pin messages are handled promptly.
 */
// First: zod must be jitless before any schema is built (build/csp.ts forbids eval).
import '../../schema/zodConfig';
import { LayoutEngine } from './engine';
import type { LayoutRequest } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const channel = new MessageChannel();
let next: (() => void) | null = null;
channel.port1.onmessage = () => {
  const fn = next;
  next = null;
  fn?.();
};

const engine = new LayoutEngine({
  post: (message, transfer) => scope.postMessage(message, transfer),
  schedule: (fn) => {
    next = fn;
    channel.port2.postMessage(null);
  },
  now: () => performance.now(),
});

scope.onmessage = (event: MessageEvent<LayoutRequest>) => engine.handle(event.data);
