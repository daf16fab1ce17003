/** English texts for import, data export, backups and the problems an import can report. */

import type { ioNb } from './io.nb';
import type { Messages } from './messages';

export const ioEn: Messages<typeof ioNb> = {
  importer: {
    button: 'Import',
    fileInput: 'Choose files to import',
    dropTitle: 'Drop the files to import them',
    dropHint: 'Samspill backup (.samspill.json), CSV, Excel (.xlsx), GEXF or GraphML',
    progressTitle: 'Importing',
    reading: 'Reading {{files}} …',
    progress: 'Progress',
    cancel: 'Cancel',
    cancelled: 'The import was cancelled. Nothing was changed.',
    previewTitle: 'Import preview',
    errorTitle: 'Cannot import',
    nothingWritten: 'Nothing was imported or changed.',
    close: 'Close',
    files: 'Files: {{files}}',
    countsCaption: 'What the import does',
    what: 'What',
    add: 'Add',
    update: 'Update',
    skip: 'Unchanged',
    actors: 'Actors',
    collaborations: 'Collaborations',
    matched_one: 'Found in the map ({{count}} actor)',
    matched_other: 'Found in the map ({{count}} actors)',
    match: '{{incoming}} → {{existing}}',
    matchBy: { id: 'same ID', name: 'same name', focal: 'the culture school' },
    warnings_one: '{{count}} warning',
    warnings_other: '{{count}} warnings',
    moreWarnings: '… and {{count}} more.',
    andMore: '{{list}} … and {{more}} more',
    endsFound_one: '{{count}} link end was found among the map’s actors: {{names}}',
    endsFound_other: '{{count}} link ends were found among the map’s actors: {{names}}',
    mode: 'Where should the data go?',
    modeNew: 'New map',
    modeMerge: 'Merge into this map ({{name}})',
    mapName: 'Name of the new map',
    focal: 'Which actor is the culture school?',
    focalNone: 'None (choose later)',
    focalHint:
      'The file does not say which actor is the culture school. The gap analysis needs it.',
    focalSearch: 'Type a name and pick it from the list. Left empty: none (choose later).',
    focalChosen: 'Chosen: {{name}}',
    createMap: 'Create the map',
    merge: 'Merge',
    restore: 'Restore',
    nativeIntro_one: 'The file holds {{count}} map. It is added as a new map.',
    nativeIntro_other: 'The file holds {{count}} maps. They are added as new maps.',
    exportedAt: 'The backup is from {{date}}.',
    nativeMap:
      '{{name}}: {{actors}} actors, {{collaborations}} collaborations, {{snapshots}} saved versions',
    exists: '“{{name}}” already exists here and is added as a copy. Nothing is overwritten.',
    mergedDone:
      'Imported: {{added}} new actors, {{updated}} updated, {{links}} new collaborations. Ctrl+Z undoes it.',
    newMapDone: 'The map “{{name}}” was imported.',
    restored_one: '{{count}} map restored.',
    restored_other: '{{count}} maps restored.',
    copies: '{{names}} already existed and were added as copies.',
    failed: 'The import failed and nothing was saved: {{reason}}',
    writing: 'Saving the new map … Cancel stops it, and nothing is saved.',
    planning: 'Working out what the import does …',
    pasteAdded_one: '{{count}} actor added.',
    pasteAdded_other: '{{count}} actors added.',
    pasteExisting_one: '{{count}} was already in the map.',
    pasteExisting_other: '{{count}} were already in the map.',
  },
  where: {
    sheet: 'sheet “{{sheet}}”',
    row: 'row {{row}}',
    line: 'line {{line}}',
    column: 'column “{{field}}”',
    field: 'field “{{field}}”',
  },
  tableKind: { actors: 'actors', collaborations: 'collaborations' },
  problem: {
    'no-files': 'No files were chosen.',
    aborted: 'The import was cancelled.',
    'file-too-large': '{{where}}: The file is too large (more than {{limit}}).',
    'empty-file': '{{where}}: The file is empty.',
    'unknown-format':
      '{{where}}: Unknown file format. Samspill reads .samspill.json, CSV, Excel (.xlsx), GEXF and GraphML.',
    'xls-not-supported':
      '{{where}}: The old Excel format (.xls) cannot be read. Save the file as .xlsx or CSV and try again.',
    'mixed-formats':
      '{{where}}: The files have different formats. Import one backup, CSV or Excel files, or one GEXF or GraphML file at a time.',
    'duplicate-table': '{{where}}: There is more than one table of {{value}}.',
    'unknown-columns':
      '{{where}}: The columns needed were not found. An actors table needs “Label” (or “Name”), a collaborations table “From” and “To”. Columns in the file: {{value}}.',
    'parse-error': '{{where}}: The file cannot be read as CSV ({{value}}).',
    'invalid-json': '{{where}}: The file is not valid JSON.',
    'invalid-xlsx':
      '{{where}}: The file is not an Excel workbook (.xlsx) that can be read: its zip content is missing or damaged.',
    'xlsx-encrypted':
      '{{where}}: The workbook is protected with a password. Save a copy without a password and try again.',
    'xlsx-too-large':
      '{{where}}: The workbook unpacks to more than {{limit}} MB (the largest part is “{{value}}”). It is refused to protect the browser.',
    'xlsx-compression-ratio':
      '{{where}}: The workbook is packed more than {{limit}} times over (most of all “{{value}}”), as a zip bomb is. It is refused for safety.',
    'xlsx-damaged-part':
      '{{where}}: The part “{{value}}” of the workbook is damaged or packed in a way Samspill cannot read.',
    'xlsx-missing-part': '{{where}}: The workbook lacks the part “{{value}}”.',
    'xlsx-missing-relationship':
      '{{where}}: The sheet points at the relationship “{{value}}”, which the workbook does not have.',
    'xlsx-cell-reference':
      '{{where}}: “{{value}}” is not a cell an Excel sheet can have (columns A to XFD, rows 1 to 1,048,576).',
    'xlsx-too-many-cells':
      '{{where}}: The sheet spans too many cells, as far as {{value}} (at most {{limit}}).',
    'xlsx-damaged': '{{where}}: The workbook is damaged and cannot be read (“{{value}}”).',
    'xlsx-unreadable':
      '{{where}}: The workbook is built in a way Samspill cannot read. Open it in Excel, save it again as .xlsx and try again.',
    'xml-doctype':
      '{{where}}: The XML file has a DOCTYPE or ENTITY declaration. Such files are refused for safety.',
    'xml-parse-error': '{{where}}: The XML file is broken ({{value}}).',
    'xml-too-deep':
      '{{where}}: The elements of the XML file are nested too deeply (at most {{limit}} levels).',
    'xml-too-many-elements': '{{where}}: The XML file has too many elements (at most {{limit}}).',
    'reserved-attribute':
      '{{where}}: “{{value}}” cannot be used as the name of an attribute in the file.',
    'graph-unreadable':
      '{{where}}: The network in the file is built in a way Samspill cannot read. Open the file in Gephi or yEd, save it again and try again.',
    'invalid-graph': '{{where}}: The network in the file cannot be read ({{value}}).',
    'missing-id': '{{where}}: A node or edge has no id.',
    'empty-end': '{{where}}: The edge has no value here; a collaboration needs both its ends.',
    'missing-node': '{{where}}: “{{value}}” is not one of the actors in the file.',
    'missing-actor':
      '{{where}}: “{{value}}” is not one of the actors in the file. Nor is it in the map.',
    'reserved-id': '{{where}}: “{{value}}” cannot be used as an ID or an actor’s name here.',
    'duplicate-id': '{{where}}: The id “{{value}}” is used more than once.',
    'too-many-actors': '{{where}}: Too many actors (at most {{limit}}).',
    'too-many-collaborations': '{{where}}: Too many collaborations (at most {{limit}}).',
    'too-many-columns': '{{where}}: Too many extra columns (at most {{limit}}).',
    'too-many-values': '{{where}}: Too many values in one cell (at most {{limit}}).',
    'too-many': '{{where}}: Too many entries.',
    'too-long': '{{where}}: The text is too long.',
    'newer-version':
      '{{where}}: The file was made by a newer version of Samspill. Reload the page to update, then try again.',
    'wrong-format': '{{where}}: The file is not a Samspill file.',
    'bad-version': '{{where}}: Invalid version number.',
    'invalid-field': '{{where}}: Invalid value.',
    'missing-reference': '{{where}}: Refers to “{{value}}”, which is not in the file.',
    'not-object': '{{where}}: The content is not a Samspill map.',
    'encoding-fallback':
      '{{where}}: The file is not UTF-8 and was read as {{value}}. Check that æ, ø and å look right.',
    'duplicate-column': '{{where}}: The column appears twice. Only the first is used.',
    'reserved-name': '{{where}}: The column name cannot be used, and the column is skipped.',
    'missing-name': '{{where}}: The row has no name and is skipped.',
    'missing-endpoint': '{{where}}: The collaboration lacks “From” or “To” and is skipped.',
    'unknown-kind': '{{where}}: Unknown kind “{{value}}”. The actor becomes an organisation.',
    'unknown-type': '{{where}}: Unknown type “{{value}}”. The actor gets a custom type.',
    'unknown-sector': '{{where}}: Unknown sector “{{value}}” is not used.',
    'sector-mismatch':
      '{{where}}: The sector “{{value}}” does not fit the type. The type’s own sector is used.',
    'unknown-purpose': '{{where}}: Unknown purpose “{{value}}” is skipped.',
    'unknown-age-group': '{{where}}: Unknown age group “{{value}}” is skipped.',
    'unknown-role': '{{where}}: Unknown role “{{value}}” is skipped.',
    'invalid-score': '{{where}}: “{{value}}” is not a number from 1 to 5 and is not used.',
    'invalid-position': '{{where}}: Invalid position. The actor is placed automatically.',
    'invalid-strength':
      '{{where}}: Invalid strength “{{value}}” is not used (1–3, or weak, medium, strong).',
    'invalid-status': '{{where}}: Unknown status “{{value}}” is not used.',
    'invalid-date':
      '{{where}}: Invalid date “{{value}}” is not used (write dd.mm.yyyy or yyyy-mm-dd).',
    'ambiguous-name':
      '{{where}}: “{{value}}” fits several actors in the file. The first one is used.',
    'self-link': '{{where}}: A collaboration from an actor to itself is skipped.',
    'ignored-sheet':
      '{{where}}: The sheet does not look like an actors or collaborations table and is not read.',
    'ambiguous-match':
      '{{where}}: “{{value}}” fits several actors in the map and is added as a new actor.',
    'damaged-maps-skipped':
      '{{where}}: The backup holds the stored rows of {{value}} maps that could not be read when it was made. They stay in the file and are not imported.',
    unknown: '{{where}}: Unexpected error ({{code}}: {{value}}).',
  },
  data: {
    heading: 'Data',
    backupAll: 'Backup of all maps (.samspill.json)',
    mapJson: 'This map (.samspill.json)',
    csv: 'CSV (actors + collaborations)',
    xlsx: 'Excel (.xlsx)',
    gexf: 'GEXF (Gephi)',
    graphml: 'GraphML',
    backupNote: 'Every map with its saved versions in one file. “Import” reads it back.',
    csvNote: 'Two files are downloaded: one of actors and one of collaborations.',
    privacy: 'The file may hold contact details of people. Share it with care.',
    unreadable:
      'These maps could not be read. Their rows are included as they were stored, but cannot be imported: {{names}}',
  },
  backup: {
    region: 'Backup reminder',
    never: 'You have not backed up your maps yet.',
    old: 'You have changed your maps since the last backup ({{date}}).',
    why: 'The data is kept only in this browser.',
    now: 'Back up now',
    later: 'Not now',
    done: 'The backup was downloaded: {{file}}',
  },
  customFields: {
    heading: 'Custom fields',
    hint: 'Columns from an imported file. They are shown here and exported again.',
  },
};
