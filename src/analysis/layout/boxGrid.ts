/** Boxes in the median sample used to size the cells. */
const SAMPLE = 63;
/**
 * Cell size in median boxes. Larger cells mean fewer cells per query but more boxes per cell;
 * 2 beat 1, 1.5 and 3 by 10–20 % a pass on the bench's partner maps of 5,000 and 20,000.
 */
const CELL = 2;
/** A big box covering more cells than this is not put in the cells: every query returns it. */
const MAX_BOX_CELLS = 256;

/** `home` of a box stored in no bucket (not finite, or wide) and of one in every cell it covers. */
const NOWHERE = -1;
const SPREAD = -2;

function bucketOf(ix: number, iy: number, mask: number): number {
  let h = Math.imul(ix, 0x9e3779b1) ^ Math.imul(iy, 0x7feb352d);
  h ^= h >>> 15;
  return h & mask;
}

/**
 * A spatial hash of axis-aligned boxes for overlap queries, kept in typed arrays reused from
 * build to build, so a layout tick makes no garbage. Cells are sized from the median box. A box
 * no bigger than a cell is stored once, in the cell of its centre, and a query looks round its
 * rectangle as far as the largest such box reaches; a bigger box is stored in every cell it
 * covers, so one big box does not widen everybody's query. Cells are hashed: far-flung boxes cost
 * no empty cells, and the table stays about 2n buckets however the boxes are spread.
 *
 * A query returns every box whose stored extent meets its rectangle, none twice, and maybe some
 * more (neighbours in the same cells): the caller checks the overlap itself.
 */
export class BoxGrid {
  private cw = 1;
  private ch = 1;
  private mask = 0;
  /** Bucket h holds entries[start[h]] up to entries[start[h + 1]]. */
  private start = new Int32Array(1);
  private entries = new Int32Array(0);
  private count = 0;
  /** Bucket of each box stored by its centre, or NOWHERE, or SPREAD. */
  private home = new Int32Array(0);
  /** Boxes too big for the cells, returned by every query. */
  private wide: number[] = [];
  /** Boxes moved away from their stored place, returned by every query till the next build. */
  private loose: number[] = [];
  /** How far a box stored by its centre may reach from it. */
  private reachX = 0;
  private reachY = 0;
  /** The cells of the last `spread`. */
  private ix0 = 0;
  private ix1 = 0;
  private iy0 = 0;
  private iy1 = 0;
  private stamp = new Uint32Array(0);
  private mark = 0;
  private sample = new Float64Array(SAMPLE);
  /** The boxes found by the last query, in its first `query()` places. */
  found = new Int32Array(0);

  /**
   * Stores boxes 0…n-1: centre (x[k], y[k]), half sizes hw[k] + pad by hh[k] + pad. Boxes with a
   * coordinate that is not finite are left out.
   */
  build(
    n: number,
    x: Float64Array,
    y: Float64Array,
    hw: Float64Array,
    hh: Float64Array,
    pad: number,
  ): void {
    if (this.home.length < n) {
      this.home = new Int32Array(n);
      this.stamp = new Uint32Array(n);
      this.found = new Int32Array(n);
      this.mark = 0;
    }
    let size = 16;
    while (size < 2 * n) size *= 2;
    if (this.start.length !== size + 1) this.start = new Int32Array(size + 1);
    else this.start.fill(0);
    this.mask = size - 1;
    this.cw = this.cellSize(n, hw, pad);
    this.ch = this.cellSize(n, hh, pad);
    this.wide.length = 0;
    this.loose.length = 0;
    this.reachX = 0;
    this.reachY = 0;

    // Count the entries of each bucket, then place them (counting sort, no allocation).
    const { start, home, cw, ch, mask } = this;
    let total = 0;
    for (let k = 0; k < n; k++) {
      home[k] = NOWHERE;
      const cx = x[k] ?? 0;
      const cy = y[k] ?? 0;
      if (!Number.isFinite(cx) || !Number.isFinite(cy)) continue;
      const rx = (hw[k] ?? 0) + pad;
      const ry = (hh[k] ?? 0) + pad;
      if (2 * rx <= cw && 2 * ry <= ch) {
        const h = bucketOf(Math.floor(cx / cw), Math.floor(cy / ch), mask);
        home[k] = h;
        start[h] = (start[h] ?? 0) + 1;
        total++;
        if (rx > this.reachX) this.reachX = rx;
        if (ry > this.reachY) this.reachY = ry;
      } else if (this.spread(k, cx, cy, rx, ry, false)) {
        home[k] = SPREAD;
        total += (this.ix1 - this.ix0 + 1) * (this.iy1 - this.iy0 + 1);
      } else {
        this.wide.push(k);
      }
    }
    if (this.entries.length < total) this.entries = new Int32Array(Math.max(total, 2 * n));
    for (let h = 1; h < size; h++) start[h] = (start[h] ?? 0) + (start[h - 1] ?? 0);
    start[size] = total;
    // Filled backwards, so each bucket lists its boxes in index order.
    const { entries } = this;
    for (let k = n - 1; k >= 0; k--) {
      const h = home[k] ?? NOWHERE;
      if (h >= 0) {
        const e = (start[h] ?? 0) - 1;
        start[h] = e;
        entries[e] = k;
      } else if (h === SPREAD) {
        const rx = (hw[k] ?? 0) + pad;
        const ry = (hh[k] ?? 0) + pad;
        this.spread(k, x[k] ?? 0, y[k] ?? 0, rx, ry, true);
      }
    }
    this.count = total;
  }

