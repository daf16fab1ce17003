/** Sizes of a node and its label in model pixels, shared by the stylesheet and the layout. */

export const LABEL_FONT_SIZE = 15;
export const FOCAL_FONT_SIZE = 18;
export const LABEL_FONT_FAMILY =
  'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
export const LABEL_MAX_WIDTH = 150;
export const LABEL_MARGIN = 5;
const LINE_HEIGHT = 1.2;
const BOX_PADDING = 6;

export type Measure = (text: string, font: string) => number;

/** Label font size in model pixels; `scale` enlarges labels for projectors and presentations. */
export const labelSize = (focal: boolean, scale = 1) =>
  (focal ? FOCAL_FONT_SIZE : LABEL_FONT_SIZE) * scale;

export const labelFont = (focal: boolean, scale = 1) =>
  `${focal ? 700 : 600} ${labelSize(focal, scale)}px ${LABEL_FONT_FAMILY}`;

/** Canvas text measurement, or a width estimate where there is no canvas (tests, workers). */
export function createMeasure(): Measure {
  const ctx =
    typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
  if (!ctx)
    return (text, font) =>
      text.length * 0.58 * Number.parseFloat(/(\d+)px/.exec(font)?.[1] ?? '15');
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

/** Greedy word wrap, as Cytoscape's `text-wrap: wrap` does at `text-max-width`. */
export function wrapLines(
  text: string,
  maxWidth: number,
  font: string,
  measure: Measure,
): string[] {
  const words = text.split(/\s+/).filter(Boolean);
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

/** Node diameter: 26–64 px, growing with the square root of degree or with centrality. */
export function nodeDiameter(focal: boolean, degree: number, centrality: number | null): number {
  if (focal) return 72;
  const grow = centrality === null ? Math.sqrt(degree) * 7 : centrality * 38;
  return Math.round(Math.min(64, 26 + grow));
}

export interface NodeBox {
  w: number;
  h: number;
  dy: number;
}

/** The box a node and its label below it take up; the layout keeps these boxes apart. */
export function nodeBox(
  label: string,
  diameter: number,
  focal: boolean,
  measure: Measure,
  scale = 1,
): NodeBox {
  const font = labelFont(focal, scale);
  const size = labelSize(focal, scale);
  const lines = wrapLines(label, LABEL_MAX_WIDTH * scale, font, measure);
  const textWidth = Math.max(0, ...lines.map((l) => measure(l, font)));
  const w = Math.max(diameter, textWidth) + BOX_PADDING * 2;
  const h = diameter + LABEL_MARGIN + lines.length * size * LINE_HEIGHT + BOX_PADDING;
  return { w, h, dy: h / 2 - diameter / 2 };
}
