/** The data formats of the Export dialog, without their writers (those load on demand). */
export type DataFormat = 'backup' | 'json' | 'csv' | 'xlsx' | 'gexf' | 'graphml';

/** Each format and its label key under `data.`. */
export const DATA_FORMATS: ReadonlyArray<readonly [DataFormat, string]> = [
  ['backup', 'backupAll'],
  ['json', 'mapJson'],
  ['csv', 'csv'],
  ['xlsx', 'xlsx'],
  ['gexf', 'gexf'],
  ['graphml', 'graphml'],
];

export const isDataFormat = (f: string): f is DataFormat => DATA_FORMATS.some(([d]) => d === f);
