/**
 * The gap analysis as CSV: one row per finding, with localised headers. UTF-8 with a byte-order
 * mark (so Excel reads æøå), CRLF line ends, RFC 4180 quoting by papaparse, and formula cells
 * escaped with a leading apostrophe (DESIGN.md §7).
 */
import Papa from 'papaparse';
import type { FocalLink, GapAnalysis } from '../../analysis/gap';
import { purposeLabel, sectorLabel, typeLabel } from '../../domain/template';
import type { Locale, MapDocument, Template } from '../../domain/types';
import { CSV_WORDS, type CsvWords } from './words';

export const CSV_BOM = '\uFEFF';
export const CSV_NEWLINE = '\r\n';

/** A cell that a spreadsheet would read as a formula gets a leading apostrophe. */
export function escapeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** dd.mm.yyyy in nb, dd/mm/yyyy in en (as the app's formatDate), from YYYY-MM-DD. */
export function csvDate(iso: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return locale === 'nb' ? `${m[3]}.${m[2]}.${m[1]}` : `${m[3]}/${m[2]}/${m[1]}`;
}

type Row = [
  kind: string,
  sector: string,
  type: string,
  status: string,
  actors: string,
  detail: string,
];

const percent = (share: number) => Math.round(share * 100);

export function gapFindingsToCsv(
  analysis: GapAnalysis,
  doc: MapDocument,
  template: Template,
  locale: Locale,
): string {
  const w = CSV_WORDS[locale];
  const rows = findingRows(analysis, doc, template, locale, w);
  const h = w.headers;
  const csv = Papa.unparse(
    {
      fields: [h.kind, h.sector, h.type, h.status, h.actors, h.detail],
      data: rows.map((row) => row.map(escapeFormula)),
    },
    { newline: CSV_NEWLINE, quotes: false, escapeFormulae: false },
  );
  return `${CSV_BOM}${csv}${CSV_NEWLINE}`;
}

function findingRows(
  a: GapAnalysis,
  doc: MapDocument,
  template: Template,
  locale: Locale,
  w: CsvWords,
): Row[] {
  const name = (id: string) => doc.actors[id]?.name ?? id;
  const names = (ids: readonly string[]) => ids.map(name).join('; ');
  const sector = (id: string) => sectorLabel(template, id, locale) ?? '';
  const type = (id: string) => typeLabel(template, id, locale) ?? '';
  const actorSector = (id: string) => sector(doc.actors[id]?.sectorId ?? '');
  const actorType = (id: string) => type(doc.actors[id]?.typeId ?? '');
  const link = (best: FocalLink | null) =>
    best
      ? w.bestLink(
          w.strength[best.strength],
          w.linkStatus[best.status],
          best.viaProjectId ? name(best.viaProjectId) : null,
        )
      : '';
  const rows: Row[] = [];

  rows.push([
    w.kinds.score,
    '',
    '',
    '',
    '',
    w.points(percent(a.score), a.weightCovered, a.weightTotal),
  ]);
  for (const s of a.sectorScores) {
    rows.push([
      w.kinds.sectorScore,
      sector(s.sectorId),
      '',
      '',
      '',
      w.points(percent(s.score), s.weightCovered, s.weightTotal),
    ]);
  }
  for (const t of a.types) {
    if (t.status === 'covered') continue;
    const detail = [w.weight(w.expectation[t.expectation], t.weight), link(t.best)]
      .filter(Boolean)
      .join('. ');
    rows.push([
      w.kinds.type,
      sector(t.sectorId),
      type(t.typeId),
      w.status[t.status],
      names(t.actorIds),
      detail,
    ]);
  }
  for (const p of a.purposeGaps) {
    rows.push([w.kinds.purpose, '', '', w.noActive, '', purposeLabel(template, p, locale)]);
  }
  const st = a.structure;
  for (const id of st.isolated) {
    rows.push([w.kinds.isolated, actorSector(id), actorType(id), '', name(id), w.isolated]);
  }
  for (const id of st.articulationPoints) {
    rows.push([w.kinds.articulation, actorSector(id), actorType(id), '', name(id), w.articulation]);
  }
  for (const b of st.bridges) {
    rows.push([w.kinds.bridge, '', '', '', names([b.a, b.b]), w.bridge(b.separated)]);
  }
  for (const o of st.overloadedResponsible) {
    rows.push([
      w.kinds.overloaded,
      '',
      '',
      '',
      '',
      w.overloaded(o.name, o.count, percent(o.share)),
    ]);
  }
  for (const s of st.stale) {
    rows.push([
      w.kinds.stale,
      '',
      '',
      w.active,
      names([s.sourceId, s.targetId]),
      w.stale(csvDate(s.lastDate, locale), s.monthsSince),
    ]);
  }
  for (const m of a.manageClosely) {
    const detail = [w.power(m.power, m.interest), link(m.best)].filter(Boolean).join('. ');
    rows.push([
      w.kinds.manage,
      actorSector(m.actorId),
      actorType(m.actorId),
      m.reason === 'weak' ? w.weakLink : w.noLink,
      name(m.actorId),
      detail,
    ]);
  }
  for (const s of a.suggestions) {
    rows.push([w.kinds.suggestion, '', '', '', names([s.sourceId, s.targetId]), s.explanation]);
  }
  return rows;
}
