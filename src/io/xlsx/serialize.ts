/**
 * A map → an XLSX workbook with an actors and a collaborations sheet (named in the export
 * language), the same columns as CSV. write-excel-file's universal build is loaded on demand.
 * Every cell is text, formula-like text is escaped as in CSV, and characters XML cannot hold are
 * dropped.
 */
import type { Locale, MapDocument, Template } from '../../domain/types';
import { docToTables } from '../csv/rows';
import { escapeCell, xmlSafe } from '../text/cells';

export const SHEET_NAMES: Record<Locale, { actors: string; collaborations: string }> = {
  nb: { actors: 'Aktører', collaborations: 'Samarbeid' },
  en: { actors: 'Actors', collaborations: 'Collaborations' },
};

const cell = (value: string, header: boolean) =>
  value === ''
    ? null
    : {
        value: xmlSafe(escapeCell(value)),
        type: String,
        ...(header ? { fontWeight: 'bold' as const } : {}),
      };

export async function docToXlsx(
  doc: MapDocument,
  template: Template,
  locale: Locale,
): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const tables = docToTables(doc, template, locale);
  const sheet = (name: string, rows: string[][]) => ({
    sheet: name,
    data: rows.map((r, i) => r.map((v) => cell(v, i === 0))),
    stickyRowsCount: 1,
  });
  return writeXlsxFile([
    sheet(SHEET_NAMES[locale].actors, tables.actors),
    sheet(SHEET_NAMES[locale].collaborations, tables.collaborations),
  ]).toBlob();
}
