/**
 * Frame-fit layouts for exported pictures, in a layout worker of their own so a deck of several
 * slides never holds up the page or the live map's layout. Where no worker can run (jsdom tests,
 * a blocked worker), the same pure function runs on the main thread.
 */
import { type FittedFrame, type FrameRequest, fitToFrame } from '../../analysis/layout/frameSearch';
import { ForceLayoutClient } from './layoutClient';

let client: ForceLayoutClient | null = null;
let mainThreadMs = 0;

/** Time the last frame-fit took where it ran (the worker, or the main thread), in ms. */
export const lastFrameMs = () => (client ? client.lastFrameMs : mainThreadMs);

function onMainThread({ range, ...input }: FrameRequest): FittedFrame {
  const t0 = performance.now();
  const result = fitToFrame(input, range);
  mainThreadMs = performance.now() - t0;
  return result;
}

export async function fitFrame(request: FrameRequest): Promise<FittedFrame> {
  if (typeof Worker === 'undefined') return onMainThread(request);
  try {
    client ??= new ForceLayoutClient(() => {});
    return await client.fitFrame(request);
  } catch {
    client?.dispose();
    client = null;
    return onMainThread(request);
  }
}
