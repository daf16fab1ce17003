import type { NodeSingular, StylesheetJson } from 'cytoscape';
import { LABEL_FONT_FAMILY } from './nodeGeometry';
import { nodeOutline } from './palette';
import {
  BORDER,
  CHANGE_COLOURS,
  COLOURS,
  DASH,
  DECORATION,
  FADE,
  LABEL,
  LINK_COLOURS,
  LINK_OPACITY,
  LINK_WIDTH,
} from './tokens';

/** Edge width by strength: weak, medium, strong (tokens.linkWidth). */
const WIDTH = `mapData(strength, 1, 3, ${LINK_WIDTH.min}, ${LINK_WIDTH.max})`;

/** A node's boundary: its fill's darker twin, so pale sector hues still reach 3:1 on white. */
const OUTLINE = (n: NodeSingular) => nodeOutline(String(n.data('colour') ?? ''));

export interface StyleOptions {
  /** Labels this many times their normal size (nodeBox must use the same scale). */
  labelScale: number;
  /** Projector and presentation: darker links, solid label halos, no fading of small text. */
  contrast: boolean;
  /**
   * False on a big map: every step of a fade's transition restyles every node again, and each
   * restyle makes Cytoscape redraw the whole map (issue 18), so the fade comes at once.
   */
  transitions?: boolean;
  /**
   * A big map (bigMap.ts): no frame chooses its labels, so a name is drawn once it is readable.
   * Names keep one size, the one the layout kept them apart at; the culture school's is larger,
   * so it shows first as you zoom in.
   */
  levelOfDetail?: boolean;
}

/** Below this size on screen a big map's names are not drawn (a readable label, issue 18). */
export const READABLE_PX = 9;

/**
 * Where a label sits against its node (the frame-fit layout chooses, docs/legibility.md). The
 * label text comes wrapped already, so Cytoscape never wraps it again.
 */
const SIDES: StylesheetJson = [
  {
    selector: 'node.label-right',
    style: {
      'text-halign': 'right',
      'text-valign': 'center',
      'text-margin-x': LABEL.margin,
      'text-margin-y': 0,
      'text-justification': 'left',
    },
  },
  {
    selector: 'node.label-left',
    style: {
      'text-halign': 'left',
      'text-valign': 'center',
      'text-margin-x': -LABEL.margin,
      'text-margin-y': 0,
      'text-justification': 'right',
    },
  },
  { selector: 'node.label-above', style: { 'text-valign': 'top', 'text-margin-y': -LABEL.margin } },
  { selector: 'node.label-hidden', style: { label: '' } },
];

/** A big map's names at the size the layout spaced them for, drawn once they can be read. */
function levelOfDetail(): StylesheetJson {
  return [{ selector: 'node', style: { 'min-zoomed-font-size': READABLE_PX } }];
}

