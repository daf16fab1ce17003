export { CSV_BOM, CSV_NEWLINE, csvDate, escapeFormula, gapFindingsToCsv } from './serialize';
export { CSV_WORDS, type CsvWords } from './words';
