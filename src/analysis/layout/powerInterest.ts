import { getRecord } from '../../domain/records';
import type { MapDocument } from '../../domain/types';
import { estimatedSize, type NodeSize, separateBoxes } from './fixedBoxes';
import type { Point } from './types';

export type Quadrant = 'keep-satisfied' | 'manage-closely' | 'monitor' | 'keep-informed';

export interface PowerInterestOptions {
  /** Each node's box (circle and label); a node without one gets an estimate from its name. */
  boxes?: ReadonlyMap<string, NodeSize>;
  /** Height of the band along the top of each quadrant that holds its title and no actor. */
  titleBand?: number;
  /** Least width of a quadrant, so its title fits. */
  minQuadrantWidth?: number;
  /** Width over height the whole grid should come close to, to fill the screen. */
  aspect?: number;
  /** Least space between two boxes, in model pixels. */
  gap?: number;
}

/** One score's band: a sub-column of interest (`start` = left) or a sub-row of power (top). */
export interface ScoreBand {
  score: number;
  start: number;
  size: number;
}

export interface PowerInterestLayout {
  positions: Map<string, Point>;
  /** Actors with no power or interest score: listed beside the grid, not placed. */
  unscored: string[];
  /** Four quadrants of the same size; the grid's centre is (0, 0). */
  quadrants: { id: Quadrant; x: number; y: number; w: number; h: number }[];
  /** Interest 1–5, left to right: three sub-columns in the low half, two in the high half. */
  columns: ScoreBand[];
  /** Power 5–1, top to bottom: two sub-rows in the high half, three in the low half. */
  rows: ScoreBand[];
}

/** "High" is 4 or 5, as in the "manage closely" rule (power ≥ 4). */
const LOW = [1, 2, 3];
const HIGH = [4, 5];
/** Space inside each sub-cell around its block of actors. */
const PAD = 10;
/** Width over height of a cell's block of actors to try; the best fit of the grid wins. */
const BLOCK_SHAPES = [0.3, 0.5, 0.8, 1.2, 1.8, 2.7, 4, 6];

interface Cell {
  ids: string[];
  /** Slot size: the largest box in the cell plus the gap. */
  sw: number;
  sh: number;
}

/** Sizes at least `needs`, summing to `total`, as equal as they can be (water filling). */
function share(needs: readonly number[], total: number): number[] {
  const sorted = [...needs].sort((a, b) => b - a);
  let rest = total;
  let count = needs.length;
  let level = rest / count;
  for (const need of sorted) {
    if (need <= level) break;
    rest -= need;
    count--;
    level = count > 0 ? rest / count : 0;
  }
  return needs.map((n) => Math.max(n, level));
}

/** Columns for a cell's block of n slots so that the block comes close to `shape`. */
function columnsFor(cell: Cell, shape: number): number {
  const n = cell.ids.length;
  let best = 1;
  let bestErr = Number.POSITIVE_INFINITY;
  for (let c = 1; c <= n; c++) {
    const r = Math.ceil(n / c);
    // A column count that leaves the same rows as one fewer column only adds empty slots.
    if (c > 1 && Math.ceil(n / (c - 1)) === r) continue;
    const err = Math.abs(Math.log((c * cell.sw) / (r * cell.sh) / shape));
    if (err < bestErr - 1e-9) {
      best = c;
      bestErr = err;
    }
  }
  return best;
}

/**
 * Mendelow's grid: interest 1–5 left to right, power 1–5 bottom to top, split between 3 and 4
 * into four quadrants of the same size. Each score has its own sub-column and sub-row, so an
 * actor's place still shows its exact scores; each cell is sized from its actors' boxes (laid
 * out as a small grid inside it), so nothing overlaps, and a band along the top of each quadrant
 * is kept free for its title.
 */
