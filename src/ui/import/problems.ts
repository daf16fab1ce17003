/** Import problems (codes with parameters) → sentences that name the file, row, line and field. */
import type { Locale } from '../../domain/types';
import { formatCount } from '../../i18n';
import { ioNb } from '../../i18n/io.nb';
import type { ImportProblem } from '../../io/import';
import { bounded } from '../../io/import/quote';

/** A plain-key translation function: the typed `t` is too deep for helpers like this. */
export type { Text as Translate } from '../hooks';

import type { Text as Translate } from '../hooks';

/** Problems about a column, even when they carry no row. */
const COLUMN_CODES = new Set([
  'duplicate-column',
  'reserved-name',
  'too-many-columns',
  'too-many-values',
]);

/** "aktorer.csv, ark «Ark1», rad 5, kolonne «Type»": what the problem is about, most general first. */
export function problemPlace(p: ImportProblem, t: Translate): string {
  const parts: string[] = [];
  if (p.file) parts.push(p.file);
  if (p.sheet) parts.push(t('where.sheet', { sheet: p.sheet }));
  if (p.row !== undefined) parts.push(t('where.row', { row: p.row }));
  else if (p.line !== undefined) parts.push(t('where.line', { line: p.line }));
  if (p.field) {
    const column = p.row !== undefined || p.sheet !== undefined || COLUMN_CODES.has(p.code);
    parts.push(t(column ? 'where.column' : 'where.field', { field: p.field }));
  }
  return parts.join(', ');
}

function limitText(p: ImportProblem, locale: Locale): string {
  if (p.limit === undefined) return '';
  if (p.code === 'file-too-large') return `${Math.round(p.limit / (1024 * 1024))} MB`;
  return formatCount(p.limit, locale);
}

export function problemText(problem: ImportProblem, t: Translate, locale: Locale): string {
  // Bounded where problems are made too; this guards any that come from elsewhere (a crash).
  const p = bounded(problem);
  const known = Object.hasOwn(ioNb.problem, p.code);
  const quoted =
    p.code === 'duplicate-table' && p.value ? t(`tableKind.${p.value}`) : (p.value ?? '');
  const more = p.more ? formatCount(p.more, locale) : '';
  const value = more ? t('importer.andMore', { list: quoted, more }) : quoted;
  const where = problemPlace(p, t);
  const text = t(known ? `problem.${p.code}` : 'problem.unknown', {
    where,
    value,
    limit: limitText(p, locale),
    code: p.code,
  });
  return where ? text : text.replace(/^: /, '');
}
