/**
 * GEXF and GraphML share this: the caps on their XML, graphology run on a document that
 * ./graphKeys has checked and given keys of our own, and a graphology graph → actors and
 * collaborations tables whose headers are the attribute names, so they go through the same column
 * aliases as CSV.
 */
import type Graph from 'graphology';
import { LIMITS } from '../../schema/limits';
import { joinValues } from '../text/cells';
import type { XmlLimits } from '../text/xmlShape';
import { fail, ImportFailure } from './failure';
import type { RawTable } from './graph';
import type { GraphKeys } from './graphKeys';
import type { Origin } from './types';

/**
 * A graph file is about 6 levels deep (yEd's node graphics 8, each nested group 2 more). The
 * element cap allows every actor and collaboration the limits do, each with 15 data or attvalue
 * children, while a file of millions of empty elements is refused before xmldom builds its DOM.
 */
export const GRAPH_XML_LIMITS: XmlLimits = {
  maxDepth: 32,
  maxMarkup: 10_000,
  maxElements: (LIMITS.actors + LIMITS.collaborations) * 16,
};

/**
 * graphology's parser on our checked document. A bundler may give the parser its own xmldom,
 * which does not take our Document: then it gets the document back as text, so it still reads
 * only what the checks let through.
 */
export async function runGraphParser(
  parse: (source: Document | string) => Graph,
  doc: Document,
  file: string,
): Promise<Graph> {
  try {
    try {
      return parse(doc);
    } catch (e) {
      if (!(e instanceof Error && /source should/.test(e.message))) throw e;
      const { XMLSerializer } = await import('@xmldom/xmldom');
      return parse(new XMLSerializer().serializeToString(doc as never));
    }
  } catch (e) {
    return graphParserProblem(file, e);
  }
}

/**
 * The parser's own complaint names what is wrong; a crash inside it (a TypeError on a shape it
 * did not expect) means nothing to a user, so it gets the general "cannot read" advice instead.
 */
function graphParserProblem(file: string, e: unknown): never {
  if (e instanceof ImportFailure) throw e;
  const crash = e instanceof TypeError || e instanceof RangeError || e instanceof ReferenceError;
  if (crash || !(e instanceof Error) || !e.message) fail({ code: 'graph-unreadable', file });
  return fail({ code: 'invalid-graph', file, value: (e as Error).message });
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

/** The attributes graphology collected, copied onto an object with no prototype. */
function ownAttributes(attrs: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = Object.create(null);
  for (const k of Object.keys(attrs)) out[k] = attrs[k];
  return out;
}

const originOf = (file: string, line: number | undefined): Origin =>
  line === undefined ? { file } : { file, line };

/** Graph y grows upwards in Gephi and downwards on screen, so y is negated both ways. */
export function graphTables(graph: Graph, file: string, keys: GraphKeys): RawTable[] {
  const idOf = (key: string) => keys.nodes.get(key)?.id ?? key;
  const nodes = graph.mapNodes((key, attrs) => {
    const x = num(attrs.x);
    const y = num(attrs.y);
    const position = x !== undefined && y !== undefined ? [String(x), String(0 - y)] : ['', ''];
    const id = idOf(key);
    const label = typeof attrs.label === 'string' && attrs.label.trim() ? attrs.label : id;
    return {
      fixed: [id, label, ...position],
      attrs: ownAttributes(attrs),
      origin: originOf(file, keys.nodes.get(key)?.line),
    };
  });
  const edges = graph.mapEdges((key, attrs, source, target) => {
    const edge = keys.edges.get(key);
    return {
      fixed: [
        edge?.id ?? '',
        idOf(source),
        idOf(target),
        typeof attrs.label === 'string' ? attrs.label : '',
      ],
      attrs: ownAttributes(attrs),
      origin: originOf(file, edge?.line),
    };
  });
  return [
    table('actors', file, ['ID', 'Label', 'X', 'Y'], nodes),
    table('collaborations', file, ['ID', 'From', 'To', 'Label'], edges),
  ];
}
