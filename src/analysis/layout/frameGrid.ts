/** A uniform grid of boxes that answers "is this box free?" without looking at every box. */

export interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export const hit = (a: Rect, b: Rect) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** A box (centre offset `dx`, `dy` from x, y) grown by half of `pad` on every side. */
export const rectOf = (
  b: { x: number; y: number; w: number; h: number; dx: number; dy: number },
  pad: number,
): Rect => ({
  x1: b.x + b.dx - b.w / 2 - pad / 2,
  y1: b.y + b.dy - b.h / 2 - pad / 2,
  x2: b.x + b.dx + b.w / 2 + pad / 2,
  y2: b.y + b.dy + b.h / 2 + pad / 2,
});

/** Boxes bucketed by grid cell; a box is listed in every cell it touches. */
export class Grid {
  private readonly cells: number[][];
  private readonly rows: number;
  private rects: (Rect | undefined)[] = [];
  /**
   * `cell`: the side of a cell; `width` × `height`: the area the boxes lie in (boxes reaching out
   * of it are kept in the edge cells).
   */
  constructor(
    private readonly cell: number,
    width: number,
    height: number,
  ) {
    this.cols = Math.max(1, Math.ceil(width / cell));
    this.rows = Math.max(1, Math.ceil(height / cell));
    this.cells = Array.from({ length: this.cols * this.rows }, () => []);
  }
  private readonly cols: number;
  private each(r: Rect, fn: (cell: number[]) => boolean | undefined): void {
    const c = this.cell;
    const cx1 = Math.min(this.cols - 1, Math.max(0, Math.floor(r.x1 / c)));
    const cx2 = Math.min(this.cols - 1, Math.max(0, Math.floor(r.x2 / c)));
    const cy1 = Math.min(this.rows - 1, Math.max(0, Math.floor(r.y1 / c)));
    const cy2 = Math.min(this.rows - 1, Math.max(0, Math.floor(r.y2 / c)));
    for (let cy = cy1; cy <= cy2; cy++) {
      for (let cx = cx1; cx <= cx2; cx++) {
        if (fn(this.cells[cy * this.cols + cx] as number[])) return;
      }
    }
  }
  /** Sets (or with `undefined`, removes) box `i`. */
  set(i: number, r: Rect | undefined): void {
    const old = this.rects[i];
    if (old) {
      this.each(old, (cell) => {
        const k = cell.indexOf(i);
        if (k >= 0) cell.splice(k, 1);
        return undefined;
      });
    }
    this.rects[i] = r;
    if (r) {
      this.each(r, (cell) => {
        cell.push(i);
        return undefined;
      });
    }
  }
  /** Whether `r` touches any box but `self`'s. */
  blocked(r: Rect, self: number): boolean {
    let found = false;
    this.each(r, (cell) => {
      for (const j of cell) {
        const o = this.rects[j];
        if (j !== self && o && hit(r, o)) {
          found = true;
          return true;
        }
      }
      return undefined;
    });
    return found;
  }
}
