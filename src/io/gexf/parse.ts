/**
 * GEXF (Gephi, graphology, Kumu exports) → raw tables: node labels, attributes, viz positions and
 * colours (kept as the custom field `color`). The XML is checked and parsed by src/io/text/xml,
 * then checked and given safe keys by src/io/import/graphKeys, so graphology-gexf only maps a
 * well-formed document whose names cannot touch a prototype.
 */
import { fail } from '../import/failure';
import type { RawTable } from '../import/graph';
import { GRAPH_XML_LIMITS, graphTables, runGraphParser } from '../import/graphFile';
import { prepareGraphDoc } from '../import/graphKeys';
import { parseXml } from '../text/xml';

export async function gexfTables(text: string, file: string): Promise<RawTable[]> {
  const doc = await parseXml(text, file, GRAPH_XML_LIMITS);
  if (doc.documentElement.localName !== 'gexf') fail({ code: 'unknown-format', file });
  if (doc.getElementsByTagName('graph').length === 0) {
    fail({ code: 'invalid-graph', file, value: 'no <graph> element' });
  }
  const keys = prepareGraphDoc(doc, file, 'gexf');
  const [{ default: Graph }, gexf] = await Promise.all([
    import('graphology'),
    import('graphology-gexf'),
  ]);
  const graph = await runGraphParser(
    (source) => gexf.parse(Graph, source, { allowUndeclaredAttributes: true }),
    doc,
    file,
  );
  return graphTables(graph, file, keys);
}
