/**
 * GEXF (Gephi, graphology, Kumu exports) → raw tables: node labels, attributes, viz positions and
 * colours (kept as the custom field `color`). The XML is checked and parsed by src/io/text/xml
 * first, so graphology-gexf only maps a well-formed document.
 */
import { fail } from '../import/failure';
import type { RawTable } from '../import/graph';
import { checkGraphXml, graphTables } from '../import/graphFile';
import { parseXml } from '../text/xml';

export async function gexfTables(text: string, file: string): Promise<RawTable[]> {
  const doc = await parseXml(text, file);
  if (doc.documentElement.localName !== 'gexf') fail({ code: 'unknown-format', file });
  const lines = checkGraphXml(doc, file);
  const [{ default: Graph }, gexf] = await Promise.all([
    import('graphology'),
    import('graphology-gexf'),
  ]);
  const options = { allowUndeclaredAttributes: true };
  try {
    let graph: InstanceType<typeof Graph>;
    try {
      graph = gexf.parse(Graph, doc, options);
    } catch (e) {
      // A bundler may give graphology-gexf its own copy of xmldom: then it parses the text itself.
      if (!(e instanceof Error && /source should/.test(e.message))) throw e;
      graph = gexf.parse(Graph, text, options);
    }
    return graphTables(graph, file, lines);
  } catch (e) {
    return fail({ code: 'invalid-graph', file, value: e instanceof Error ? e.message : String(e) });
  }
}
