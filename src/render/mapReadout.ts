import type { Core } from 'cytoscape';
import {
  countLabelOverlaps,
  type DrawnBox,
  drawnAt,
  drawnBox,
  drawnLinks,
  type LabelInfo,
  labelInfo,
} from './canvasQueries';
import type { NodeModel } from './elements';
import { KEY_FOCUS, reachable } from './keyboardCursor';

/**
 * What the canvas shows, read back in CSS pixels: for the browser tests, which cannot see inside
 * a <canvas>, and for support (`window.samspill`, src/ui/map/diagnostics.ts). Nothing here
 * changes the map.
 */
export class MapReadout {
  constructor(
    private readonly cy: Core,
    /** The actors the view draws now, by id (the view replaces its map on every update). */
    private readonly nodes: () => ReadonlyMap<string, NodeModel>,
  ) {}

  private nameOf = (id: string): string | undefined => {
    const n = this.nodes().get(id);
    return n && !n.ghost ? n.label : undefined;
  };

  /** Pairs of visible actors where a label covers another label or node (docs/legibility.md). */
  labelOverlaps(): number {
    return countLabelOverlaps(this.cy);
  }

  /** Every actor's label as drawn. */
  labels(): LabelInfo[] {
    return labelInfo(this.cy, this.nameOf);
  }

  /** The collaborations drawn, "A – B". */
  links(): string[] {
    return drawnLinks(this.cy, this.nameOf);
  }

  /** How many actors are faded (a selection or hover dims all but a neighbourhood). */
  faded(): number {
    return this.cy.nodes('.faded').length;
  }

  /** The actors the arrow keys reach, by name, where they are drawn. */
  reachable(): { id: string; name: string; focal: boolean; x: number; y: number }[] {
    return reachable(this.cy).map((a) => {
      const n = this.nodes().get(a.id);
      return { ...a, name: n?.label ?? '', focal: n?.focal ?? false };
    });
  }

  /** The actor with the keyboard's focus ring, and its node's box as drawn; null for none. */
  keyFocus(): { id: string; box: DrawnBox } | null {
    const id = this.cy.nodes(`.${KEY_FOCUS}`).first().id();
    const box = id ? drawnBox(this.cy, id) : null;
    return id && box ? { id, box } : null;
  }

  /** Where an actor is drawn, in pixels within the canvas; null when it is not drawn. */
  renderedPosition(name: string): { x: number; y: number } | null {
    const id = [...this.nodes().values()].find((n) => n.label === name)?.id;
    return id ? drawnAt(this.cy, id) : null;
  }

  zoom(): number {
    return this.cy.zoom();
  }
}
