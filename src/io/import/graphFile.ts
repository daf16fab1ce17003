/**
 * GEXF and GraphML share this: a structural check of the XML (ids, dangling edges, counts, with
 * line numbers, before graphology sees it), and a graphology graph → actors and collaborations
 * tables whose headers are the attribute names, so they go through the same column aliases as CSV.
 */
import type Graph from 'graphology';
import { LIMITS } from '../../schema/limits';
import { joinValues } from '../text/cells';
import { lineOf } from '../text/xml';
import { fail } from './failure';
import type { RawTable } from './graph';
import type { Origin } from './types';

export type Lines = { nodes: Map<string, number | undefined>; edges: Map<string, number> };

export function checkGraphXml(doc: Document, file: string): Lines {
  const nodes = doc.getElementsByTagName('node');
  const edges = doc.getElementsByTagName('edge');
  if (nodes.length > LIMITS.actors) fail({ code: 'too-many-actors', file, limit: LIMITS.actors });
  if (edges.length > LIMITS.collaborations) {
    fail({ code: 'too-many-collaborations', file, limit: LIMITS.collaborations });
  }
  const lines: Lines = { nodes: new Map(), edges: new Map() };
  for (let i = 0; i < nodes.length; i++) {
    const el = nodes[i] as Element;
    const id = el.getAttribute('id');
    const line = lineOf(el);
    if (!id) fail({ code: 'missing-id', file, line, field: 'id' });
    if (lines.nodes.has(id as string)) {
      fail({ code: 'duplicate-id', file, line, field: 'id', value: id as string });
    }
    lines.nodes.set(id as string, line);
  }
  for (let i = 0; i < edges.length; i++) {
    const el = edges[i] as Element;
    const line = lineOf(el);
    for (const field of ['source', 'target']) {
      const value = el.getAttribute(field) ?? '';
      if (!lines.nodes.has(value)) fail({ code: 'missing-node', file, line, field, value });
    }
    const id = el.getAttribute('id');
    if (id && line !== undefined) lines.edges.set(id, line);
  }
  return lines;
}

/** Drawing hints we have no field for; colour is kept as a custom field. */
const DROPPED = new Set(['x', 'y', 'z', 'size', 'shape', 'thickness', 'label']);

function cellOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value) || value instanceof Set) return joinValues([...value].map(String));
  if (typeof value === 'object') return '';
  return String(value);
}

function table(
  kind: RawTable['kind'],
  file: string,
  fixed: string[],
  items: { fixed: string[]; attrs: Record<string, unknown>; origin: Origin }[],
): RawTable {
  const names: string[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    for (const k of Object.keys(item.attrs)) {
      if (DROPPED.has(k) || seen.has(k)) continue;
      seen.add(k);
      names.push(k);
    }
  }
  return {
    kind,
    origin: { file },
    headers: [...fixed, ...names],
    rows: items.map((item) => ({
      cells: [...item.fixed, ...names.map((n) => cellOf(item.attrs[n]))],
      origin: item.origin,
    })),
  };
}

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** Graph y grows upwards in Gephi and downwards on screen, so y is negated both ways. */
export function graphTables(graph: Graph, file: string, lines: Lines): RawTable[] {
  const nodes = graph.mapNodes((key, attrs) => {
    const x = num(attrs.x);
    const y = num(attrs.y);
    const position = x !== undefined && y !== undefined ? [String(x), String(0 - y)] : ['', ''];
    const label = typeof attrs.label === 'string' && attrs.label.trim() ? attrs.label : key;
    const line = lines.nodes.get(key);
    return {
      fixed: [key, label, ...position],
      attrs,
      origin: line === undefined ? { file } : { file, line },
    };
  });
  const edges = graph.mapEdges((key, attrs, source, target) => {
    const line = lines.edges.get(key);
    return {
      fixed: [key, source, target, typeof attrs.label === 'string' ? attrs.label : ''],
      attrs,
      origin: line === undefined ? { file } : { file, line },
    };
  });
  return [
    table('actors', file, ['ID', 'Label', 'X', 'Y'], nodes),
    table('collaborations', file, ['ID', 'From', 'To', 'Label'], edges),
  ];
}
