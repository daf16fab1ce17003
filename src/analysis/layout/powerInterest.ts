import type { MapDocument } from '../../domain/types';
import type { Point } from './types';

export type Quadrant = 'keep-satisfied' | 'manage-closely' | 'monitor' | 'keep-informed';

export interface PowerInterestLayout {
  positions: Map<string, Point>;
  /** Actors with no power or interest score, set aside in a column to the right. */
  unscored: string[];
  quadrants: { id: Quadrant; x: number; y: number; w: number; h: number }[];
  /** Where the "not scored" column starts. */
  asideX: number;
}

const CELL = 240;

/**
 * Mendelow's grid: interest 1–5 left to right, power 1–5 bottom to top, quadrants split between
 * 3 and 4. Actors sharing a cell are spread in a small grid inside it.
 */
export function powerInterestLayout(doc: MapDocument): PowerInterestLayout {
  const cells = new Map<string, string[]>();
  const unscored: string[] = [];
  const actors = Object.values(doc.actors).sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  for (const a of actors) {
    if (a.power === null || a.interest === null) {
      unscored.push(a.id);
      continue;
    }
    const key = `${a.interest}|${a.power}`;
    cells.set(key, [...(cells.get(key) ?? []), a.id]);
  }
  const positions = new Map<string, Point>();
  for (const [key, ids] of cells) {
    const [interest = 1, power = 1] = key.split('|').map(Number);
    const cx = (interest - 3) * CELL;
    const cy = (3 - power) * CELL;
    // Labels are wide and short: stack a cell's actors in rows, two columns when crowded.
    const cols = ids.length > 4 ? 2 : 1;
    const rows = Math.ceil(ids.length / cols);
    const rowStep = Math.min(60, (CELL * 0.9) / rows);
    ids.forEach((id, i) => {
      const col = i % cols;
      const row = Math.floor(i / cols);
      positions.set(id, {
        x: cx + (cols === 2 ? (col - 0.5) * (CELL * 0.5) : 0),
        y: cy + (row - (rows - 1) / 2) * rowStep,
      });
    });
  }
  const half = CELL * 2.5;
  const asideX = half + CELL;
  unscored.forEach((id, i) => {
    const col = Math.floor(i / 12);
    positions.set(id, { x: asideX + col * CELL, y: -half + 40 + (i % 12) * (CELL * 0.4) });
  });
  // "High" is 4 or 5, as in the "manage closely" rule (power ≥ 4): split between 3 and 4.
  const xs = CELL / 2;
  const ys = -CELL / 2;
  const quadrants: PowerInterestLayout['quadrants'] = [
    { id: 'keep-satisfied', x: -half, y: -half, w: xs + half, h: ys + half },
    { id: 'manage-closely', x: xs, y: -half, w: half - xs, h: ys + half },
    { id: 'monitor', x: -half, y: ys, w: xs + half, h: half - ys },
    { id: 'keep-informed', x: xs, y: ys, w: half - xs, h: half - ys },
  ];
  return { positions, unscored, quadrants, asideX };
}
