/** Input and output types of the layout maths. Plain data: safe to post to a Web Worker. */

/** A node to lay out. `w`×`h` is its label box; `dy` is the box centre's offset below the node centre. */
export interface LayoutNode {
  id: string;
  sectorId: string;
  /** Box width in model pixels (the node circle and its label, whichever is wider). */
  w: number;
  /** Box height in model pixels (circle + gap + label lines). */
  h: number;
  /** Vertical offset of the box centre relative to the node centre (positive: below). */
  dy: number;
  x?: number;
  y?: number;
  /** A pinned node keeps `x`, `y` (which must then be given). */
  pinned?: boolean;
}

export interface LayoutLink {
  source: string;
  target: string;
  /** Collaboration strength 1–3; stronger links pull a little harder. Default 1. */
  weight?: number;
}

export interface LayoutInput {
  nodes: LayoutNode[];
  links: LayoutLink[];
  /** Sector ids in the order they go round the circle (clockwise from the top). */
  sectorOrder: string[];
  /** The focal actor (the culture school). Its sector sits at the centre. */
  focalId: string | null;
}

export interface Point {
  x: number;
  y: number;
}

/** An axis-aligned box given by its centre and size. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Positions by node id, as a Map or a plain record. */
export type PositionLookup = ReadonlyMap<string, Point> | Readonly<Record<string, Point>>;
