/**
 * Untrusted XML → a DOM document, strictly. A DOCTYPE or ENTITY declaration is refused before any
 * parsing (no entity expansion, no external references), then every tag is matched and the depth
 * and element count are capped in one linear pass (./xmlShape), before a DOM is built.
 * @xmldom/xmldom is used instead of the platform DOMParser so GEXF and GraphML parse the same way
 * on the main thread, in a worker and in node; every warning it reports is treated as an error.
 */
import { fail } from '../import/failure';
import { lineAt } from './decode';
import { checkXmlShape, type XmlLimits } from './xmlShape';

export async function parseXml(text: string, file: string, limits: XmlLimits): Promise<Document> {
  const doctype = /<!(DOCTYPE|ENTITY)/i.exec(text);
  if (doctype) fail({ code: 'xml-doctype', file, line: lineAt(text, doctype.index) });
  checkXmlShape(text, file, limits);
  const { DOMParser } = await import('@xmldom/xmldom');
  let problem: { line?: number; value: string } | null = null;
  // Stop at the first report: xmldom would otherwise try to recover, slowly, from every error
  // after a truncation.
  const report = (message: string) => {
    if (!problem) {
      const line = /line:(\d+)/.exec(message)?.[1];
      const value = message.replace(/^\[xmldom \w+\]\s*/, '').split('\n')[0] ?? '';
      problem = line ? { line: Number(line), value } : { value };
    }
    throw new Error(message);
  };
  let doc: Document | undefined;
  try {
    doc = new DOMParser({
      locator: {},
      errorHandler: { warning: report, error: report, fatalError: report },
    }).parseFromString(text, 'application/xml');
  } catch (e) {
    if (!problem) problem = { value: e instanceof Error ? e.message : String(e) };
  }
  if (problem || !doc?.documentElement) {
    fail({ code: 'xml-parse-error', file, ...(problem ?? { value: 'no root element' }) });
  }
  return doc as Document;
}

/** The 1-based source line of an element, where the parser recorded it. */
export const lineOf = (el: Element): number | undefined => {
  const line = (el as Element & { lineNumber?: number }).lineNumber;
  return typeof line === 'number' ? line : undefined;
};
