/**
 * Pasted text → a clean list of actor names: a column copied from a spreadsheet (tabs: the first
 * cell counts; quoted cells with line breaks), a list from a document (bullets), or plain lines.
 * Trimmed, blank lines dropped, duplicates (ignoring case and spacing) dropped, capped by LIMITS.
 */
import Papa from 'papaparse';
import { normalizeName } from '../../domain/names';
import { LIMITS } from '../../schema/limits';
import { stripBom } from '../text/decode';

const BULLET = /^[•·▪◦‣∙*–-]\s+/;

function firstCells(text: string): string[] {
  const parsed = Papa.parse<string[]>(text, { delimiter: '\t' });
  // A stray quote in plain text makes papaparse swallow lines; then plain lines are safer.
  if (parsed.errors.some((e) => e.type === 'Quotes')) {
    return text.split(/\r\n|\r|\n/).map((line) => line.split('\t')[0] ?? '');
  }
  return parsed.data.map((row) => row[0] ?? '');
}

export function namesFromPaste(text: string, max: number = LIMITS.actors): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  for (const cell of firstCells(stripBom(text))) {
    const name = cell
      .replace(/\s+/g, ' ')
      .trim()
      .replace(BULLET, '')
      .slice(0, LIMITS.shortText)
      .trim();
    const key = normalizeName(name);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    names.push(name);
    if (names.length >= max) break;
  }
  return names;
}
