/**
 * Hostile GEXF and GraphML (issue 12, defects 3 and 4): prototype pollution through ids and
 * attribute names, unclosed and mismatched elements, deep nesting and element floods. Every file is
 * built here; after every test, the built-in objects a parser could write to must be as they were.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseImport } from '../../../src/io/import';
import { ImportFailure } from '../../../src/io/import/failure';
import { GRAPH_XML_LIMITS, runGraphParser } from '../../../src/io/import/graphFile';
import { prepareGraphDoc } from '../../../src/io/import/graphKeys';
import { checkXmlShape } from '../../../src/io/text/xmlShape';
import { template } from './arbitrary';
import { expectProblem, file, graphOf } from './helpers';

/** The built-ins graphology and its parsers have been seen writing to, by name. */
const BUILT_INS: [string, object][] = [
  ['Object.prototype', Object.prototype],
  ['Object', Object],
  ['Function.prototype', Function.prototype],
  ['Array.prototype', Array.prototype],
  ...Object.getOwnPropertyNames(Object.prototype)
    .filter((k) => k !== '__proto__' && typeof Reflect.get(Object.prototype, k) === 'function')
    .map((k): [string, object] => [`Object.prototype.${k}`, Reflect.get(Object.prototype, k)]),
];
const PROBES = ['polluted', 'previous', 'next', 'x', 'label', 'name', 'cast'];

function builtInState() {
  const own = BUILT_INS.map(([name, o]) => `${name}: ${Object.getOwnPropertyNames(o).join(',')}`);
  const plain: Record<string, unknown> = {};
  return { own, probes: PROBES.map((k) => plain[k]), proto: Object.getPrototypeOf(plain) };
}

let pristine: ReturnType<typeof builtInState>;
beforeAll(() => {
  pristine = builtInState();
});
afterEach(() => {
  const now = builtInState();
  expect(now.own).toEqual(pristine.own);
  expect(now.probes).toEqual(PROBES.map(() => undefined));
  expect(now.proto).toBe(Object.prototype);
});

/** 1-based line of the first occurrence of `needle`. */
const lineOf = (text: string, needle: string) => {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`not in the file: ${needle}`);
  return text.slice(0, at).split('\n').length;
};

const gexf = (nodes: string, edges = '', model = '') =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    '<graph defaultedgetype="undirected">',
    model,
    '<nodes>',
    nodes,
    '</nodes>',
    '<edges>',
    edges,
    '</edges>',
    '</graph>',
    '</gexf>',
  ].join('\n');

const graphml = (body: string, keys = '') =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    keys,
    '<graph edgedefault="undirected">',
    body,
    '</graph>',
    '</graphml>',
  ].join('\n');

const PAIR = '<node id="a" label="Kulturskolen"/>\n<node id="b" label="Biblioteket"/>';
const PARALLEL = '<edge id="e1" source="a" target="b"/>\n<edge id="e2" source="a" target="b"/>';

