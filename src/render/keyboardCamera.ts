import type { Core } from 'cytoscape';
import { nextActor, revealWhenStill, showKeyFocus } from './keyboardCursor';
import type { Direction } from './nearestInDirection';
import { type Insets, zoomAtCentre } from './viewport';

/** What the keyboard's camera needs of the map view that owns it. */
export interface KeyboardCameraHost {
  insets(): Insets;
  /** The keyboard moved the camera: from now on it is the user's, not the frame's. */
  userMoved(): void;
  /** Nothing searched is to be kept centred any more. */
  unfocus(): void;
  /** A zoom step was taken: labels follow once the view rests. */
  zoomed(): void;
}

/**
 * The canvas keys' side of the camera (docs/accessibility.md): the keyboard's current actor, its
 * focus ring, keeping it in view through new frames, and zoom steps that build on each other.
 */
export class KeyboardCamera {
  private current: string | null = null;
  /** Waiting for the view to rest to reveal the current actor. */
  private following = false;
  /**
   * Where the last zoom step is heading, and the span of zooms its run of quick steps covers: the
   * camera stays inside it while their animations play.
   */
  private zoomTarget: { level: number; lo: number; hi: number } | null = null;
  /**
   * Zoom steps whose animation has not ended. One stopped on the way (a drag) never ends: the
   * span check above then tells a later step from a run of quick ones.
   */
  private stepsPlaying = 0;

  constructor(
    private readonly cy: Core,
    private readonly host: KeyboardCameraHost,
  ) {}

  /** Still moving the camera to the current actor. */
  get busy(): boolean {
    return this.following;
  }

  /** The actor an arrow key moves to from `from` (none yet: null); null at the edge. */
  next(from: string | null, direction: Direction): string | null {
    return nextActor(this.cy, from, direction, this.host.insets());
  }

  /** The focus ring on the keyboard's current actor, or on none. */
  showFocus(id: string | null): void {
    showKeyFocus(this.cy, id);
  }

  /**
   * Keeps the keyboard's current actor in view, now and after a new frame moves it (selecting it
   * may re-frame the map for its label). A pan it needs counts as the user's move.
   */
  reveal(id: string): void {
    this.current = id;
    if (this.following) return;
    this.following = true;
    revealWhenStill(this.cy, id, () => this.host.insets(), {
      panned: () => {
        this.host.userMoved();
        this.host.unfocus();
      },
      done: () => {
        this.following = false;
        // The current actor changed while waiting: follow the new one.
        if (this.current !== id && this.current) this.reveal(this.current);
      },
    });
  }

  /** A new frame was shown: the current actor, if any, is brought back into view. */
  reframed(): void {
    if (this.current) this.reveal(this.current);
  }

  /** Something else was selected (a click): the keyboard has no current actor then. */
  selected(id: string | undefined): void {
    if (id !== this.current) this.current = null;
  }

  /**
   * Zooms about the middle. Steps pressed quickly (a held key, fast clicks) build on the zoom the
   * last step is heading for, not on where its animation has got to: while the camera still moves
   * within the zooms of that run of steps, however slowly the frames come (a time limit here lost
   * steps on a busy machine). A step pressed once the camera is at rest starts from where it is.
   */
  zoomBy(factor: number): void {
    this.host.userMoved();
    const last = this.zoomTarget;
    const now = this.cy.zoom();
    // Cytoscape queues the steps' animations, and between one ending and the next starting it
    // is not `animated()`: a step pressed then was lost (CI, canvasKeys.e2e.ts). The steps not yet
    // played out are counted here instead.
    const moving = this.stepsPlaying > 0 || this.cy.animated();
    const building = last !== null && moving && now >= last.lo * 0.999 && now <= last.hi * 1.001;
    const from = building ? last.level : now;
    const to = Math.min(this.cy.maxZoom(), Math.max(this.cy.minZoom(), from * factor));
    this.zoomTarget = {
      level: to,
      lo: Math.min(now, to, building ? last.lo : now),
      hi: Math.max(now, to, building ? last.hi : now),
    };
    this.stepsPlaying++;
    zoomAtCentre(this.cy, to / this.cy.zoom(), () => {
      this.stepsPlaying = Math.max(0, this.stepsPlaying - 1);
    });
    this.host.zoomed();
  }
}
