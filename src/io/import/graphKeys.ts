/**
 * A parsed GEXF or GraphML document, checked and made safe for graphology before it runs.
 * graphology and its GEXF/GraphML parsers index plain objects by node ids and attribute names, so
 * a node called `toString` or `__proto__`, or `<key for="__proto__">`, writes onto built-in
 * objects. Here every node and edge gets a key of our own (`n0`, `e0`, …; the file's ids are kept
 * beside them), reserved names are refused with their line, and GraphML keys for things graphology
 * does not read are set aside.
 */
import { LIMITS } from '../../schema/limits';
import { isReservedKey } from '../text/cells';
import { lineOf } from '../text/xml';
import { fail } from './failure';

export type GraphFormat = 'gexf' | 'graphml';

/** What the file called a node or edge, and where; keyed by the key graphology is given. */
export interface FileRecord {
  id: string;
  line: number | undefined;
}

export interface GraphKeys {
  nodes: Map<string, FileRecord>;
  edges: Map<string, FileRecord>;
}

/** Names a parser looks up in a plain object: one that `{}` already has would be found there. */
const isLookupUnsafe = (name: string) => isReservedKey(name) || name in Object.prototype;

/**
 * The elements with these tag names, in document order, from one walk of the tree: what
 * `getElementsByTagName` (which graphology uses) finds, without a traversal for each name.
 */
function collect(doc: Document, tags: readonly string[]): Map<string, Element[]> {
  const out = new Map(tags.map((tag) => [tag, [] as Element[]]));
  const root = doc.documentElement;
  let at: Node | null = root;
  while (at) {
    if (at.nodeType === 1) out.get((at as Element).tagName)?.push(at as Element);
    if (at.firstChild) {
      at = at.firstChild;
      continue;
    }
    while (at && at !== root && !at.nextSibling) at = at.parentNode;
    at = at && at !== root ? at.nextSibling : null;
  }
  return out;
}

const TAGS = {
  gexf: ['node', 'edge', 'attribute', 'attvalue'],
  graphml: ['node', 'edge', 'key', 'data'],
} as const;

export function prepareGraphDoc(doc: Document, file: string, format: GraphFormat): GraphKeys {
  const found = collect(doc, TAGS[format]);
  const of = (tag: string) => found.get(tag) ?? [];
  const nodes = of('node');
  const edges = of('edge');
  if (nodes.length > LIMITS.actors) fail({ code: 'too-many-actors', file, limit: LIMITS.actors });
  if (edges.length > LIMITS.collaborations) {
    fail({ code: 'too-many-collaborations', file, limit: LIMITS.collaborations });
  }
  // Node and edge ids are refused as ids; names in the attribute model as attribute names.
  const refuse: Refuse = (el, field, unsafe) => {
    const value = el.getAttribute(field);
    if (value !== null && unsafe(value)) {
      const code =
        el.localName === 'node' || el.localName === 'edge' ? 'reserved-id' : 'reserved-attribute';
      fail({ code, file, line: lineOf(el), field, value });
    }
  };
  if (format === 'gexf') checkGexfNames(of('attribute'), of('attvalue'), refuse);
  else checkGraphmlKeys(of('key'), of('data'), file, refuse);

  const keys: GraphKeys = { nodes: new Map(), edges: new Map() };
  const byId = new Map<string, string>();
  for (const [i, el] of nodes.entries()) {
    const line = lineOf(el);
    refuse(el, 'id', isReservedKey);
    const id = el.getAttribute('id') ?? '';
    if (!id) fail({ code: 'missing-id', file, line, field: 'id' });
    if (byId.has(id)) fail({ code: 'duplicate-id', file, line, field: 'id', value: id });
    const key = `n${i}`;
    byId.set(id, key);
    keys.nodes.set(key, { id, line });
    el.setAttribute('id', key);
  }
  const edgeIds = new Set<string>();
  for (const [i, el] of edges.entries()) {
    const line = lineOf(el);
    for (const field of ['id', 'source', 'target']) refuse(el, field, isReservedKey);
    for (const field of ['source', 'target']) {
      const value = el.getAttribute(field) ?? '';
      if (!value) fail({ code: 'empty-end', file, line, field });
      const key = byId.get(value);
      if (key === undefined) fail({ code: 'missing-node', file, line, field, value });
      el.setAttribute(field, key as string);
    }
    const id = el.getAttribute('id') ?? '';
    if (id && edgeIds.has(id)) fail({ code: 'duplicate-id', file, line, field: 'id', value: id });
    if (id) edgeIds.add(id);
    const key = `e${i}`;
    keys.edges.set(key, { id, line });
    el.setAttribute('id', key);
  }
  return keys;
}

type Refuse = (el: Element, field: string, unsafe: (v: string) => boolean) => void;

/** `<attribute id|for title>` declares a name, `<attvalue for|id>` looks one up. */
function checkGexfNames(attributes: Element[], values: Element[], refuse: Refuse) {
  for (const el of attributes) {
    refuse(el, 'id', isLookupUnsafe);
    refuse(el, 'for', isLookupUnsafe);
    refuse(el, 'title', isReservedKey);
  }
  for (const el of values) {
    refuse(el, 'for', isLookupUnsafe);
    refuse(el, 'id', isLookupUnsafe);
  }
}

/** graphology-graphml keeps a model for each `for` it knows; GraphML allows these too. */
const GRAPHML_FOR = new Set(['graph', 'node', 'edge']);
const GRAPHML_FOR_UNREAD = new Set(['graphml', 'hyperedge', 'port', 'endpoint']);

/**
 * `<key id for attr.name>` declares a data name, `<data key>` looks one up. A key `for="all"`
 * becomes one key each for the graph, nodes and edges; keys for ports and the like (yEd writes
 * them) are removed, since graphology would fail on them and Samspill has no use for them.
 */
function checkGraphmlKeys(keys: Element[], data: Element[], file: string, refuse: Refuse) {
  for (const el of keys) {
    refuse(el, 'id', isLookupUnsafe);
    refuse(el, 'for', isReservedKey);
    refuse(el, 'attr.name', isReservedKey);
    const target = el.getAttribute('for');
    if (target === null || GRAPHML_FOR.has(target)) continue;
    const parent = el.parentNode;
    if (target === 'all' && parent) {
      for (const kind of GRAPHML_FOR) {
        const copy = el.cloneNode(true) as Element;
        copy.setAttribute('for', kind);
        parent.insertBefore(copy, el);
      }
    } else if (!GRAPHML_FOR_UNREAD.has(target)) {
      // An empty value would leave the message with nothing to quote.
      const value = target === '' ? 'for=""' : target;
      fail({ code: 'invalid-graph', file, line: lineOf(el), field: 'for', value });
    }
    parent?.removeChild(el);
  }
  for (const el of data) refuse(el, 'key', isLookupUnsafe);
}
