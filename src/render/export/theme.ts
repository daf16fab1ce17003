import { CHANGE_COLOURS, COLOURS, LINK_COLOURS } from '../tokens';
import type { Background, EdgeRole } from './scene';

/** Colours of an exported picture that depend on its background; node fills never do. */
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
};

/** Slides with a dark background: the same roles, lightened. */
const DARK: ExportTheme = {
  page: '#1b1b1f',
  text: '#f2f2f5',
  muted: '#a5a5b0',
  ghostLabel: '#a5a5b0',
  halo: '#1b1b1f',
  rectBorder: '#5b5b66',
  edge: { active: '#b8b8c4', ended: '#6c6c78', ghost: '#7e7e8a', ...WARN },
  focalFill: '#e6e6ec',
};

/**
 * Transparent pages end up on unknown backgrounds (slides, documents), which are mostly
 * light: dark text with a white halo stays readable on both.
 */
const TRANSPARENT: ExportTheme = { ...LIGHT, page: null };

export function exportTheme(background: Background): ExportTheme {
  return background === 'dark' ? DARK : background === 'transparent' ? TRANSPARENT : LIGHT;
}
