import type { StylesheetJson } from 'cytoscape';
import {
  FOCAL_FONT_SIZE,
  LABEL_FONT_FAMILY,
  LABEL_FONT_SIZE,
  LABEL_MARGIN,
  LABEL_MAX_WIDTH,
} from './nodeGeometry';
import { CHANGE_COLOURS, LINK_COLOURS } from './palette';

/** Edge width by strength: weak, medium, strong. */
const WIDTH = 'mapData(strength, 1, 3, 1.5, 6)';

export interface StyleOptions {
  /** Labels this many times their normal size (nodeBox must use the same scale). */
  labelScale: number;
  /** Projector and presentation: darker links, solid label halos, no fading of small text. */
  contrast: boolean;
}

export function mapStyle(o: StyleOptions = { labelScale: 1, contrast: false }): StylesheetJson {
  const ink = o.contrast ? '#000000' : '#15151a';
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(colour)',
        width: 'data(size)',
        height: 'data(size)',
        label: 'data(label)',
        'font-family': LABEL_FONT_FAMILY,
        'font-size': LABEL_FONT_SIZE * o.labelScale,
        'font-weight': 600,
        color: ink,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': LABEL_MARGIN,
        'text-wrap': 'wrap',
        'text-max-width': `${LABEL_MAX_WIDTH * o.labelScale}px`,
        'text-outline-color': '#ffffff',
        'text-outline-width': o.contrast ? 3 : 2,
        'text-outline-opacity': o.contrast ? 1 : 0.85,
        'border-width': 2,
        'border-color': '#ffffff',
        // Tiny labels cost drawing time and cannot be read anyway.
        'min-zoomed-font-size': 7,
        'transition-property': 'opacity',
        'transition-duration': 150,
      },
    },
    { selector: 'node[kind = "project"]', style: { shape: 'round-diamond' } },
    {
      selector: 'node[kind = "person"]',
      style: { shape: 'ellipse', 'border-style': 'double', 'border-width': 4 },
    },
    { selector: 'node[kind = "group"]', style: { shape: 'round-hexagon' } },
    {
      selector: 'node.focal',
      style: {
        'font-size': FOCAL_FONT_SIZE * o.labelScale,
        'font-weight': 700,
        'border-width': 6,
        'border-color': '#f2b705',
        'border-style': 'double',
        'z-index': 10,
      },
    },
    {
      selector: 'node.pinned',
      style: { 'outline-width': 0, 'border-color': '#15151a', 'border-style': 'dashed' },
    },
    {
      selector: 'edge',
      style: {
        width: WIDTH,
        'line-color': o.contrast ? '#26262e' : LINK_COLOURS.active,
        'curve-style': 'haystack',
        'haystack-radius': 0,
        opacity: o.contrast ? 0.9 : 0.75,
      },
    },
    {
      selector: 'edge[status = "planned"], edge[status = "idea"]',
      style: { 'line-style': 'dashed', 'line-dash-pattern': [8, 5] },
    },
    { selector: 'edge[status = "paused"]', style: { 'line-style': 'dotted' } },
    {
      selector: 'edge[status = "ended"]',
      style: { 'line-color': LINK_COLOURS.ended, opacity: 0.6 },
    },
    {
      selector: 'node.ghost',
      style: {
        'background-opacity': 0.12,
        'border-style': 'dashed',
        'border-width': 3,
        'border-color': 'data(colour)',
        color: '#5b5b66',
        'font-style': 'italic',
        opacity: 0.8,
      },
    },
    {
      selector: 'edge[mark = "ghost"]',
      style: { 'line-style': 'dashed', 'line-color': '#9a9aa5', opacity: 0.45, width: 1.5 },
    },
    { selector: 'edge[mark = "weak"]', style: { 'line-color': LINK_COLOURS.weak, opacity: 0.95 } },
    {
      selector: 'edge[mark = "stale"]',
      style: { 'line-color': LINK_COLOURS.stale, 'line-style': 'dotted', opacity: 0.95 },
    },
    {
      selector: 'node.decoration',
      style: {
        'background-opacity': 0,
        'border-width': 0,
        label: 'data(label)',
        'font-size': 26,
        'font-weight': 700,
        color: '#5b5b66',
        'text-valign': 'center',
        'text-wrap': 'wrap',
        'text-max-width': '260px',
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
        'border-color': '#b0b0ba',
        'font-size': 30,
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': 36,
        'z-compound-depth': 'bottom',
        'z-index': -1,
      },
    },
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
      style: { 'line-color': CHANGE_COLOURS.added, opacity: 1 },
    },
    {
      selector: 'edge[change = "removed"]',
      style: { 'line-color': CHANGE_COLOURS.removed, 'line-style': 'dashed', opacity: 0.8 },
    },
    { selector: 'edge.faint', style: { opacity: 0.12 } },
    { selector: '.faded', style: { opacity: 0.15 } },
    {
      selector: 'edge.highlighted',
      style: { 'line-color': LINK_COLOURS.highlight, opacity: 1, 'z-index': 5 },
    },
    {
      selector: 'node:selected',
      style: { 'border-color': LINK_COLOURS.highlight, 'border-width': 5, 'border-style': 'solid' },
    },
    { selector: 'edge:selected', style: { 'line-color': LINK_COLOURS.highlight, opacity: 1 } },
    { selector: '.hidden, .mode-hidden', style: { display: 'none' } },
  ];
}
