/**
 * The pace of the stepped restore (restoreInSteps.ts): work goes on until a step has taken
 * `stepMs`, then waits for `pause()`, so the page can draw and answer input in between.
 */

/** Called between steps; the caller decides how to give the thread back (a task, a frame). */
export type Pause = () => Promise<void>;

export interface StepOptions {
  /** How long one step may take before the next pause; the clock is read once per record. */
  stepMs?: number;
  /** The clock, in ms; tests give one of their own so that steps do not depend on speed. */
  now?: () => number;
}

/**
 * By time, not by a count of records: checking a record's fields costs about ten times as much
 * as checking its references, and a slow laptop takes several times as long as this machine
 * (10 µs per record here), so only the clock keeps every step near the same length.
 */
export const STEP_MS = 25;

export class Steps {
  private readonly stepMs: number;
  private readonly now: () => number;
  private started: number;

  constructor(
    private readonly pause: Pause,
    options: StepOptions = {},
  ) {
    this.stepMs = options.stepMs ?? STEP_MS;
    this.now = options.now ?? (() => performance.now());
    this.started = this.now();
  }

  /** True when the step has run its time: the caller then awaits `next()`. */
  due(): boolean {
    return this.now() - this.started >= this.stepMs;
  }

  async next(): Promise<void> {
    await this.pause();
    this.started = this.now();
  }
}
