/**
 * Paul Tol's "muted" scheme: nine hues that stay distinct for the common colour-vision
 * deficiencies, one per template sector, in template order. Custom actors are pale grey and
 * the culture school itself near-black, so it stands apart from every sector.
 */
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

export const FOCAL_COLOUR = '#1b1b1f';
export const CUSTOM_COLOUR = '#BBBBBB';

export function sectorColour(sectorIds: readonly string[], sectorId: string): string {
  const i = sectorIds.indexOf(sectorId);
  return i >= 0 ? (SECTOR_COLOURS[i % SECTOR_COLOURS.length] ?? CUSTOM_COLOUR) : CUSTOM_COLOUR;
}

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
