/**
 * A computed layout shown instead of the force layout (rings, power/interest): its places, the
 * nodes dragged in it (kept per layout, not saved) and what it hides and fades on the canvas.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import type { Point } from '../analysis/layout/types';
import { setClass, showFixedLayout } from './elementSync';

export class FixedMode {
  /** The layout's name ('rings-…', 'power'); '' for none. */
  private key = '';
  /** Its places, with the nodes dragged in it; null while the force layout is shown. */
  places: ReadonlyMap<string, Point> | null = null;
  private readonly overrides = new Map<string, Map<string, Point>>();

  constructor(private readonly cy: Core) {}

  /** Rings are framed like the network map (not on a big map); the grid keeps its places. */
  framed(big: boolean): boolean {
    return this.places !== null && this.key.startsWith('rings') && !big;
  }

  /** Shows the layout's background labels and hides actors it has no place for. */
  show(
    positions: ReadonlyMap<string, Point>,
    decorations: ElementDefinition[],
    key: string,
  ): ReadonlyMap<string, Point> {
    this.key = key;
    const target = new Map(positions);
    for (const [id, p] of this.overrides.get(key) ?? []) if (target.has(id)) target.set(id, p);
    this.places = target;
    // In the power/interest grid position carries the meaning, so links are faded there.
    showFixedLayout(this.cy, decorations, target, key === 'power');
    return target;
  }

  /** Back to the force layout: every actor and link as before. */
  clear(): void {
    this.places = null;
    this.cy.elements().forEach((el) => {
      setClass(el, el.isNode() ? 'mode-hidden' : 'faint', false);
    });
  }

  /** A node dropped in this layout stays there for as long as the layout is kept. */
  dropped(id: string, p: Point): void {
    const moved = this.overrides.get(this.key) ?? new Map<string, Point>();
    this.overrides.set(this.key, moved.set(id, p));
  }
}
