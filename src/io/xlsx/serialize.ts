/**
 * A map → an XLSX workbook with an actors and a collaborations sheet (named in the export
 * language), the same columns as CSV. write-excel-file's universal build is loaded on demand.
 * Every cell is a text cell, which Excel never reads as a formula, so `+47 …` and `=SUM(1)` are
 * written as they are; characters XML cannot hold are dropped.
 */
import type { Locale, MapDocument, Template } from '../../domain/types';
import { docToTables } from '../csv/rows';
import { escapeCell, unescapeCell, xmlSafe } from '../text/cells';
import { type Placeholders, placeholders } from './prototypeNames';

export const SHEET_NAMES: Record<Locale, { actors: string; collaborations: string }> = {
  nb: { actors: 'Aktører', collaborations: 'Samarbeid' },
  nn: { actors: 'Aktørar', collaborations: 'Samarbeid' },
  en: { actors: 'Actors', collaborations: 'Collaborations' },
};

/**
 * The text as typed. Import takes one apostrophe off before a formula character (CSV's escape, and
 * XLSX files from earlier versions); only a value it would change gets one more, to come back as is.
 */
const asText = (value: string) => (unescapeCell(value) === value ? value : escapeCell(value));

const cell = (value: string, header: boolean, names: Placeholders) =>
  value === ''
    ? null
    : {
        value: names.stand(asText(xmlSafe(value))),
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
  const names = placeholders((p) =>
    [tables.actors, tables.collaborations].some((t) => t.some((r) => r.some((v) => v.includes(p)))),
  );
  const sheet = (name: string, rows: string[][]) => ({
    sheet: name,
    data: rows.map((r, i) => r.map((v) => cell(v, i === 0, names))),
    stickyRowsCount: 1,
  });
  const workbook = await writeXlsxFile([
    sheet(SHEET_NAMES[locale].actors, tables.actors),
    sheet(SHEET_NAMES[locale].collaborations, tables.collaborations),
  ]).toBlob();
  return names.restore(workbook);
}
