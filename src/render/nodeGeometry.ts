/** Sizes of a node and its label in model pixels, shared by the stylesheet, layouts and exports. */
import { BORDER, FONT_FAMILY, LABEL } from './tokens';

export const LABEL_FONT_SIZE = LABEL.size;
export const FOCAL_FONT_SIZE = LABEL.focalSize;
export const LABEL_FONT_FAMILY = FONT_FAMILY;
export const LABEL_MAX_WIDTH = LABEL.maxWidth;
export const LABEL_MARGIN = LABEL.margin;
const BOX_PADDING = 6;
/**
 * What Cytoscape adds round a label's text when it measures the label's box: the halo (text
 * outline, at most 3 px) and a 2 px margin of error, on every side. Frames drawn by Cytoscape
 * keep these boxes apart; exports need only the halo.
 */
export const labelBleed = (contrast: boolean) => (contrast ? LABEL.haloContrast : LABEL.halo) + 2;

export type Measure = (text: string, font: string) => number;

/** Label font size in model pixels; `scale` enlarges labels for projectors and presentations. */
export const labelSize = (focal: boolean, scale = 1) =>
  (focal ? FOCAL_FONT_SIZE : LABEL_FONT_SIZE) * scale;

export const labelFont = (focal: boolean, scale = 1) =>
  `${focal ? LABEL.focalWeight : LABEL.weight} ${labelSize(focal, scale)}px ${LABEL_FONT_FAMILY}`;

/** Canvas text measurement, or a width estimate where there is no canvas (tests, workers). */
export function createMeasure(): Measure {
  const ctx =
    typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
  if (!ctx)
    return (text, font) =>
      text.length * 0.58 * Number.parseFloat(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? '15');
  const cache = new Map<string, number>();
  return (text, font) => {
    const key = `${font}|${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      ctx.font = font;
      width = ctx.measureText(text).width;
      cache.set(key, width);
    }
    return width;
  };
}

/** A word wider than a line, cut into pieces that each fit. */
function breakWord(word: string, maxWidth: number, font: string, measure: Measure): string[] {
  const parts: string[] = [];
  let part = '';
  for (const ch of word) {
    if (part && measure(part + ch, font) > maxWidth) {
      parts.push(part);
      part = ch;
    } else part += ch;
  }
  if (part) parts.push(part);
  return parts;
}

/**
 * Greedy word wrap, as Cytoscape's `text-wrap: wrap` does. A word may run past the wrap width
 * (Norwegian compounds are long: "Barnevernstjenesten") up to `longWord` times it; only a longer
 * one is cut, so a 300-character name without spaces still makes a label of bounded width.
 */
export function wrapLines(
  text: string,
  maxWidth: number,
  font: string,
  measure: Measure,
  longWord = 1.6,
): string[] {
  const cut = maxWidth * longWord;
  const split = text.split(/\s+/).filter(Boolean);
  // Most names fit on one line: one measurement instead of one per word and per line tried.
  const whole = split.join(' ');
  if (whole && measure(whole, font) <= maxWidth) return [whole];
  const words = split.flatMap((w) =>
    measure(w, font) > cut ? breakWord(w, cut, font, measure) : [w],
  );
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate, font) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A map label's lines: wrapped at `maxWidth`, at most `maxLines`, the last one ending with an
 * ellipsis when the name is longer. The full name shows on hover, in the details and in notes.
 */
export function labelLines(
  text: string,
  maxWidth: number,
  font: string,
  measure: Measure,
  maxLines: number = LABEL.maxLines,
): string[] {
  // A pixel of slack: Cytoscape rounds widths up before it compares them with the wrap width.
  const lines = wrapLines(text, maxWidth - 1, font, measure);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const widest = Math.max(maxWidth - 1, ...kept.slice(0, -1).map((l) => measure(l, font)));
  let last = `${kept[maxLines - 1] ?? ''}…`;
  while (last.length > 1 && measure(last, font) > widest) {
    last = `${last.slice(0, -2).trimEnd()}…`;
  }
  kept[maxLines - 1] = last;
  return kept;
}

/**
 * Node diameter: 16–40 px, growing with the square root of degree or with centrality; the culture
 * school 44. About the height of one to three label lines, so names, not discs, fill a slide.
 */
export function nodeDiameter(focal: boolean, degree: number, centrality: number | null): number {
  if (focal) return 44;
  const grow = centrality === null ? Math.sqrt(degree) * 4.5 : centrality * 24;
  return Math.round(Math.min(40, 16 + grow));
}

export interface NodeBox {
  /** The node and its label below it, as one box: what the network layout keeps apart. */
  w: number;
  h: number;
  dy: number;
  /** The label as drawn: its lines and the size of their text block. */
  lines: string[];
  labelW: number;
  labelH: number;
  /** The circle with its border. */
  body: number;
}

/** Height of `n` lines of `size` px, as Cytoscape lays them out. */
export const linesHeight = (n: number, size: number) =>
  n === 0 ? 0 : size * (1 + (n - 1) * LABEL.lineHeight);

/**
 * Boxes already worked out, per measure: every edit of a map works out the boxes of all its
 * actors again (toElements), and wrapping 5,000 labels took 65–85 ms of each edit.
 */
const boxes = new WeakMap<Measure, Map<string, NodeBox>>();
/** Past this many boxes a measure's cache starts again, so renames cannot grow it for ever. */
const MAX_BOXES = 100_000;

/**
 * The box a node and its label below it take up; the layout keeps these boxes apart. The box is
 * shared between calls with the same arguments: treat it as read-only.
 */
export function nodeBox(
  label: string,
  diameter: number,
  focal: boolean,
  measure: Measure,
  scale = 1,
  border: number = focal ? BORDER.focal : BORDER.plain,
): NodeBox {
  let cache = boxes.get(measure);
  if (!cache || cache.size > MAX_BOXES) {
    cache = new Map();
    boxes.set(measure, cache);
  }
  const key = `${diameter}|${focal ? 1 : 0}|${scale}|${border}|${label}`;
  let box = cache.get(key);
  if (!box) {
    box = measureBox(label, diameter, focal, measure, scale, border);
    cache.set(key, box);
  }
  return box;
}

function measureBox(
  label: string,
  diameter: number,
  focal: boolean,
  measure: Measure,
  scale: number,
  border: number,
): NodeBox {
  const font = labelFont(focal, scale);
  const size = labelSize(focal, scale);
  const lines = labelLines(label, LABEL_MAX_WIDTH * scale, font, measure);
  const textWidth = Math.max(0, ...lines.map((l) => measure(l, font)));
  const labelW = lines.length ? textWidth : 0;
  const labelH = linesHeight(lines.length, size);
  const w = Math.max(diameter, textWidth) + BOX_PADDING * 2;
  const h = diameter + LABEL_MARGIN + lines.length * size * 1.2 + BOX_PADDING;
  return { w, h, dy: h / 2 - diameter / 2, lines, labelW, labelH, body: diameter + border };
}