  /**
   * The cells a big box covers, in ix0…iy1; false when they are too many to store it in. With
   * `place`, puts the box in each (its bucket's end already counted).
   */
  private spread(k: number, cx: number, cy: number, rx: number, ry: number, place: boolean) {
    const { cw, ch, mask, start, entries } = this;
    const ix0 = Math.floor((cx - rx) / cw);
    const ix1 = Math.floor((cx + rx) / cw);
    const iy0 = Math.floor((cy - ry) / ch);
    const iy1 = Math.floor((cy + ry) / ch);
    // Not "> MAX": an infinite size makes a NaN count, and that box must not be walked.
    if (!((ix1 - ix0 + 1) * (iy1 - iy0 + 1) <= MAX_BOX_CELLS)) return false;
    this.ix0 = ix0;
    this.ix1 = ix1;
    this.iy0 = iy0;
    this.iy1 = iy1;
    for (let iy = iy0; iy <= iy1; iy++) {
      for (let ix = ix0; ix <= ix1; ix++) {
        const h = bucketOf(ix, iy, mask);
        if (place) {
          const e = (start[h] ?? 0) - 1;
          start[h] = e;
          entries[e] = k;
        } else {
          start[h] = (start[h] ?? 0) + 1;
        }
      }
    }
    return true;
  }

  /** CELL times the median padded size of a sample of the boxes. */
  private cellSize(n: number, half: Float64Array, pad: number): number {
    const m = Math.min(n, SAMPLE);
    const s = this.sample;
    for (let i = 0; i < m; i++) s[i] = (half[Math.floor((i * n) / m)] ?? 0) + pad;
    const sorted = s.subarray(0, m).sort();
    const size = 2 * CELL * (sorted[m >> 1] ?? 0);
    return size > 0 && Number.isFinite(size) ? size : 1;
  }

  /**
   * Boxes whose stored extent may meet the rectangle [x0, x1] × [y0, y1]: every one that does,
   * once, in `found`. Returns how many.
   */
  query(x0: number, y0: number, x1: number, y1: number): number {
    const { cw, ch, mask, start, entries, stamp, found } = this;
    if (++this.mark === 0xffffffff) {
      stamp.fill(0);
      this.mark = 1;
    }
    const mark = this.mark;
    let c = 0;
    const ix0 = Math.floor((x0 - this.reachX) / cw);
    const ix1 = Math.floor((x1 + this.reachX) / cw);
    const iy0 = Math.floor((y0 - this.reachY) / ch);
    const iy1 = Math.floor((y1 + this.reachY) / ch);
    // NaN bounds make a NaN product: then, as for a rectangle over more cells than there are
    // buckets, every stored box is a candidate.
    const cells = (ix1 - ix0 + 1) * (iy1 - iy0 + 1);
    if (cells <= mask) {
      for (let iy = iy0; iy <= iy1; iy++) {
        for (let ix = ix0; ix <= ix1; ix++) {
          const h = bucketOf(ix, iy, mask);
          const end = start[h + 1] ?? 0;
          for (let e = start[h] ?? 0; e < end; e++) {
            const k = entries[e] ?? 0;
            if (stamp[k] === mark) continue;
            stamp[k] = mark;
            found[c++] = k;
          }
        }
      }
    } else {
      for (let e = 0; e < this.count; e++) {
        const k = entries[e] ?? 0;
        if (stamp[k] === mark) continue;
        stamp[k] = mark;
        found[c++] = k;
      }
    }
    for (const k of this.wide) {
      stamp[k] = mark;
      found[c++] = k;
    }
    for (const k of this.loose) {
      if (stamp[k] === mark) continue;
      stamp[k] = mark;
      found[c++] = k;
    }
    return c;
  }

  /** Box k has moved away from where it was stored: every query returns it from now on. */
  loosen(k: number): void {
    if (k >= 0 && k < this.home.length) this.loose.push(k);
  }

  looseCount(): number {
    return this.loose.length;
  }
}
