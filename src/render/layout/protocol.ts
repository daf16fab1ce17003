import type { FittedFrame, FrameRequest } from '../../analysis/layout/frameSearch';
import type { LayoutInput } from '../../analysis/layout/types';

/** Messages from the main thread to the layout worker. */
export type LayoutRequest =
  | {
      type: 'start';
      /** Generation: replies carry it so the client can drop frames of an older graph. */
      gen: number;
      input: LayoutInput;
      /** Starting alpha; default 1 for a new graph, lower when most nodes keep their position. */
      alpha?: number;
      /** Ignore the worker's current positions (a different map, or "re-run layout"). */
      reset?: boolean;
    }
  | { type: 'drag'; id: string; x: number; y: number }
  | { type: 'pin'; id: string; x: number; y: number }
  | { type: 'unpin'; id: string }
  | { type: 'stop' }
  /** Lay the given network places out for a frame (docs/legibility.md); answered by `framed`. */
  | { type: 'frame'; id: number; request: FrameRequest };

/** Messages from the layout worker. `xy` is x0, y0, x1, y1, … in node order (transferred). */
export type LayoutResponse =
  | {
      type: 'tick';
      gen: number;
      /** Node order; sent only when the node set changed since the last frame. */
      ids?: string[];
      xy: Float32Array;
      alpha: number;
    }
  | {
      type: 'settled';
      gen: number;
      ids?: string[];
      xy: Float32Array;
      /** Ticks run since the last start. */
      ticks: number;
      /** Worker time from the start message to settling, in ms. */
      elapsedMs: number;
      // The worker always sends the three below; a test's fake worker may leave them out.
      /**
       * Pairs of label boxes still overlapping after the clean-up: 0 unless its time budget ran
       * out (a very crowded map) or two pinned labels overlap.
       */
      overlaps?: number;
      /** Worker time of the clean-up, in ms (part of elapsedMs). */
      finishMs?: number;
      /** Barnes–Hut θ of the charge force. */
      theta?: number;
    };

/** The answer to a `frame` request, matched by its id. */
export interface FramedResponse {
  type: 'framed';
  id: number;
  result: FittedFrame | null;
  /** Why there is no result (the worker caught an error). */
  error?: string;
  elapsedMs: number;
}

export type WorkerResponse = LayoutResponse | FramedResponse;
