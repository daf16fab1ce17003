/**
 * The label size for a frame: as large as the frame holds with every label shown, between the
 * frame's floor and ceiling (docs/legibility.md). Boxes are given in model units at the base
 * font size; at label size `px` one model unit is `px / basePx` frame pixels.
 */
import { sideBox } from './frameBoxes';
import { type FrameFitInput, type FrameFitResult, frameFit } from './frameFit';

export interface LabelRange {
  /** The frame in pixels. */
  frame: { w: number; h: number };
  /** Label font size of the boxes as given (model pixels). */
  basePx: number;
  /** Smallest label size allowed; below it, labels are hidden by importance instead. */
  minPx: number;
  /** Largest label size wanted. */
  maxPx: number;
  /** Share of the frame the boxes should cover at the first guess. Default 0.45. */
  density?: number;
  /**
   * A small map is not spread over a large frame: at the largest label size its boxes cover at
   * least this share of the frame, which shrinks (centred by the caller) to match. Default 0.14.
   */
  minDensity?: number;
}

/** What the layout worker is asked: the nodes and settings of `frameFit`, and the label range. */
export interface FrameRequest extends Omit<FrameFitInput, 'frame'> {
  range: LabelRange;
}

export interface FittedFrame extends FrameFitResult {
  /** Label font size in frame pixels. */
  px: number;
  /**
   * Node diameters were drawn this many times their size (1 for most maps): on a crowded frame
   * nodes shrink, so the room goes to the names.
   */
  nodeScale: number;
  /** Frame pixels per model unit. */
  scale: number;
  /** The frame in model units: positions lie inside [0, w] × [0, h]. */
  model: { w: number; h: number };
  /** Label sizes tried, in order (for the bench). */
  tried: number[];
}

const NODE_SHARE = 0.03;
const MIN_NODE_SCALE = 0.3;

/** Tries label sizes from a guess by area, larger while everything fits, smaller until it does. */
export function fitToFrame(input: Omit<FrameFitInput, 'frame'>, range: LabelRange): FittedFrame {
  const { frame, basePx } = range;
  const minPx = Math.max(1, Math.min(range.minPx, range.maxPx));
  const maxPx = Math.max(minPx, range.maxPx);
  const gap = input.gap ?? 5;
  const pad = input.padding ?? 4;
  let area = 0;
  for (const n of input.nodes) {
    const sides = n.label ? (input.sides ?? ['below', 'right']) : [null];
    area += Math.min(
      ...sides.map((s) => {
        const b = sideBox(n.d, n.label, s, gap);
        return (b.w + pad) * (b.h + pad);
      }),
    );
  }
  const density = range.density ?? 0.45;
  const guess = area > 0 ? basePx * Math.sqrt((density * frame.w * frame.h) / area) : maxPx;
  // At the largest size the boxes cover area·(max/base)² of the frame; below minDensity, shrink.
  const covered = (area * (maxPx / basePx) ** 2) / Math.max(1, frame.w * frame.h);
  const minDensity = range.minDensity ?? 0.14;
  const shrink = covered > 0 && covered < minDensity ? Math.sqrt(covered / minDensity) : 1;
  const room = { w: frame.w * shrink, h: frame.h * shrink };
  const tried: number[] = [];
  let circles = 0;
  for (const n of input.nodes) circles += (n.d + pad) ** 2;
  const at = (px: number, spread = input.spread): FittedFrame => {
    tried.push(px);
    const scale = px / basePx;
    const model = { w: room.w / scale, h: room.h / scale };
    // Nodes take at most NODE_SHARE of the frame; never under MIN_NODE_SCALE of their size.
    const share = circles / (model.w * model.h);
    const nodeScale =
      share > NODE_SHARE ? Math.max(MIN_NODE_SCALE, Math.sqrt(NODE_SHARE / share)) : 1;
    const nodes =
      nodeScale < 1 ? input.nodes.map((n) => ({ ...n, d: n.d * nodeScale })) : input.nodes;
    const r = frameFit({ ...input, spread, nodes, frame: model });
    return { ...r, px, scale, model, nodeScale, tried };
  };
  const ok = (r: FittedFrame) => r.hidden.length === 0 && r.overlaps === 0;
  const round = (px: number) => Math.round(px * 4) / 4;
  // Bisection between the floor and the ceiling, starting from the guess: the largest size at
  // which every label finds room. A fixed number of tries keeps it deterministic and bounded.
  const tries = input.nodes.length <= 100 ? 6 : input.nodes.length <= 250 ? 4 : 2;
  let lo = minPx;
  let hi = maxPx;
  let px = round(Math.min(maxPx, Math.max(minPx, guess)));
  let best: FittedFrame | null = null;
  let fewest: FittedFrame | null = null;
  const keep = (r: FittedFrame) => {
    if (!fewest || r.hidden.length < fewest.hidden.length) fewest = r;
    if (ok(r) && (!best || r.px > best.px)) best = r;
  };
  for (let k = 0; k < tries; k++) {
    const result = at(px);
    keep(result);
    if (ok(result)) lo = px;
    else hi = Math.min(hi, px);
    if (best && (px >= maxPx || hi - lo < 0.5)) break;
    if (!best && px <= minPx) break;
    px = best ? round((lo + hi) / 2) : round(Math.max(minPx, px * 0.9));
  }
  // Near the floor the outcome turns on fine details (the exact sizes and starting places): a
  // frame that hides only a few names gets a few nearby variants before it hides any.
  const near = (r: FittedFrame | null) =>
    r !== null && r.hidden.length <= Math.max(2, input.nodes.length / 20);
  if (!best && near(fewest)) {
    for (const v of [
      { px: minPx + 0.5, spread: input.spread },
      { px: minPx, spread: 0.35 },
      { px: minPx, spread: 0.65 },
      { px: minPx + 1, spread: 0.35 },
    ]) {
      const result = at(round(Math.min(maxPx, v.px)), v.spread);
      keep(result);
      if (best) break;
    }
  }
  const result = best ?? fewest ?? at(minPx);
  return { ...result, tried };
}
