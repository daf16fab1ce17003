/**
 * The visual tokens of the map: every colour, line width, dash pattern, font and label size that
 * the live renderer (style.ts) and the exporter (export/) draw with. Defined once so the screen,
 * the slide and the printed page cannot drift apart (docs/legibility.md).
 */

/** Paul Tol's "muted" scheme: one hue per template sector, distinct for common colour-vision deficiencies. */
export const SECTOR_COLOURS = [
  '#332288',
  '#88CCEE',
  '#44AA99',
  '#117733',
  '#999933',
  '#DDCC77',
  '#CC6677',
  '#882255',
  '#AA4499',
] as const;

export const COLOURS = {
  /** Label text and the pinned border. */
  ink: '#15151a',
  /** Projector and presentation: pure black for the most contrast. */
  inkContrast: '#000000',
  /** Secondary text: background labels, ghost labels, footers. */
  muted: '#5b5b66',
  /** Label halo and node border. */
  paper: '#ffffff',
  /** The culture school's fill (near-black, apart from every sector) and its gold ring. */
  focal: '#1b1b1f',
  focalRing: '#f2b705',
  /** Actors of a custom sector. */
  custom: '#BBBBBB',
  quadrantBorder: '#b0b0ba',
  ghostLink: '#9a9aa5',
  /** Links on a projector: darker than on a desk screen. */
  linkContrast: '#26262e',
  /** A freshly added actor's ring: Okabe–Ito bluish green, the same as "added" in a comparison. */
  fresh: '#009E73',
} as const;

export const LINK_COLOURS = {
  active: '#4a4a55',
  planned: '#4a4a55',
  ended: '#b9b9c0',
  highlight: '#d55e00',
  // Okabe–Ito orange and reddish purple: distinct from the sector hues and from each other.
  weak: '#E69F00',
  stale: '#CC79A7',
} as const;

/** Comparing with a snapshot: Okabe–Ito bluish green for added, vermilion for removed. */
export const CHANGE_COLOURS = { added: '#009E73', removed: '#D55E00' } as const;

/** Link width by strength 1–3, in model pixels: 1.5, 3.75, 6. */
export const LINK_WIDTH = { min: 1.5, max: 6 } as const;
export const linkWidth = (strength: number) =>
  LINK_WIDTH.min +
  ((Math.min(3, Math.max(1, strength)) - 1) * (LINK_WIDTH.max - LINK_WIDTH.min)) / 2;

/** Dash patterns in model pixels: planned and ideas dashed, paused dotted. */
export const DASH = { dashed: [8, 5], ghostNode: [4, 2] } as const;

/** Opacity of links by role, as drawn on a desk screen. */
export const LINK_OPACITY = {
  active: 0.75,
  contrast: 0.9,
  ended: 0.6,
  marked: 0.95,
  ghost: 0.45,
} as const;

export const FONT_FAMILY = 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** Label sizes in model pixels at label scale 1. */
export const LABEL = {
  size: 15,
  focalSize: 18,
  weight: 600,
  focalWeight: 700,
  /** Wrap width; a label takes at most `maxLines` lines and ends with an ellipsis. */
  maxWidth: 150,
  maxLines: 3,
  lineHeight: 1.15,
  /** Between a node and its label. */
  margin: 5,
  /** Label halo (text outline) width: desk and projector. */
  halo: 2,
  haloContrast: 3,
  /** An exported picture's halo: the stroke under the letters, half of it outside them. */
  exportHalo: 3,
} as const;

/** Background labels of the computed layouts: ring segments, quadrant titles, axes. */
export const DECORATION = { size: 20, quadrantSize: 24, maxWidth: 220 } as const;

/** Node borders in model pixels, as drawn (double borders count whole). */
export const BORDER = { plain: 2, person: 4, focal: 6 } as const;
