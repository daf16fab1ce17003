/** Messages between the page and the import worker. */
import type { Template } from '../../domain/types';
import type { ImportFile, ImportResult, ParsedImport } from '../../io/import';

export interface ParseRequest {
  files: ImportFile[];
  template: Template;
}

export type ParseReply =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; result: ImportResult<ParsedImport> }
  | { type: 'crash'; message: string };
