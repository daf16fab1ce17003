/**
 * Data exports: a backup of every map, one map as .samspill.json, CSV, XLSX, GEXF and GraphML.
 * Loaded on demand (it pulls in the format writers). Files are made here and handed to the
 * browser as downloads: nothing leaves the machine otherwise (docs/architecture.md).
 */
import type { Locale, MapDocument, Template } from '../../domain/types';
import {
  backupToJson,
  docToCsv,
  docToGexf,
  docToGraphml,
  docToXlsx,
  mapToJson,
  SHEET_NAMES,
} from '../../io/import';
import type { Session } from '../../state/session';
import { shippedTemplate } from '../../state/template';
import { downloadBlob } from '../common/download';
import { todayIso } from '../dates';
import type { DataFormat } from './dataFormats';

/** Chromium asks before a page's second download in a row; a pause keeps the pair together. */
const SECOND_DOWNLOAD_MS = 400;

const text = (content: string, type: string) => new Blob([content], { type });

/** Letters kept (æøå too), everything else a dash, then the date: "kulturskolen-2026-05-01". */
export function baseName(name: string, today: string): string {
  const slug = name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'samspill'}-${today}`;
}

/** Every map with its snapshots in one file; records the time, which quiets the reminder. */
export async function downloadBackup(
  session: Session,
  now: Date = new Date(),
): Promise<{ file: string; unreadable: string[] }> {
  const { maps, unreadable, raw } = await session.readAllMaps();
  const file = `samspill-backup-${todayIso(now)}.samspill.json`;
  // `raw`: the stored rows of maps that cannot be read or are not yet repaired, so none is lost.
  downloadBlob(
    text(backupToJson(maps, shippedTemplate(), now.toISOString(), raw), 'application/json'),
    file,
  );
  await session.markBackedUp(now.toISOString());
  return { file, unreadable };
}

/** The open map in one of the exchange formats; returns the names of the files downloaded. */
export async function downloadMap(
  format: Exclude<DataFormat, 'backup'>,
  doc: MapDocument,
  template: Template,
  locale: Locale,
  now: Date = new Date(),
): Promise<string[]> {
  const base = baseName(doc.map.name, todayIso(now));
  if (format === 'json') {
    downloadBlob(text(mapToJson(doc), 'application/json'), `${base}.samspill.json`);
    return [`${base}.samspill.json`];
  }
  if (format === 'csv') {
    const csv = docToCsv(doc, template, locale);
    const sheets = SHEET_NAMES[locale];
    const names = [
      `${baseName(`${doc.map.name} ${sheets.actors}`, todayIso(now))}.csv`,
      `${baseName(`${doc.map.name} ${sheets.collaborations}`, todayIso(now))}.csv`,
    ] as const;
    downloadBlob(text(csv.actors, 'text/csv;charset=utf-8'), names[0]);
    await new Promise((r) => setTimeout(r, SECOND_DOWNLOAD_MS));
    downloadBlob(text(csv.collaborations, 'text/csv;charset=utf-8'), names[1]);
    return [...names];
  }
  if (format === 'xlsx') {
    downloadBlob(await docToXlsx(doc, template, locale), `${base}.xlsx`);
    return [`${base}.xlsx`];
  }
  const xml = format === 'gexf' ? await docToGexf(doc) : await docToGraphml(doc);
  downloadBlob(text(xml, 'application/xml'), `${base}.${format}`);
  return [`${base}.${format}`];
}
