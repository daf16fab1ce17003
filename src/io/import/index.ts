/**
 * Import and export of maps: the one public entry of src/io's file formats (docs/architecture.md).
 *
 * Import, in two pure stages (parse before opening any transaction):
 *   1. `parseImport(files, template, { signal?, onProgress?, map? })`
 *      → `ImportResult<ParsedImport>`. Detects each file's format, decodes (UTF-8, else
 *      Windows-1252), parses, validates, checks limits. `ParsedImport` is either
 *        - `NativeImport` (`kind: 'native'`): whole maps from `.samspill.json` (a backup or one
 *          map), restored via `restore()`, with snapshots and template copies; or
 *        - `IncomingGraph` (`kind: 'graph'`): actors and collaborations from CSV, XLSX, GEXF or
 *          GraphML, endpoints resolved, `warnings`, and `focalKey` / `needsFocal`.
 *      Several files may be dropped at once: an actors and a collaborations CSV (or sheets),
 *      or several JSON files. An error (`ok: false`) rejects the whole import.
 *      With `map` (the open map's actors), a From/To name missing from the file's actors table
 *      but on the map is kept as a `MapEnd` for a merge to link to; one in neither is refused.
 *   2. `planImport(graph, targetOrNull, template, meta, { mapName, focalKey? })`
 *      → `ImportResult<ImportPlan>`: the resulting document (checked with `restore`), counts to
 *      add / update / skip, what it matched (by id, name or focal), warnings, and the ids of
 *      changed records. Unchanged records keep their object identity.
 *      To merge a native map into the open one: `planImport(docToIncoming(doc, file), …)`.
 *      To add a native map beside others under fresh ids: `duplicateDocument` (src/domain).
 *
 * Problems are codes with parameters, never sentences: `{ code, file, sheet?, row?, line?,
 * field?, value?, limit?, more? }`; `row` is the spreadsheet row (header = 1). Quoted input is
 * at most about 80 characters (`quote`); a cut list says how many it leaves out in `more`. Codes:
 *   errors: no-files, aborted, file-too-large, empty-file, unknown-format, xls-not-supported,
 *     mixed-formats, duplicate-table, unknown-columns, parse-error, invalid-json, invalid-xlsx,
 *     xlsx-encrypted, xlsx-too-large, xlsx-compression-ratio, xlsx-damaged-part,
 *     xlsx-missing-part, xlsx-missing-relationship, xlsx-cell-reference, xlsx-too-many-cells,
 *     xlsx-damaged, xlsx-unreadable, xml-doctype, xml-parse-error, xml-too-deep,
 *     xml-too-many-elements, reserved-attribute, invalid-graph, graph-unreadable, missing-id,
 *     empty-end, missing-node, missing-actor, reserved-id, duplicate-id, too-many-actors,
 *     too-many-collaborations, too-many-columns, too-many-values, too-many, too-long,
 *     newer-version, wrong-format, bad-version, invalid-field, missing-reference, not-object (the last six from restore,
 *     `field` = path in the file)
 *   warnings: encoding-fallback, duplicate-column, reserved-name, missing-name, missing-endpoint,
 *     unknown-kind, unknown-type, unknown-sector, sector-mismatch, unknown-purpose,
 *     unknown-age-group, unknown-role,
 *     invalid-score, invalid-position, invalid-strength, invalid-status, invalid-date,
 *     ambiguous-name, self-link, ignored-sheet, ambiguous-match, damaged-maps-skipped
 *
 * Export: `backupToJson`, `mapToJson`, `docToCsv` (sync), `docToXlsx` → Blob, `docToGexf`,
 * `docToGraphml` (async: libraries load on demand). Paste: `namesFromPaste(text)`.
 *
 * Runtime needs: TextDecoder (utf-8, utf-16, windows-1252) and Blob. No DOM anywhere: XML is parsed
 * and written with @xmldom/xmldom, XLSX with the "universal" builds of read-/write-excel-file, so
 * every function runs on the main thread, in a Web Worker and in node.
 */
export { CSV_BOM, CSV_NEWLINE, docToCsv } from '../csv/serialize';
export { docToGexf } from '../gexf/serialize';
export { docToGraphml } from '../graphml/serialize';
export { BACKUP_FORMAT, BACKUP_VERSION, backupToJson, mapToJson } from '../json/backup';
export { docToIncoming } from '../json/incoming';
export { docToXlsx, SHEET_NAMES } from '../xlsx/serialize';
export { detectFormat } from './detect';
export { looseKey, matchKey } from './match';
export { MAX_FILE_BYTES, parseImport } from './parse';
export { namesFromPaste } from './paste';
export { type PlanOptions, planImport } from './plan';
export { QUOTE_MAX, quote, quoteList } from './quote';
export type * from './types';
