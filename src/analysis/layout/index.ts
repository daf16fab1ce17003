export { sectorAnchors } from './anchors';
export { boxesAt, countOverlaps, edgeLengthSpread, nodeBox, positionsFrom } from './metrics';
export { defaultAnchorRadius } from './placement';
export { hashString, mulberry32 } from './prng';
export { forceRectCollide, type RectCollideForce, type RectNode } from './rectCollide';
export {
  createSimulation,
  type LayoutSimulation,
  type SimLink,
  type SimNode,
  type SimulationOptions,
} from './simulation';
export type { Box, LayoutInput, LayoutLink, LayoutNode, Point, PositionLookup } from './types';
