/**
 * GraphML (yEd, Gephi, graphology, Samspill) → raw tables, like GEXF: `label` names a node, `x`/`y`
 * data give its position, r/g/b a colour. Checked and parsed by src/io/text/xml, then checked and
 * given safe keys by src/io/import/graphKeys, before graphology-graphml reads it.
 */
import { fail } from '../import/failure';
import type { RawTable } from '../import/graph';
import { GRAPH_XML_LIMITS, graphTables, runGraphParser } from '../import/graphFile';
import { prepareGraphDoc } from '../import/graphKeys';
import { parseXml } from '../text/xml';

export async function graphmlTables(text: string, file: string): Promise<RawTable[]> {
  const doc = await parseXml(text, file, GRAPH_XML_LIMITS);
  if (doc.documentElement.localName !== 'graphml') fail({ code: 'unknown-format', file });
  if (doc.getElementsByTagName('graph').length === 0) {
    fail({ code: 'invalid-graph', file, value: 'no <graph> element' });
  }
  const keys = prepareGraphDoc(doc, file, 'graphml');
  const [{ default: Graph }, graphml] = await Promise.all([
    import('graphology'),
    import('graphology-graphml'),
  ]);
  const graph = await runGraphParser((source) => graphml.parse(Graph, source), doc, file);
  return graphTables(graph, file, keys);
}