export function powerInterestLayout(
  doc: MapDocument,
  options: PowerInterestOptions = {},
): PowerInterestLayout {
  const gap = options.gap ?? 10;
  const band = options.titleBand ?? 56;
  const aspect = options.aspect ?? 1.3;
  const sizeOf = (id: string): NodeSize =>
    options.boxes?.get(id) ?? estimatedSize(getRecord(doc.actors, id)?.name ?? id);
  const cells = new Map<string, Cell>();
  const unscored: string[] = [];
  const actors = Object.values(doc.actors).sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  for (const a of actors) {
    if (a.power === null || a.interest === null) {
      unscored.push(a.id);
      continue;
    }
    const key = `${a.interest}|${a.power}`;
    const cell = cells.get(key) ?? { ids: [], sw: 0, sh: 0 };
    const s = sizeOf(a.id);
    cell.ids.push(a.id);
    cell.sw = Math.max(cell.sw, s.w + gap);
    cell.sh = Math.max(cell.sh, s.h + gap);
    cells.set(key, cell);
  }

  // An empty sub-column or sub-row still gets room for a small actor, so the scale stays even.
  const emptyW = 90;
  const emptyH = 60;
  const minW = Math.max(options.minQuadrantWidth ?? 0, 3 * emptyW);
  const plan = (shape: number) => {
    const cols = new Map<string, number>();
    const colNeed = [1, 2, 3, 4, 5].map(() => emptyW);
    const rowNeed = [1, 2, 3, 4, 5].map(() => emptyH);
    for (const [key, cell] of cells) {
      const [interest = 1, power = 1] = key.split('|').map(Number);
      const c = columnsFor(cell, shape);
      const r = Math.ceil(cell.ids.length / c);
      cols.set(key, c);
      colNeed[interest - 1] = Math.max(colNeed[interest - 1] ?? 0, c * cell.sw + 2 * PAD);
      rowNeed[power - 1] = Math.max(rowNeed[power - 1] ?? 0, r * cell.sh + 2 * PAD);
    }
    const sum = (scores: number[], need: number[]) =>
      scores.reduce((t, s) => t + (need[s - 1] ?? 0), 0);
    const qw = Math.max(minW, sum(LOW, colNeed), sum(HIGH, colNeed));
    const qh = band + Math.max(sum(LOW, rowNeed), sum(HIGH, rowNeed));
    return { cols, colNeed, rowNeed, qw, qh, fit: Math.max((2 * qw) / aspect, 2 * qh) };
  };
  const best = BLOCK_SHAPES.map(plan).reduce((a, b) =>
    b.fit < a.fit - 1e-6 || (Math.abs(b.fit - a.fit) <= 1e-6 && b.qw * b.qh < a.qw * a.qh) ? b : a,
  );
  const { qw, qh } = best;
  const need = (list: number[], scores: number[]) => scores.map((s) => list[s - 1] ?? 0);

  // Interest: low half from -qw to 0, high half from 0 to qw.
  const columns: ScoreBand[] = [];
  let x = -qw;
  for (const [scores, sizes] of [
    [LOW, share(need(best.colNeed, LOW), qw)],
    [HIGH, share(need(best.colNeed, HIGH), qw)],
  ] as const) {
    scores.forEach((score, i) => {
      const size = sizes[i] ?? 0;
      columns.push({ score, start: x, size });
      x += size;
    });
  }
  // Power, top to bottom: 5 and 4 below the high half's title band, then 3, 2 and 1.
  const rows: ScoreBand[] = [];
  for (const [top, scores] of [
    [-qh + band, [5, 4]],
    [band, [3, 2, 1]],
  ] as const) {
    const sizes = share(need(best.rowNeed, [...scores]), qh - band);
    let y = top;
    scores.forEach((score, i) => {
      const size = sizes[i] ?? 0;
      rows.push({ score, start: y, size });
      y += size;
    });
  }

  const positions = new Map<string, Point>();
  for (const [key, cell] of cells) {
    const [interest = 1, power = 1] = key.split('|').map(Number);
    const col = columns.find((c) => c.score === interest);
    const row = rows.find((r) => r.score === power);
    if (!col || !row) continue;
    const c = best.cols.get(key) ?? 1;
    const r = Math.ceil(cell.ids.length / c);
    const cx = col.start + col.size / 2;
    const cy = row.start + row.size / 2;
    cell.ids.forEach((id, k) => {
      const rowIndex = Math.floor(k / c);
      // A last row that is not full is centred under the others.
      const inRow = Math.min(c, cell.ids.length - rowIndex * c);
      const bx = cx + ((k % c) - (inRow - 1) / 2) * cell.sw;
      const by = cy + (rowIndex - (r - 1) / 2) * cell.sh;
      positions.set(id, { x: bx, y: by - sizeOf(id).dy });
    });
  }
  // Safety net only: by construction nothing overlaps.
  separateBoxes(positions, sizeOf, gap);

  const quadrants: PowerInterestLayout['quadrants'] = [
    { id: 'keep-satisfied', x: -qw, y: -qh, w: qw, h: qh },
    { id: 'manage-closely', x: 0, y: -qh, w: qw, h: qh },
    { id: 'monitor', x: -qw, y: 0, w: qw, h: qh },
    { id: 'keep-informed', x: 0, y: 0, w: qw, h: qh },
  ];
  return { positions, unscored, quadrants, columns, rows };
}
