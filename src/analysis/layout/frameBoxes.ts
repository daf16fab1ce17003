/** Label sides and the boxes they make: the geometry shared by the frame-fit layout's steps. */

/**
 * Where a label sits against its node; `null` when the label is hidden. `center` is for a
 * background label with no node (a sector's name round the rings) and never changes.
 */
export type LabelSide = 'below' | 'right' | 'left' | 'above' | 'center';

export const LABEL_SIDES: readonly LabelSide[] = ['below', 'right', 'left', 'above'];

export interface LabelBlock {
  /** Width and height of the text block, in the same units as the frame. */
  w: number;
  h: number;
}

/** A box given by its size and its centre's offset from the node centre. */
export interface SideBox {
  w: number;
  h: number;
  dx: number;
  dy: number;
}

/**
 * The box a node of diameter `d` takes with its label on `side` (`gap` between circle and text).
 * No label: the circle alone.
 */
export function sideBox(d: number, label: LabelBlock | null, side: LabelSide | null, gap: number) {
  if (!label || side === null) return { w: d, h: d, dx: 0, dy: 0 };
  switch (side) {
    case 'below':
    case 'above': {
      const h = d + gap + label.h;
      const dy = (gap + label.h) / 2;
      return { w: Math.max(d, label.w), h, dx: 0, dy: side === 'below' ? dy : -dy };
    }
    case 'right':
    case 'left': {
      const w = d + gap + label.w;
      const dx = (gap + label.w) / 2;
      return { w, h: Math.max(d, label.h), dx: side === 'right' ? dx : -dx, dy: 0 };
    }
    case 'center':
      return { w: Math.max(d, label.w), h: Math.max(d, label.h), dx: 0, dy: 0 };
  }
}

/** Area by which two boxes (centre x, y and size) overlap; 0 when apart. */
export function overlapArea(
  ax: number,
  ay: number,
  aw: number,
  ah: number,
  bx: number,
  by: number,
  bw: number,
  bh: number,
): number {
  const ox = Math.min(ax + aw / 2, bx + bw / 2) - Math.max(ax - aw / 2, bx - bw / 2);
  if (ox <= 0) return 0;
  const oy = Math.min(ay + ah / 2, by + bh / 2) - Math.max(ay - ah / 2, by - bh / 2);
  return oy <= 0 ? 0 : ox * oy;
}

/** Area of a box (centre, size) outside the rectangle [0, W] × [0, H]. */
export function outsideArea(x: number, y: number, w: number, h: number, W: number, H: number) {
  const inside =
    Math.max(0, Math.min(x + w / 2, W) - Math.max(x - w / 2, 0)) *
    Math.max(0, Math.min(y + h / 2, H) - Math.max(y - h / 2, 0));
  return w * h - inside;
}
