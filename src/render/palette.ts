/**
 * Colours by meaning: a sector's hue in template order; custom actors pale grey and the culture
 * school near-black, so it stands apart from every sector. The values live in tokens.ts.
 */
import { CHANGE_COLOURS, COLOURS, LINK_COLOURS, NODE_OUTLINES, SECTOR_COLOURS } from './tokens';

export { CHANGE_COLOURS, LINK_COLOURS, SECTOR_COLOURS };

export const FOCAL_COLOUR = COLOURS.focal;
export const CUSTOM_COLOUR = COLOURS.custom;

export function sectorColour(sectorIds: readonly string[], sectorId: string): string {
  const i = sectorIds.indexOf(sectorId);
  return i >= 0 ? (SECTOR_COLOURS[i % SECTOR_COLOURS.length] ?? CUSTOM_COLOUR) : CUSTOM_COLOUR;
}

const OUTLINES = new Map<string, string>([
  ...Object.entries(NODE_OUTLINES).map(([fill, line]): [string, string] => [
    fill.toLowerCase(),
    line,
  ]),
  // Dark enough to be their own boundary.
  [COLOURS.focal.toLowerCase(), COLOURS.focal],
  [CHANGE_COLOURS.removed.toLowerCase(), CHANGE_COLOURS.removed],
]);

/** A node's border on a light page: its fill's darker twin; ink for a fill we do not know. */
export function nodeOutline(fill: string): string {
  return OUTLINES.get(fill.toLowerCase()) ?? COLOURS.ink;
}
