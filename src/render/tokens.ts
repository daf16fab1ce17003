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

/**
 * Each node fill's outline: the same hue, darkened until it stands out from the white map at
 * 4.5:1. Tol's pale hues (sand, cyan) sit under 2:1 on white; their outline carries the node's
 * boundary (WCAG 1.4.11) while the fill keeps the palette's colour-blind-safe hues. Keyed by fill.
 */
export const NODE_OUTLINES: Readonly<Record<string, string>> = {
  '#332288': '#23006f',
  '#88CCEE': '#3a7e9d',
  '#44AA99': '#0d8575',
  '#117733': '#005e24',
  '#999933': '#7a7900',
  '#DDCC77': '#87761b',
  '#CC6677': '#b14e60',
  '#882255': '#6e003f',
  '#AA4499': '#902a80',
  /** COLOURS.custom */
  '#BBBBBB': '#767676',
};

export const COLOURS = {
  /** Label text and the pinned border. */
  ink: '#15151a',
  /** Projector and presentation: pure black for the most contrast. */
  inkContrast: '#000000',
  /** Secondary text: background labels, ghost labels, footers. */
  muted: '#5b5b66',
  /** Labels faded while something is selected: plainly paler than ink, still 3.9:1 on white. */
  fadedText: '#80808a',
  /** The map's background and the label halo. */
  paper: '#ffffff',
  /** The culture school's fill (near-black, apart from every sector) and its gold ring. */
  focal: '#1b1b1f',
  focalRing: '#f2b705',
  /** Actors of a custom sector. */
  custom: '#BBBBBB',
  quadrantBorder: '#8a8a94',
  ghostLink: '#7c7c86',
  /** Links on a projector: darker than on a desk screen. */
  linkContrast: '#26262e',
  /** A freshly added actor's ring: Okabe–Ito bluish green, the same as "added" in a comparison. */
  fresh: '#009E73',
  /** The keyboard's focus ring on the current actor: the app's accent blue, 7.3:1 on white. */
  keyFocus: '#1f4fb8',
} as const;

/**
 * Every link colour reaches 3:1 on the white map at its opacity (tests/render/contrast.test.ts).
 * Ended is a paler grey than active and, beyond colour, dash-dotted (DASH.ended).
 */
export const LINK_COLOURS = {
  active: '#4a4a55',
  planned: '#4a4a55',
  ended: '#8a8a94',
  highlight: '#d55e00',
  // Okabe–Ito orange and reddish purple, darkened in OKLCH (same hue) to reach 3:1 on white.
  weak: '#b57c00',
  stale: '#bf6e9b',
} as const;

/**
 * Comparing with a snapshot: Okabe–Ito bluish green for added, vermilion darkened to burnt
 * orange for removed: a removed actor's name reads at 6.3:1, and under every colour-vision
 * deficiency it stays apart from the selection's vermilion and the weak links' amber.
 */
export const CHANGE_COLOURS = { added: '#009E73', removed: '#a04500' } as const;

/** Link width by strength 1–3, in model pixels: 1.5, 3.75, 6. */
export const LINK_WIDTH = { min: 1.5, max: 6 } as const;
export const linkWidth = (strength: number) =>
  LINK_WIDTH.min +
  ((Math.min(3, Math.max(1, strength)) - 1) * (LINK_WIDTH.max - LINK_WIDTH.min)) / 2;

/** Dash patterns in model pixels: planned and ideas dashed, paused dotted, ended dash-dotted. */
export const DASH = { dashed: [8, 5], ended: [12, 4, 2, 4], ghostNode: [4, 2] } as const;

/** Opacity of links by role, as drawn on a desk screen. */
export const LINK_OPACITY = {
  active: 0.75,
  contrast: 0.9,
  ended: 1,
  marked: 0.95,
  ghost: 0.9,
  /** Comparing with a snapshot. */
  added: 1,
  removed: 0.8,
  /** The selection's neighbourhood, and a selected link. */
  highlight: 1,
} as const;

/**
 * Context left pale on purpose: what a selection leaves out, and the links of the power/interest
 * grid, where position carries the meaning. Labels never fade below 3:1 (COLOURS.fadedText).
 */
export const FADE = { selection: 0.15, grid: 0.12 } as const;

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
