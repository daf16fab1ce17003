export { CSV_BOM, CSV_NEWLINE, csvDate, escapeFormula, gapFindingsToCsv } from './serialize';
export { type CsvKey, type CsvTranslate, type CsvWords, csvWords } from './words';
