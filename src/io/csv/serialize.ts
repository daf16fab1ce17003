/**
 * A map → two CSV files (actors, collaborations) in Kumu's convention: UTF-8 with a byte-order
 * mark so Excel reads æøå, CRLF line ends, RFC 4180 quoting by papaparse, formula cells escaped.
 */
import Papa from 'papaparse';
import type { Locale, MapDocument, Template } from '../../domain/types';
import { escapeCell } from '../text/cells';
import { docToTables } from './rows';

export const CSV_BOM = '\uFEFF';
export const CSV_NEWLINE = '\r\n';

export function tableToCsv(rows: readonly string[][]): string {
  const [fields = [], ...data] = rows.map((r) => r.map(escapeCell));
  const csv = Papa.unparse({ fields, data }, { newline: CSV_NEWLINE, escapeFormulae: false });
  return `${CSV_BOM}${csv}${CSV_NEWLINE}`;
}

export function docToCsv(
  doc: MapDocument,
  template: Template,
  locale: Locale,
): { actors: string; collaborations: string } {
  const tables = docToTables(doc, template, locale);
  return { actors: tableToCsv(tables.actors), collaborations: tableToCsv(tables.collaborations) };
}
