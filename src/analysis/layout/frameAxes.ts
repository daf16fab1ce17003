/**
 * The first step of the frame-fit layout (docs/legibility.md): each axis of the network layout
 * is mapped into the frame by a monotone function, so left stays left of right and above stays
 * above below (the orthogonal order a reader remembers), while dense clusters and long spokes are
 * evened out. Monotone maps can be inverted, which turns a drop in the frame back into a place
 * on the network map.
 */

/** A monotone piecewise-linear map: `from` ascending source values, `to` their frame values. */
export interface AxisMap {
  from: number[];
  to: number[];
}

/**
 * Each value's share of the axis, 0–1: `spread` blends its linear place between the extremes
 * with its rank (ties share the mean rank), so 0 keeps proportions and 1 spaces values evenly.
 */
export function axisShares(values: readonly number[], spread: number): number[] {
  const n = values.length;
  if (n === 0) return [];
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (!(max > min)) return values.map(() => 0.5);
  const order = values.map((_, i) => i).sort((a, b) => (values[a] ?? 0) - (values[b] ?? 0));
  const rank = new Array<number>(n).fill(0);
  for (let k = 0; k < n; ) {
    let j = k;
    while (j + 1 < n && values[order[j + 1] ?? 0] === values[order[k] ?? 0]) j++;
    const mean = (k + j) / 2 / (n - 1);
    for (let m = k; m <= j; m++) rank[order[m] ?? 0] = mean;
    k = j + 1;
  }
  const s = Math.min(1, Math.max(0, spread));
  return values.map((v, i) => (1 - s) * ((v - min) / (max - min)) + s * (rank[i] ?? 0));
}

/**
 * Each value's share of an axis centred on `centre`: the centre maps to 0.5 and the value
 * farthest from it to 0 or 1, so a layout round a hub (the rings) keeps its hub in the middle.
 */
export function centredShares(values: readonly number[], centre: number): number[] {
  let reach = 0;
  for (const v of values) reach = Math.max(reach, Math.abs(v - centre));
  return values.map((v) => (reach > 0 ? 0.5 + (v - centre) / (2 * reach) : 0.5));
}

/** The map from source values to frame values through their shares, for inverting later. */
export function axisMap(values: readonly number[], placed: readonly number[]): AxisMap {
  const pairs = values.map((v, i) => [v, placed[i] ?? 0] as const).sort((a, b) => a[0] - b[0]);
  const from: number[] = [];
  const to: number[] = [];
  for (const [v, p] of pairs) {
    // Equal source values share one frame value; keep the first.
    if (from.length && from[from.length - 1] === v) continue;
    from.push(v);
    to.push(p);
  }
  return { from, to };
}

function interpolate(xs: readonly number[], ys: readonly number[], v: number): number {
  const n = xs.length;
  if (n === 0) return v;
  if (n === 1) return (ys[0] ?? 0) + (v - (xs[0] ?? 0));
  // Beyond the ends, continue the slope of the end segments.
  let lo = 0;
  let hi = n - 1;
  if (v <= (xs[0] ?? 0)) hi = 1;
  else if (v >= (xs[n - 1] ?? 0)) lo = n - 2;
  else {
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if ((xs[mid] ?? 0) <= v) lo = mid;
      else hi = mid;
    }
  }
  const x0 = xs[lo] ?? 0;
  const x1 = xs[hi] ?? 0;
  const y0 = ys[lo] ?? 0;
  const y1 = ys[hi] ?? 0;
  if (x1 === x0) return y0;
  return y0 + ((v - x0) * (y1 - y0)) / (x1 - x0);
}

/** Source value → frame value. */
export const forward = (m: AxisMap, v: number) => interpolate(m.from, m.to, v);

/** Frame value → source value (the map is monotone, so this is its inverse). */
export const inverse = (m: AxisMap, v: number) => interpolate(m.to, m.from, v);
