/**
 * Compressed sparse rows: each actor's neighbours in one Int32Array slice, sorted ascending,
 * parallel links merged. Built in two linear passes plus short per-list sorts.
 */

/** Sorts a short run in place (most lists are a handful of neighbours); long ones natively. */
function sortRun(a: Int32Array, from: number, to: number) {
  if (to - from > 24) {
    a.subarray(from, to).sort();
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const x = a[i] as number;
    let j = i - 1;
    while (j >= from && (a[j] as number) > x) {
      a[j + 1] = a[j] as number;
      j--;
    }
    a[j + 1] = x;
  }
}

export function buildCsr(n: number, src: Int32Array, dst: Int32Array, keep: Uint8Array | null) {
  const count = new Int32Array(n + 1);
  for (let i = 0; i < src.length; i++) {
    if (keep && !keep[i]) continue;
    const s = (src[i] as number) + 1;
    const t = (dst[i] as number) + 1;
    count[s] = (count[s] as number) + 1;
    count[t] = (count[t] as number) + 1;
  }
  for (let i = 0; i < n; i++) count[i + 1] = (count[i + 1] as number) + (count[i] as number);
  const fill = count.slice(0, n);
  const raw = new Int32Array(count[n] as number);
  for (let i = 0; i < src.length; i++) {
    if (keep && !keep[i]) continue;
    const s = src[i] as number;
    const t = dst[i] as number;
    const at = fill[s] as number;
    const bt = fill[t] as number;
    raw[at] = t;
    raw[bt] = s;
    fill[s] = at + 1;
    fill[t] = bt + 1;
  }
  // Sort each list and drop duplicates (parallel links count once).
  const offsets = new Int32Array(n + 1);
  const neighbours = new Int32Array(raw.length);
  const degree = new Int32Array(n);
  let out = 0;
  for (let u = 0; u < n; u++) {
    offsets[u] = out;
    const from = count[u] as number;
    const to = count[u + 1] as number;
    sortRun(raw, from, to);
    let prev = -1;
    for (let k = from; k < to; k++) {
      const v = raw[k] as number;
      if (v !== prev) neighbours[out++] = v;
      prev = v;
    }
    degree[u] = out - (offsets[u] as number);
  }
  offsets[n] = out;
  return { offsets, neighbours: neighbours.slice(0, out), degree };
}