export function mapStyle(o: StyleOptions = { labelScale: 1, contrast: false }): StylesheetJson {
  const ink = o.contrast ? COLOURS.inkContrast : COLOURS.ink;
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(colour)',
        width: 'data(size)',
        height: 'data(size)',
        label: 'data(label)',
        'font-family': LABEL_FONT_FAMILY,
        'font-size': LABEL.size * o.labelScale,
        'font-weight': LABEL.weight,
        color: ink,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': LABEL.margin,
        'text-wrap': 'wrap',
        'text-max-width': '10000px',
        'line-height': LABEL.lineHeight,
        'text-outline-color': COLOURS.paper,
        'text-outline-width': o.contrast ? LABEL.haloContrast : LABEL.halo,
        'text-outline-opacity': o.contrast ? 1 : 0.85,
        'border-width': BORDER.plain,
        'border-color': OUTLINE,
        // Tiny labels cost drawing time and cannot be read anyway.
        'min-zoomed-font-size': 7,
        // A selection fades fill and border, never the whole node: its label must stay legible.
        'transition-property': 'opacity, background-opacity, border-opacity, color',
        'transition-duration': o.transitions === false ? 0 : 150,
      },
    },
    { selector: 'node[kind = "project"]', style: { shape: 'round-diamond' } },
    {
      selector: 'node[kind = "person"]',
      style: { shape: 'ellipse', 'border-style': 'double', 'border-width': BORDER.person },
    },
    { selector: 'node[kind = "group"]', style: { shape: 'round-hexagon' } },
    {
      selector: 'node.focal',
      style: {
        'font-size': LABEL.focalSize * o.labelScale,
        'font-weight': LABEL.focalWeight,
        'border-width': BORDER.focal,
        'border-color': COLOURS.focalRing,
        'border-style': 'double',
        'z-index': 10,
      },
    },
    {
      selector: 'node.pinned',
      style: { 'outline-width': 0, 'border-color': COLOURS.ink, 'border-style': 'dashed' },
    },
    ...(o.levelOfDetail ? levelOfDetail() : []),
    {
      selector: 'edge',
      style: {
        width: WIDTH,
        'line-color': o.contrast ? COLOURS.linkContrast : LINK_COLOURS.active,
        'curve-style': 'haystack',
        'haystack-radius': 0,
        opacity: o.contrast ? LINK_OPACITY.contrast : LINK_OPACITY.active,
      },
    },
    {
      selector: 'edge[status = "planned"], edge[status = "idea"]',
      style: { 'line-style': 'dashed', 'line-dash-pattern': [...DASH.dashed] },
    },
    { selector: 'edge[status = "paused"]', style: { 'line-style': 'dotted' } },
    // Ended: paler, and dash-dotted so it never rests on colour alone.
    {
      selector: 'edge[status = "ended"]',
      style: {
        'line-color': LINK_COLOURS.ended,
        opacity: LINK_OPACITY.ended,
        'line-style': 'dashed',
        'line-dash-pattern': [...DASH.ended],
      },
    },
    {
      selector: 'node.ghost',
      style: {
        'background-opacity': 0.12,
        'border-style': 'dashed',
        'border-width': 3,
        'border-color': OUTLINE,
        color: COLOURS.muted,
        'font-style': 'italic',
      },
    },
    {
      selector: 'edge[mark = "ghost"]',
      style: {
        'line-style': 'dashed',
        'line-color': COLOURS.ghostLink,
        opacity: LINK_OPACITY.ghost,
        width: LINK_WIDTH.min,
      },
    },
    {
      selector: 'edge[mark = "weak"]',
      style: { 'line-color': LINK_COLOURS.weak, opacity: LINK_OPACITY.marked },
    },
    {
      selector: 'edge[mark = "stale"]',
      style: {
        'line-color': LINK_COLOURS.stale,
        'line-style': 'dotted',
        opacity: LINK_OPACITY.marked,
      },
    },
    {
      selector: 'node.decoration',
      style: {
        'background-opacity': 0,
        'border-width': 0,
        label: 'data(label)',
        'font-size': DECORATION.size,
        'font-weight': 700,
        color: COLOURS.muted,
        'text-valign': 'center',
        'text-wrap': 'wrap',
        'text-max-width': `${DECORATION.maxWidth}px`,
        'text-outline-width': 0,
        'z-index': 0,
        events: 'no',
      },
    },
    {
      selector: 'node.quadrant',
      style: {
        shape: 'rectangle',
        width: 'data(w)',
        height: 'data(h)',
        'background-color': 'data(colour)',
        'background-opacity': 0.1,
        'border-width': 2,
        'border-color': COLOURS.quadrantBorder,
        'font-size': DECORATION.quadrantSize,
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': 36,
        // One line: the layout makes each quadrant wide enough for its title.
        'text-wrap': 'none',
        'z-compound-depth': 'bottom',
        'z-index': -1,
      },
    },
    ...SIDES,
    {
      selector: 'node.added',
      style: { 'border-color': CHANGE_COLOURS.added, 'border-width': 6, 'border-style': 'solid' },
    },
    {
      selector: 'node.removed',
      style: {
        'background-color': CHANGE_COLOURS.removed,
        'background-opacity': 0.15,
        'border-color': CHANGE_COLOURS.removed,
        'border-style': 'dashed',
        'border-width': 3,
        color: CHANGE_COLOURS.removed,
      },
    },
    {
      selector: 'edge[change = "added"]',
      style: { 'line-color': CHANGE_COLOURS.added, opacity: LINK_OPACITY.added },
    },
    {
      selector: 'edge[change = "removed"]',
      style: {
        'line-color': CHANGE_COLOURS.removed,
        'line-style': 'dashed',
        opacity: LINK_OPACITY.removed,
      },
    },
    // A name just typed in: a soft ring that the room can find, nothing else changes.
    {
      selector: 'node.fresh',
      style: {
        'underlay-color': COLOURS.fresh,
        'underlay-padding': 10,
        'underlay-opacity': 0.45,
        'underlay-shape': 'ellipse',
      },
    },
    { selector: 'edge.faint', style: { opacity: FADE.grid } },
    { selector: 'edge.faded', style: { opacity: FADE.selection } },
    // Not `opacity`: Cytoscape multiplies the label by it, and a faded name must stay at 3:1.
    {
      selector: 'node.faded',
      style: {
        'background-opacity': FADE.selection,
        'border-opacity': FADE.selection,
        'underlay-opacity': 0,
        color: COLOURS.fadedText,
      },
    },
    {
      selector: 'node.ghost.faded',
      style: { 'background-opacity': 0.12 * FADE.selection },
    },
    // Background labels have no fill; a quadrant (a decoration too) keeps its faint tint.
    {
      selector: 'node.decoration.faded',
      style: { 'background-opacity': 0 },
    },
    {
      selector: 'node.quadrant.faded',
      style: { 'background-opacity': 0.1 * FADE.selection },
    },
    {
      selector: 'edge.highlighted',
      style: {
        'line-color': LINK_COLOURS.highlight,
        opacity: LINK_OPACITY.highlight,
        'z-index': 5,
      },
    },
    {
      selector: 'node:selected',
      style: { 'border-color': LINK_COLOURS.highlight, 'border-width': 5, 'border-style': 'solid' },
    },
    {
      selector: 'edge:selected',
      style: { 'line-color': LINK_COLOURS.highlight, opacity: LINK_OPACITY.highlight },
    },
    // The keyboard's current actor while the canvas has focus: a ring clear of the node and its
    // selection border, in another colour than the orange of selection and hover.
    {
      selector: 'node.keyfocus',
      style: {
        'outline-width': 4,
        'outline-offset': 3,
        'outline-color': COLOURS.keyFocus,
        'outline-style': 'solid',
        'outline-opacity': 1,
      },
    },
    { selector: '.hidden, .mode-hidden', style: { display: 'none' } },
  ];
}
