import type { Point } from './types';

/**
 * One anchor per sector: the focal sector at the centre, the others evenly on a circle of
 * `radius`, clockwise from the top, in the given order. Sectors then read as regions of the map.
 */
export function sectorAnchors(
  sectorIds: readonly string[],
  radius: number,
  focalSectorId: string | null = null,
): Map<string, Point> {
  const anchors = new Map<string, Point>();
  const ring = sectorIds.filter((s, i) => s !== focalSectorId && sectorIds.indexOf(s) === i);
  if (focalSectorId !== null) anchors.set(focalSectorId, { x: 0, y: 0 });
  const n = ring.length;
  ring.forEach((id, i) => {
    if (n === 1 && focalSectorId === null) {
      anchors.set(id, { x: 0, y: 0 });
      return;
    }
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
    anchors.set(id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
  });
  return anchors;
}
