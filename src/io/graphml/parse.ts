/**
 * GraphML (yEd, Gephi, graphology, Samspill) → raw tables, like GEXF: `label` names a node, `x`/`y`
 * data give its position, r/g/b a colour. Checked and parsed by src/io/text/xml first.
 */
import { fail } from '../import/failure';
import type { RawTable } from '../import/graph';
import { checkGraphXml, graphTables } from '../import/graphFile';
import { parseXml } from '../text/xml';

export async function graphmlTables(text: string, file: string): Promise<RawTable[]> {
  const doc = await parseXml(text, file);
  if (doc.documentElement.localName !== 'graphml') fail({ code: 'unknown-format', file });
  if (doc.getElementsByTagName('graph').length === 0) {
    fail({ code: 'invalid-graph', file, value: 'no <graph> element' });
  }
  const lines = checkGraphXml(doc, file);
  const [{ default: Graph }, graphml] = await Promise.all([
    import('graphology'),
    import('graphology-graphml'),
  ]);
  try {
    let graph: InstanceType<typeof Graph>;
    try {
      graph = graphml.parse(Graph, doc);
    } catch (e) {
      // A bundler may give graphology-graphml its own copy of xmldom: then it parses the text.
      if (!(e instanceof Error && /source should/.test(e.message))) throw e;
      graph = graphml.parse(Graph, text);
    }
    return graphTables(graph, file, lines);
  } catch (e) {
    return fail({ code: 'invalid-graph', file, value: e instanceof Error ? e.message : String(e) });
  }
}