describe('defect 3: ids and names that reach a prototype are refused before graphology runs', () => {
  it('GEXF with parallel edges and a node and edge called __proto__ (the reported file)', async () => {
    const text = gexf(
      `${PAIR}\n<node id="__proto__" label="P"/>`,
      `${PARALLEL}\n<edge id="e3" source="a" target="__proto__"/>`,
    );
    const before = Object.getOwnPropertyNames(Object.prototype);
    await expectProblem([file('p.gexf', text)], {
      code: 'reserved-id',
      file: 'p.gexf',
      line: lineOf(text, '<node id="__proto__"'),
      field: 'id',
      value: '__proto__',
    });
    // Without the node: the edge's end is named as reserved, not as a missing actor.
    const edgeOnly = gexf(PAIR, `${PARALLEL}\n<edge id="e3" source="a" target="__proto__"/>`);
    await expectProblem([file('p.gexf', edgeOnly)], {
      code: 'reserved-id',
      line: lineOf(edgeOnly, 'id="e3"'),
      field: 'target',
      value: '__proto__',
    });
    expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(before);
    expect(({} as { previous?: unknown }).previous).toBeUndefined();
  });

  it('GraphML with <key for="__proto__"> and a default (the reported file)', async () => {
    const keys =
      '<key id="polluted" for="__proto__" attr.name="polluted" attr.type="string"><default>yes</default></key>';
    const text = graphml('<node id="a"/>\n<node id="b"/>\n<edge source="a" target="b"/>', keys);
    const before = Object.getOwnPropertyNames(Object.prototype);
    await expectProblem([file('p.graphml', text)], {
      code: 'reserved-attribute',
      file: 'p.graphml',
      line: lineOf(text, '<key id="polluted"'),
      field: 'for',
      value: '__proto__',
    });
    expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(before);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  const reservedCases: [string, string, string, string][] = [
    // [name, file text, what the line starts with, field]
    ['GEXF node id', gexf(`${PAIR}\n<node id="constructor"/>`), '<node id="constructor"', 'id'],
    [
      'GEXF edge id',
      gexf(PAIR, '<edge id="prototype" source="a" target="b"/>'),
      '<edge id="prototype"',
      'id',
    ],
    [
      'GEXF edge source',
      gexf(PAIR, '<edge id="e1" source="constructor" target="b"/>'),
      '<edge id="e1"',
      'source',
    ],
    [
      'GEXF <attribute id>',
      gexf(PAIR, '', '<attributes class="node"><attribute id="__proto__" title="x"/></attributes>'),
      '<attribute id',
      'id',
    ],
    [
      'GEXF <attribute title>',
      gexf(PAIR, '', '<attributes class="node"><attribute id="0" title="__proto__"/></attributes>'),
      '<attribute id',
      'title',
    ],
    [
      'GEXF <attvalue for>',
      gexf('<node id="a">\n<attvalues><attvalue for="constructor" value="1"/></attvalues></node>'),
      '<attvalues>',
      'for',
    ],
    [
      'GEXF <attvalue for> named like a method of {}',
      gexf('<node id="a">\n<attvalues><attvalue for="toString" value="1"/></attvalues></node>'),
      '<attvalues>',
      'for',
    ],
    [
      'GraphML <key id>',
      graphml('<node id="a"/>', '<key id="__proto__" for="node" attr.name="x"/>'),
      '<key id',
      'id',
    ],
    [
      'GraphML <key id> named like a method of {}',
      graphml('<node id="a"/>', '<key id="hasOwnProperty" for="node" attr.name="x"/>'),
      '<key id',
      'id',
    ],
    [
      'GraphML <key attr.name>',
      graphml('<node id="a"/>', '<key id="d0" for="node" attr.name="__proto__"/>'),
      '<key id',
      'attr.name',
    ],
    [
      'GraphML <data key>',
      graphml('<node id="a">\n<data key="constructor">x</data></node>'),
      '<data key',
      'key',
    ],
    [
      'GraphML edge target',
      graphml('<node id="a"/>\n<edge source="a" target="__proto__"/>'),
      '<edge source',
      'target',
    ],
  ];

  it.each(reservedCases)('%s is refused with its line', async (name, text, at, field) => {
    const ext = name.startsWith('GEXF') ? 'gexf' : 'graphml';
    const result = await parseImport([file(`r.${ext}`, text)], template);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toMatch(/^reserved-(id|attribute)$/);
    expect(result.error).toMatchObject({ file: `r.${ext}`, line: lineOf(text, at), field });
  });

  it('a GraphML key for something graphology has no model for is refused, not crashed on', async () => {
    const text = graphml('<node id="a"/>', '<key id="d0" for="toString" attr.name="x"/>');
    await expectProblem([file('f.graphml', text)], {
      code: 'invalid-graph',
      line: lineOf(text, '<key id="d0"'),
      field: 'for',
      value: 'toString',
    });
    const blank = graphml('<node id="a"/>', '<key id="d0" for="" attr.name="x"/>');
    await expectProblem([file('f.graphml', blank)], { code: 'invalid-graph', value: 'for=""' });
  });

  it.each(['toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'])(
    'nodes called %s, with parallel edges, import in both formats',
    async (id) => {
      const nodes = `${PAIR}\n<node id="${id}" label="Aktør ${id}"/>`;
      const edges = `${PARALLEL}\n<edge id="e3" source="a" target="${id}"/>\n<edge id="e4" source="${id}" target="b"/>`;
      const fromGexf = await graphOf([file('m.gexf', gexf(nodes, edges))]);
      const fromGraphml = await graphOf([
        file(
          'm.graphml',
          graphml(
            `<node id="a"/><node id="b"/><node id="${id}"/>\n<edge source="a" target="b"/><edge source="a" target="b"/><edge source="a" target="${id}"/><edge source="${id}" target="b"/>`,
          ),
        ),
      ]);
      for (const g of [fromGexf, fromGraphml]) {
        expect(g.actors.map((a) => a.sourceId)).toEqual(['a', 'b', id]);
        const key = (sourceId: string) => g.actors.find((a) => a.sourceId === sourceId)?.key;
        expect(g.collaborations.map((c) => [c.source, c.target])).toEqual([
          [key('a'), key('b')],
          [key('a'), key('b')],
          [key('a'), key(id)],
          [key(id), key('b')],
        ]);
      }
      expect(fromGexf.collaborations.map((c) => c.sourceId)).toEqual(['e1', 'e2', 'e3', 'e4']);
      expect(fromGraphml.collaborations.map((c) => c.sourceId)).toEqual([null, null, null, null]);
    },
  );

  it('an attribute one node has and another lacks is blank there, never a method of {}', async () => {
    const keys = '<key id="d0" for="node" attr.name="toString" attr.type="string"/>';
    const g = await graphOf([
      file(
        't.graphml',
        graphml('<node id="a"><data key="d0">ja</data></node>\n<node id="b"/>', keys),
      ),
    ]);
    const [a, b] = g.actors;
    expect(a?.custom).toMatchObject({ toString: 'ja' });
    expect(b?.custom === undefined || !Object.hasOwn(b.custom, 'toString')).toBe(true);
    expect(JSON.stringify(g.actors)).not.toContain('native code');
  });

  it('graphology with its own xmldom gets our checked document back as text', async () => {
    const text = gexf(`${PAIR}\n<node id="toString" label="T"/>`, PARALLEL);
    const { DOMParser } = await import('@xmldom/xmldom');
    const doc = new DOMParser().parseFromString(text, 'application/xml') as unknown as Document;
    const keys = prepareGraphDoc(doc, 's.gexf', 'gexf');
    expect([...keys.nodes.values()].map((n) => n.id)).toEqual(['a', 'b', 'toString']);
    const { default: Graph } = await import('graphology');
    const seen: string[] = [];
    await runGraphParser(
      (source) => {
        if (typeof source !== 'string') throw new Error('source should either be a XML document');
        seen.push(source);
        return new Graph();
      },
      doc,
      's.gexf',
    );
    expect(seen).toHaveLength(1);
    expect(seen[0]).toContain('<node id="n2" label="T"/>');
    expect(seen[0]).toContain('<edge id="e1" source="n0" target="n1"/>');
    expect(seen[0]).not.toContain('toString');
  });
});

describe('GraphML keys graphology cannot read', () => {
  it('yEd keys for ports and the document are set aside; a key for "all" serves nodes and edges', async () => {
    const keys = [
      '<key for="graphml" id="d0" yfiles.type="resources"/>',
      '<key for="port" id="d1" yfiles.type="portgraphics"/>',
      '<key for="all" id="d2" attr.name="Ansvarlig" attr.type="string"/>',
      '<key for="node" id="d3" attr.name="label" attr.type="string"/>',
    ].join('\n');
    const body = [
      '<node id="a"><data key="d3">Kulturskolen</data><data key="d2">Kari</data></node>',
      '<node id="b"><data key="d3">Biblioteket</data></node>',
      '<edge source="a" target="b"><data key="d2">Per</data></edge>',
    ].join('\n');
    const g = await graphOf([file('yed.graphml', graphml(body, keys))]);
    expect(g.actors.map((a) => a.name)).toEqual(['Kulturskolen', 'Biblioteket']);
    expect(g.actors[0]?.custom).toMatchObject({ Ansvarlig: 'Kari' });
    expect(g.collaborations).toHaveLength(1);
    // "Ansvarlig" is the collaboration's own field (responsible), and a custom field of an actor.
    expect(g.collaborations[0]).toMatchObject({ responsible: 'Per' });
  });
});

/** `count` edges that are opened and never closed, then the closing tags of a normal file. */
function unclosedEdges(count: number): string {
  const edges: string[] = [];
  for (let i = 0; i < count; i++) {
    edges.push(`<edge id="e${i}" source="a" target="b" label="Lenke ${i}">`);
  }
  return gexf(PAIR, edges.join('\n'));
}

/** One node whose `count` data elements are each opened and never closed, but for the last. */
function unclosedData(count: number): string {
  const data: string[] = [];
  for (let i = 0; i < count; i++) data.push(`<data key="label">Aktør ${i}`);
  return graphml(
    `<node id="a">\n${data.join('\n')}</data>\n</node>`,
    '<key id="label" for="node" attr.name="label" attr.type="string"/>',
  );
}

describe('defect 4: unclosed and mismatched elements are refused, naming the line', () => {
  it('4,000 unclosed <edge> in GEXF (about 235 KB)', async () => {
    const text = unclosedEdges(4000);
    expect(text.length).toBeGreaterThan(220_000);
    expect(text.length).toBeLessThan(260_000);
    const result = await expectProblem([file('u.gexf', text)], {
      code: 'xml-parse-error',
      file: 'u.gexf',
      line: lineOf(text, '<edge id="e0"'),
    });
    if (!result.ok) expect(result.error.value).toMatch(/^<edge> is not closed before <\/edges>/);
  });

  it('8,000 unclosed <data> in GraphML', async () => {
    const text = unclosedData(8000);
    const result = await expectProblem([file('u.graphml', text)], {
      code: 'xml-parse-error',
      line: lineOf(text, '<data key="label">Aktør 0'),
    });
    if (!result.ok) expect(result.error.value).toMatch(/^<data> is not closed before <\/node>/);
  });

  const broken: [string, string, string][] = [
    // [file text, where the fault is, what the message says]
    ['<graphml>\n<graph>\n<node id="a">\n</graph>\n</graphml>', '<node', 'is not closed'],
    ['<graphml>\n<graph>\n</node>\n</graph>\n</graphml>', '</node>', 'closes no open element'],
    ['<graphml>\n<graph>\n<node id="a"/>\n</graph>', '<graphml>', 'before the end of the file'],
    ['<graphml>\n<!-- <node id="x"/>\n<graph/>\n</graphml>', '<!--', 'unterminated comment'],
    ['<graphml>\n<graph>\n<node id="a\n</graph></graphml>', '<node', 'attribute value'],
    ['<graphml>\n<graph>\n<node id="a" <node id="b"/>\n</graph></graphml>', '<node', 'terminated'],
    ['<graphml>\n<graph/>\n</graphml>\n<graphml/>', '<graphml/>', 'after the root element'],
    ['<graphml>\n<graph>\n</graph >\n</graphml x>', '</graphml x>', 'malformed end tag'],
    ['<graphml>\n<graph><![CDATA[ x </graph>\n</graphml>', '<![CDATA[', 'unterminated CDATA'],
    ['<graphml>\n<graph/>\n<? pi\n</graphml>', '<?', 'processing instruction'],
  ];

  it.each(broken)('%j', async (text, at, message) => {
    const result = await expectProblem([file('b.graphml', text)], {
      code: 'xml-parse-error',
      line: lineOf(text, at),
    });
    if (!result.ok) expect(result.error.value).toContain(message);
  });

  it('comments, CDATA, processing instructions and ">" or "/>" inside quotes are not tags', async () => {
    const keys = [
      '<?xml-stylesheet href="x.xsl"?>',
      '<!-- <key id="nope"> is not a tag here -->',
      '<key id="d0" for="node" attr.name="label" attr.type="string"/>',
      '<key id="d1" for="node" attr.name="Merknad" attr.type="string"/>',
    ].join('\n');
    const body = [
      `<node id="a &gt; b" note='1 > 0 and "quoted"'><data key="d0">Kulturskolen</data>`,
      '<data key="d1"><![CDATA[<b>fet</b> </node>]]></data></node>',
      '<node id="c/>"><data key="d0">Biblioteket</data></node>',
      '<edge source="a &gt; b" target="c/>"/>',
    ].join('\n');
    const g = await graphOf([file('tricky.graphml', graphml(body, keys))]);
    expect(g.actors.map((a) => [a.sourceId, a.name])).toEqual([
      ['a > b', 'Kulturskolen'],
      ['c/>', 'Biblioteket'],
    ]);
    expect(g.actors[0]?.custom).toMatchObject({ Merknad: '<b>fet</b> </node>' });
    expect(g.collaborations).toHaveLength(1);
  });
});

describe('depth and element caps, before the graph parser runs', () => {
  /** A GraphML file whose deepest element is at `depth` (graphml 1, graph 2, node 3, data 4). */
  const nested = (depth: number) => {
    const extra = depth - 4;
    return graphml(
      `<node id="a"><data key="d0">${'<x>'.repeat(extra)}Kulturskolen${'</x>'.repeat(extra)}</data></node>`,
      '<key id="d0" for="node" attr.name="label" attr.type="string"/>',
    );
  };

  it(`${GRAPH_XML_LIMITS.maxDepth} levels import, one more is refused with the line`, async () => {
    expect(GRAPH_XML_LIMITS.maxDepth).toBe(32);
    const ok = await graphOf([file('deep.graphml', nested(32))]);
    expect(ok.actors.map((a) => a.name)).toEqual(['Kulturskolen']);
    const text = nested(33);
    await expectProblem([file('deep.graphml', text)], {
      code: 'xml-too-deep',
      file: 'deep.graphml',
      line: lineOf(text, '<node id="a">'),
      limit: 32,
    });
  });

  it('unclosed elements that also nest too deeply are reported as unclosed', async () => {
    const text = gexf(PAIR, '<edge id="e0" source="a" target="b">\n'.repeat(100));
    await expectProblem([file('u.gexf', text)], {
      code: 'xml-parse-error',
      line: lineOf(text, '<edge id="e0"'),
    });
  });

  it('the element cap comes from the actor and collaboration limits', async () => {
    expect(GRAPH_XML_LIMITS.maxElements).toBe((50_000 + 200_000) * 16);
    const flood = `<graphml><graph><node id="a">${'<y/>'.repeat(GRAPH_XML_LIMITS.maxElements)}</node></graph></graphml>`;
    await expectProblem([file('flood.graphml', flood)], {
      code: 'xml-too-many-elements',
      file: 'flood.graphml',
      line: 1,
      limit: GRAPH_XML_LIMITS.maxElements,
    });
  });

  it('the shape check counts every element, and stops at the first over a cap', () => {
    const text = '<a>\n<b/>\n<c><d/></c>\n<!-- <e/> -->\n</a>';
    const problem = (maxDepth: number, maxElements: number, maxMarkup = 10) => {
      try {
        checkXmlShape(text, 'k.xml', { maxDepth, maxElements, maxMarkup });
      } catch (e) {
        if (e instanceof ImportFailure) return e.problem;
        throw e;
      }
      return null;
    };
    expect(checkXmlShape(text, 'k.xml', { maxDepth: 2, maxElements: 4, maxMarkup: 1 })).toBe(4);
    expect(problem(2, 3)).toMatchObject({ code: 'xml-too-many-elements', line: 3, limit: 3 });
    expect(problem(1, 4)).toMatchObject({ code: 'xml-too-deep', line: 3, limit: 1 });
    // The one comment is over a cap of none.
    expect(problem(2, 4, 0)).toMatchObject({ code: 'xml-too-many-elements', line: 4, limit: 0 });
  });

  it('a flood of comments or processing instructions is refused before xmldom builds it', async () => {
    const flood = (piece: string) =>
      gexf(`${PAIR}\n${piece.repeat(GRAPH_XML_LIMITS.maxMarkup + 1)}`, '');
    for (const piece of ['<!-- -->', '<?x?>']) {
      await expectProblem([file('flom.gexf', flood(piece))], {
        code: 'xml-too-many-elements',
        file: 'flom.gexf',
        limit: GRAPH_XML_LIMITS.maxMarkup,
      });
    }
  });

  it('"<" inside an attribute value is refused with its line, as XML requires', async () => {
    const text = gexf(`${PAIR}\n<node id="c" label="a <![CDATA[x]]> b"/>`, '');
    const result = await expectProblem([file('lt.gexf', text)], {
      code: 'xml-parse-error',
      file: 'lt.gexf',
    });
    if (!result.ok) expect(result.error.value).toMatch(/attribute value of <node>/);
  });

  it('a crash inside the graph parser is "cannot read", never its TypeError', async () => {
    const { DOMParser } = await import('@xmldom/xmldom');
    const doc = new DOMParser().parseFromString(
      '<gexf/>',
      'application/xml',
    ) as unknown as Document;
    const crash = () => {
      throw new TypeError("Cannot read properties of undefined (reading 'toLowerCase')");
    };
    const own = () => {
      throw new Error('graphology-gexf: unknown edge type');
    };
    const problem = async (parse: () => never) => {
      try {
        await runGraphParser(parse, doc, 'k.gexf');
      } catch (e) {
        if (e instanceof ImportFailure) return e.problem;
        throw e;
      }
      return null;
    };
    expect(await problem(crash)).toEqual({ code: 'graph-unreadable', file: 'k.gexf' });
    expect(await problem(own)).toEqual({
      code: 'invalid-graph',
      file: 'k.gexf',
      value: 'graphology-gexf: unknown edge type',
    });
  });
});

describe('legitimate graph files still import', () => {
  const fixture = (name: string) =>
    readFileSync(new URL(`../../fixtures/io/${name}`, import.meta.url));

  it('the 80-actor GraphML, the Gephi GEXF and the yEd GraphML', async () => {
    const kommune = await graphOf([file('kommune80.graphml', fixture('kommune80.graphml'))]);
    expect(kommune.actors).toHaveLength(80);
    expect(kommune.collaborations).toHaveLength(250);
    expect(kommune.actors[0]).toMatchObject({ sourceId: 'n0', name: 'Fjordvik kulturskole' });
    const gephi = await graphOf([file('gephi.gexf', fixture('gephi.gexf'))]);
    expect(gephi.actors).toHaveLength(3);
    const yed = await graphOf([file('yed.graphml', fixture('yed.graphml'))]);
    expect(yed.actors).toHaveLength(2);
  });

  it('a GEXF whose edges have no ids: the ID is left blank, the line is kept', async () => {
    const text = gexf(PAIR, '<edge source="a" target="b" label="Lesestund"/>');
    const g = await graphOf([file('n.gexf', text)]);
    expect(g.collaborations).toMatchObject([
      { sourceId: null, label: 'Lesestund', origin: { line: lineOf(text, '<edge source') } },
    ]);
  });

  it('two edges with the same id are refused with the line of the second', async () => {
    const text = gexf(PAIR, PARALLEL.replace('id="e2"', 'id="e1"'));
    await expectProblem([file('d.gexf', text)], {
      code: 'duplicate-id',
      line: lineOf(text, '<edge id="e1"') + 1,
      value: 'e1',
    });
  });
});
