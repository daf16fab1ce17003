/**
 * The gap analysis as CSV: one row per finding, with localised headers. UTF-8 with a byte-order
 * mark (so Excel reads æøå), CRLF line ends, RFC 4180 quoting by papaparse, and formula cells
 * escaped with a leading apostrophe (docs/architecture.md).
 */
import Papa from 'papaparse';
import type { FocalLink, GapAnalysis, Suggestion } from '../../analysis/gap';
import { purposeLabel, sectorLabel, typeLabel } from '../../domain/template';
import type { Locale, MapDocument, Template } from '../../domain/types';
import { type CsvTranslate, type CsvWords, csvWords } from './words';

export const CSV_BOM = '\uFEFF';
export const CSV_NEWLINE = '\r\n';

/** A cell that a spreadsheet would read as a formula gets a leading apostrophe. */
export function escapeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** dd.mm.yyyy in nb and nn, dd/mm/yyyy in en (as the app's formatDate), from YYYY-MM-DD. */
export function csvDate(iso: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return locale === 'en' ? `${m[3]}/${m[2]}/${m[1]}` : `${m[3]}.${m[2]}.${m[1]}`;
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
  /** The app's `t` in that locale: every word of the CSV comes from its messages. */
  t: CsvTranslate,
  /** The suggestion's sentences, worded by the UI from the same i18n keys as the panel. */
  suggestionText: (s: Suggestion) => string = () => '',
): string {
  const w = csvWords(t);
  const rows = [
    ...findingRows(analysis, doc, template, locale, w),
    ...suggestionRows(analysis, doc, template, locale, w, suggestionText),
  ];
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
  const plan = (typeId: string) => {
    const link = doc.map.planLinks.find((l) => l.typeId === typeId);
    const p = link && doc.map.plans.find((x) => x.id === link.planId);
    return link && p ? w.planGoal(p.name, link.goal) : '';
  };
  for (const t of a.types) {
    if (t.status === 'covered' || t.notRelevant) continue;
    const detail = [w.weight(w.expectation[t.expectation], t.weight), link(t.best), plan(t.typeId)]
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
  for (const t of a.types.filter((x) => x.notRelevant)) {
    rows.push([w.kinds.notRelevant, sector(t.sectorId), type(t.typeId), '', '', w.notCounted]);
  }
  for (const t of a.owner) {
    const detail = [w.notCounted, link(t.best)].filter(Boolean).join('. ');
    rows.push([
      w.kinds.owner,
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
  for (const v of st.vulnerable) {
    const cut = w.cutOff(v.cutOff.map(name).join(', '), v.cutOffCount - v.cutOff.length);
    rows.push(
      v.kind === 'actor'
        ? [
            w.kinds.articulation,
            actorSector(v.actorId),
            actorType(v.actorId),
            '',
            name(v.actorId),
            cut,
          ]
        : [w.kinds.bridge, '', '', '', names([v.a, v.b]), cut],
    );
  }
  for (const o of st.overloadedResponsible) {
    rows.push([
      w.kinds.overloaded,
      '',
      '',
      '',
      '',
      w.overloaded(o.name, o.count, o.total, percent(o.share)),
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
  for (const s of st.stalled) {
    rows.push([
      w.kinds.stalled,
      '',
      '',
      w.linkStatus[s.status],
      names([s.sourceId, s.targetId]),
      w.stalled(w.linkStatus[s.status], csvDate(s.lastDate, locale), s.monthsSince),
    ]);
  }
  for (const m of a.stakeholders) {
    const detail = [w.power(m.power, m.interest), link(m.best)].filter(Boolean).join('. ');
    rows.push([
      w.kinds.advice[m.advice],
      actorSector(m.actorId),
      actorType(m.actorId),
      m.reason === 'weak' ? w.weakLink : w.noLink,
      name(m.actorId),
      detail,
    ]);
  }
  return rows;
}

/** Gap suggestions name their sector, type and status; pairs name their two actors. */
function suggestionRows(
  a: GapAnalysis,
  doc: MapDocument,
  template: Template,
  locale: Locale,
  w: CsvWords,
  text: (s: Suggestion) => string,
): Row[] {
  const names = (ids: readonly string[]) => ids.map((id) => doc.actors[id]?.name ?? id).join('; ');
  return a.suggestions.map(
    (s): Row =>
      s.kind === 'pair'
        ? [w.kinds.suggestion, '', '', '', names([s.sourceId, s.targetId]), text(s)]
        : [
            w.kinds.suggestion,
            sectorLabel(template, s.sectorId, locale) ?? '',
            typeLabel(template, s.typeId, locale) ?? '',
            w.status[s.status],
            names(s.actorIds),
            text(s),
          ],
  );
}
