/**
 * A map → GraphML with `<key>` declarations (opens in Gephi and yEd). graphology-graphml has no
 * writer, so the document is built with DOM APIs (createDocument, createElementNS, XMLSerializer),
 * never by string concatenation. xmldom provides them, so this also runs in a worker and in node.
 * Data values are element text, where XML reads a CR as a line feed: line breaks come back as LF.
 */
import type { MapDocument } from '../../domain/types';
import {
  type AttributeValue,
  actorAttributes,
  collaborationAttributes,
  flipY,
} from '../gexf/attributes';
import { xmlSafe } from '../text/cells';

const NS = 'http://graphml.graphdrawing.org/xmlns';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const TYPES = new Map([
  ['power', 'int'],
  ['interest', 'int'],
  ['strength', 'int'],
  ['pinned', 'boolean'],
  ['x', 'double'],
  ['y', 'double'],
  ['weight', 'double'],
]);

type Item = { id: string; ends?: [string, string]; data: [string, AttributeValue][] };

export async function docToGraphml(doc: MapDocument): Promise<string> {
  const { DOMImplementation, XMLSerializer } = await import('@xmldom/xmldom');
  const xml = new DOMImplementation().createDocument(NS, 'graphml', null);
  const root = xml.documentElement;
  root.setAttributeNS(XSI, 'xsi:schemaLocation', `${NS} ${NS}/1.0/graphml.xsd`);
  const el = (parent: Element, name: string, attrs: Record<string, string>, text?: string) => {
    const e = xml.createElementNS(NS, name);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    if (text !== undefined) e.appendChild(xml.createTextNode(text));
    parent.appendChild(xml.createTextNode('\n'));
    parent.appendChild(e);
    return e;
  };

  const nodes: Item[] = Object.values(doc.actors).map((a) => ({
    id: a.id,
    data: [
      ['label', xmlSafe(a.name)],
      ...(a.position
        ? ([
            ['x', a.position.x],
            ['y', flipY(a.position.y)],
          ] as [string, number][])
        : []),
      ...Object.entries(actorAttributes(a)),
    ],
  }));
  const edges: Item[] = Object.values(doc.collaborations).map((c) => ({
    id: c.id,
    ends: [c.sourceId, c.targetId],
    data: [
      ...(c.label ? ([['label', xmlSafe(c.label)]] as [string, string][]) : []),
      ['weight', c.strength],
      ...Object.entries(collaborationAttributes(c)),
    ],
  }));

  const keys = { node: declare(nodes, 'n'), edge: declare(edges, 'e') };
  for (const domain of ['node', 'edge'] as const) {
    for (const [name, id] of keys[domain]) {
      el(root, 'key', {
        id,
        for: domain,
        'attr.name': name,
        'attr.type': TYPES.get(name) ?? 'string',
      });
    }
  }
  const graph = el(root, 'graph', { id: 'G', edgedefault: 'undirected' });
  const write = (item: Item, domain: 'node' | 'edge') => {
    const attrs: Record<string, string> = { id: item.id };
    if (item.ends) Object.assign(attrs, { source: item.ends[0], target: item.ends[1] });
    const e = el(graph, domain, attrs);
    for (const [name, value] of item.data) {
      el(e, 'data', { key: keys[domain].get(name) ?? name }, String(value));
    }
  };
  for (const n of nodes) write(n, 'node');
  for (const e of edges) write(e, 'edge');
  graph.appendChild(xml.createTextNode('\n'));
  root.appendChild(xml.createTextNode('\n'));
  const body = new XMLSerializer().serializeToString(xml);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body}\n`;
}

/** Attribute name → key id (`n0`, `n1`, … or `e0`, …), in order of first use. */
function declare(items: readonly Item[], prefix: string): Map<string, string> {
  const keys = new Map<string, string>();
  for (const item of items) {
    for (const [name] of item.data) if (!keys.has(name)) keys.set(name, `${prefix}${keys.size}`);
  }
  return keys;
}
