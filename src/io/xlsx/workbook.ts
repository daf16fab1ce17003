/**
 * A workbook's structure from `xl/workbook.xml` and its relationships, read as read-excel-file
 * reads them: which parts it will open, which sheet each worksheet part is, and every sheet whose
 * relationship is missing or whose part is not in the file, as a problem naming the sheet.
 * Relationships are looked up in a Map, so an id such as `constructor` finds nothing.
 */
import { fail } from '../import/failure';
import { attributeValues, decodeValue, scanStartTags } from './xmlScan';

export const WORKBOOK = 'xl/workbook.xml';
export const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
/** Where the reader looks when the relationships name no shared strings or styles. */
const DEFAULT_PARTS = ['xl/sharedStrings.xml', 'xl/styles.xml'];
const TYPE_BASES = [
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/',
  'http://purl.oclc.org/ooxml/officeDocument/relationships/',
];
const READ_KINDS = new Set(['worksheet', 'sharedStrings', 'styles']);

interface Relationship {
  kinds: Set<string>;
  targets: string[];
}

export interface Structure {
  /** Every part the reader may open, the two above included. */
  parts: Set<string>;
  /** Worksheet part → sheet name, for problems. */
  sheetOfPart: Map<string, string>;
  /** Sheets that are not worksheets (chart sheets, dialog sheets): the reader gives them no rows. */
  otherSheets: Set<string>;
}

/** The reader's rule: `/x` is `x`, anything else lies under `xl/`. */
const partOf = (target: string) => (target.startsWith('/') ? target.slice(1) : `xl/${target}`);

/** Every candidate value of an attribute, decoded; several only in a hostile file. */
const values = (xml: string, from: number, to: number, name: string) =>
  attributeValues(xml, from, to, name).map(decodeValue);

function relationships(xml: string, file: string): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  const scanned = scanStartTags(xml, ['Relationship'], (_, from, to) => {
    const kinds = new Set(
      values(xml, from, to, 'Type').flatMap((type) => {
        const base = TYPE_BASES.find((b) => type.startsWith(b));
        return base ? [type.slice(base.length)] : [];
      }),
    );
    const rel = { kinds, targets: values(xml, from, to, 'Target').map(partOf) };
    for (const id of values(xml, from, to, 'Id')) rels.set(id, rel);
  });
  if (scanned === 'tag-too-long') fail({ code: 'xlsx-damaged-part', file, value: WORKBOOK_RELS });
  return rels;
}

export function workbookStructure(
  workbookXml: string,
  relsXml: string,
  has: (part: string) => boolean,
  file: string,
): Structure {
  const rels = relationships(relsXml, file);
  const parts = new Set([WORKBOOK, WORKBOOK_RELS]);
  for (const rel of rels.values()) {
    if (![...rel.kinds].some((k) => READ_KINDS.has(k))) continue;
    for (const target of rel.targets) if (has(target)) parts.add(target);
  }
  for (const part of DEFAULT_PARTS) if (has(part)) parts.add(part);

  const sheets: { name: string; ids: string[] }[] = [];
  const scanned = scanStartTags(workbookXml, ['sheet'], (_, from, to) => {
    const name = values(workbookXml, from, to, 'name').at(-1);
    if (name) sheets.push({ name, ids: values(workbookXml, from, to, 'id') });
  });
  if (scanned === 'tag-too-long') fail({ code: 'xlsx-damaged-part', file, value: WORKBOOK });

  const sheetOfPart = new Map<string, string>();
  const otherSheets = new Set<string>();
  for (const { name: sheet, ids } of sheets) {
    const id = ids.find((i) => rels.has(i));
    const rel = id === undefined ? undefined : rels.get(id);
    if (!rel) {
      const missing = ids.at(-1);
      if (missing === undefined) fail({ code: 'xlsx-unreadable', file, sheet });
      // An empty id would leave the message with nothing to quote.
      fail({ code: 'xlsx-missing-relationship', file, sheet, value: missing || 'r:id=""' });
    } else if (!rel.kinds.has('worksheet')) {
      otherSheets.add(sheet);
    } else {
      for (const target of rel.targets) {
        if (!has(target)) fail({ code: 'xlsx-missing-part', file, sheet, value: target });
        sheetOfPart.set(target, sheet);
      }
    }
  }
  return { parts, sheetOfPart, otherSheets };
}
