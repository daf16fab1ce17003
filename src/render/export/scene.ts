/**
 * What an exported picture shows, in map (model) coordinates: the same nodes, links and
 * background labels as the screen, with every visual choice already resolved. Exporters
 * (SVG, PNG, PDF) only place and paint it; they never look at the document.
 */

import type { LabelSide } from '../../analysis/layout/frameBoxes';

export type NodeShape = 'ellipse' | 'round-diamond' | 'round-hexagon';

/** Colours that depend on the background theme are named by role, not by value. */
export type EdgeRole = 'active' | 'ended' | 'weak' | 'stale' | 'ghost' | 'added';
/** Ended links are dash-dotted: told from active ones by more than their paler grey. */
export type Dash = 'solid' | 'dashed' | 'dotted' | 'dashdot';

export interface SceneNode {
  id: string;
  label: string;
  /** Centre of the node. */
  x: number;
  y: number;
  /** Diameter in model pixels. */
  size: number;
  shape: NodeShape;
  fill: string;
  /** The culture school itself: gold double ring, bold larger label. */
  focal: boolean;
  /** A missing template type ("Show gaps"): pale fill, dashed border in its colour, italic label. */
  ghost: boolean;
  /** Persons have a double border. */
  person: boolean;
  /** The label's lines as drawn (wrapped, at most three, an ellipsis on a cut name). */
  lines: string[];
  /** Where the label sits against the node; null: no label (the frame had no room for it). */
  side: LabelSide | null;
  /** Added since a saved version (a workshop's summary): drawn with a green ring. */
  added?: boolean;
}

export interface SceneEdge {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Stroke width in model pixels (1.5, 3.75, 6 for weak, medium, strong). */
  width: number;
  role: EdgeRole;
  dash: Dash;
  opacity: number;
}

/** A background label of a computed layout: a sector name in "Rings", an axis in "Power/interest". */
export interface SceneText {
  text: string;
  x: number;
  y: number;
  fontSize: number;
}

/** A quadrant of the power/interest grid, with its name at the top. */
export interface SceneRect {
  x: number;
  y: number;
  w: number;
  h: number;
  fill: string;
  label: string;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Scene {
  nodes: SceneNode[];
  edges: SceneEdge[];
  texts: SceneText[];
  rects: SceneRect[];
  /** Everything drawn, labels included. */
  bounds: Box;
  /** Node labels drawn this many times their screen size (1 when absent); see labelScale.ts. */
  labelScale?: number;
}

export type LegendEntry =
  | { kind: 'sector'; colour: string; label: string }
  | { kind: 'link'; role: EdgeRole; dash: Dash; label: string };

export type PageSize = '16:9' | 'a4';
export type Background = 'light' | 'dark' | 'transparent';

/** A page in points: 16:9 is PowerPoint's widescreen slide, A4 is landscape. */
export const PAGE_POINTS: Record<PageSize, { w: number; h: number }> = {
  '16:9': { w: 960, h: 540 },
  a4: { w: 842, h: 595 },
};

export interface FrameOptions {
  page: PageSize;
  background: Background;
  /** The part of the map to show (model coordinates); the scene's bounds for "whole map". */
  region: Box;
  /** Empty string: no title line. */
  title: string;
  legend: { heading: string; entries: LegendEntry[] } | null;
  /** Date already formatted for the locale (dd.mm.yyyy in nb), and the editable source line. */
  footer: { date: string; source: string } | null;
  /** Language of the labels, for the SVG `xml:lang`. */
  lang: string;
}
