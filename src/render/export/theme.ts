import { nodeOutline } from '../palette';
import { CHANGE_COLOURS, COLOURS, LINK_COLOURS } from '../tokens';
import type { Background, EdgeRole } from './scene';

/**
 * Colours of an exported picture that depend on its background; node fills never do. Every
 * line, outline and label reaches WCAG contrast on its page (tests/render/contrast.test.ts).
 */
export interface ExportTheme {
  /** Page fill; null leaves the page transparent. */
  page: string | null;
  text: string;
  /** Secondary text: footer, background labels, ghost labels. */
  muted: string;
  ghostLabel: string;
  /** Label halo, as on screen (text-outline); null draws none. */
  halo: string | null;
  rectBorder: string;
  edge: Record<EdgeRole, string>;
  /** Fill for the culture school, whose near-black would vanish into a dark page. */
  focalFill: string;
  /** A node's boundary: the fill's darker twin on light pages, a white ring on dark ones. */
  outline: (fill: string) => string;
}

/** Edge colours shared by all themes: the warning hues read on light and dark alike. */
const WARN = {
  weak: LINK_COLOURS.weak,
  stale: LINK_COLOURS.stale,
  added: CHANGE_COLOURS.added,
} as const;

/** As on screen: the live renderer's tokens. */
const LIGHT: ExportTheme = {
  page: COLOURS.paper,
  text: COLOURS.ink,
  muted: COLOURS.muted,
  ghostLabel: COLOURS.muted,
  halo: COLOURS.paper,
  rectBorder: COLOURS.quadrantBorder,
  edge: {
    active: LINK_COLOURS.active,
    ended: LINK_COLOURS.ended,
    ghost: COLOURS.ghostLink,
    ...WARN,
  },
  focalFill: COLOURS.focal,
  outline: nodeOutline,
};

/** Slides with a dark background: the same roles, lightened. */
const DARK: ExportTheme = {
  page: '#1b1b1f',
  text: '#f2f2f5',
  muted: '#a5a5b0',
  ghostLabel: '#a5a5b0',
  halo: '#1b1b1f',
  rectBorder: '#7e7e8a',
  edge: { active: '#b8b8c4', ended: '#777783', ghost: '#7a7a86', ...WARN },
  focalFill: '#e6e6ec',
  // Tol's dark hues (indigo, wine) fall under 2:1 on the dark page: a light ring bounds them all.
  outline: () => COLOURS.paper,
};

/**
 * Transparent pages end up on unknown backgrounds (slides, documents), which are mostly
 * light: dark text with a white halo stays readable on both.
 */
const TRANSPARENT: ExportTheme = { ...LIGHT, page: null };

export function exportTheme(background: Background): ExportTheme {
  return background === 'dark' ? DARK : background === 'transparent' ? TRANSPARENT : LIGHT;
}
