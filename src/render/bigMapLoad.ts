/**
 * One big map on its way to the canvas (bigMap.ts, docs/big-maps.md): laid out first when it has
 * no places yet, then added in slices at its network places, opening on the focal actor.
 */
import type { Core } from 'cytoscape';
import type { Point } from '../analysis/layout/types';
import { loadSequence, SliceLoader } from './bigMap';
import { nodeDefinition } from './elementSync';
import type { ElementModel, NodeModel } from './elements';
import type { Insets } from './viewport';

/** What loading needs of the map view. */
export interface BigLoadHost {
  readonly cy: Core;
  /** The network places, as the layout gives them. */
  readonly network: ReadonlyMap<string, Point>;
  insets(): Insets;
  /** The newest model (edits made while waiting for the layout count). */
  model(): ElementModel | null;
  /** Lays the map out in the worker; `placed()` follows when it has settled. */
  layOut(): void;
  progress(p: { shown: number; total: number }): void;
  /** Every slice is on the canvas: `model` as drawn, and its nodes by id. */
  loaded(model: ElementModel, nodes: Map<string, NodeModel>): void;
}

export class BigMapLoad {
  private slices: SliceLoader | null = null;
  private placing: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly host: BigLoadHost,
    model: ElementModel,
  ) {
    host.cy.elements().remove();
    host.progress({ shown: 0, total: model.nodes.length });
    if (model.nodes.every((n) => host.network.has(n.id))) this.placed();
    else host.layOut();
  }

  /** Still waiting for the layout's places. */
  get waiting(): boolean {
    return this.slices === null && this.placing === null;
  }

  /**
   * The network places are known: the slices go in. The order they go in is worked out in a task
   * of its own, apart from the task that brought the places (200 ms at 20,000 actors).
   */
  placed(): void {
    const model = this.host.model();
    if (!this.waiting || !model) return;
    // The model as laid out: edits made from now on are brought over when every slice is in.
    this.placing = setTimeout(() => this.start(model), 0);
  }

  cancel(): void {
    if (this.placing) clearTimeout(this.placing);
    this.slices?.cancel();
  }

  private start(model: ElementModel): void {
    const { host } = this;
    if (host.cy.destroyed()) return;
    const nodes = new Map(model.nodes.map((n) => [n.id, n]));
    const sequence = loadSequence(model, (id) => {
      const n = nodes.get(id);
      const at = host.network.get(id);
      return n ? nodeDefinition(n, 1, at ? { ...at } : { x: 0, y: 0 }) : null;
    });
    this.openOnFocal(model);
    const total = model.nodes.length;
    this.slices = new SliceLoader(
      host.cy,
      sequence,
      (shown) => host.progress({ shown, total }),
      () => host.loaded(model, nodes),
    );
    this.slices.start();
  }

  /** A big map opens on its focal actor at a zoom where names can be read. */
  private openOnFocal(model: ElementModel): void {
    const { cy, network } = this.host;
    const focal = model.nodes.find((n) => n.focal) ?? model.nodes[0];
    const p = focal && network.get(focal.id);
    if (!p) return;
    const { top, right, bottom, left } = this.host.insets();
    const x = left + (cy.width() - left - right) / 2;
    const y = top + (cy.height() - top - bottom) / 2;
    cy.viewport({ zoom: 1, pan: { x: x - p.x, y: y - p.y } });
  }
}
