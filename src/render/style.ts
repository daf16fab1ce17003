import type { StylesheetJson } from 'cytoscape';
import {
  FOCAL_FONT_SIZE,
  LABEL_FONT_FAMILY,
  LABEL_FONT_SIZE,
  LABEL_MARGIN,
  LABEL_MAX_WIDTH,
} from './nodeGeometry';
import { LINK_COLOURS } from './palette';

/** Edge width by strength: weak, medium, strong. */
const WIDTH = 'mapData(strength, 1, 3, 1.5, 6)';

export function mapStyle(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(colour)',
        width: 'data(size)',
        height: 'data(size)',
        label: 'data(label)',
        'font-family': LABEL_FONT_FAMILY,
        'font-size': LABEL_FONT_SIZE,
        'font-weight': 600,
        color: '#15151a',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': LABEL_MARGIN,
        'text-wrap': 'wrap',
        'text-max-width': `${LABEL_MAX_WIDTH}px`,
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'text-outline-opacity': 0.85,
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
        'font-size': FOCAL_FONT_SIZE,
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
        'line-color': LINK_COLOURS.active,
        'curve-style': 'haystack',
        'haystack-radius': 0,
        opacity: 0.75,
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
    { selector: '.hidden', style: { display: 'none' } },
  ];
}
