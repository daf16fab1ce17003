/**
 * A password-protected Excel workbook is not a ZIP: Office wraps it in an OLE compound file, the
 * same container as the old .xls format, holding an "EncryptedPackage" stream. Telling the two
 * apart gives the right advice (remove the password, not "save as .xlsx").
 */

const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Directory entries name their streams in UTF-16LE. */
const STREAM = [...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]);

export function isEncryptedWorkbook(bytes: Uint8Array): boolean {
  if (!COMPOUND_FILE.every((b, i) => bytes[i] === b)) return false;
  const first = STREAM[0] ?? 0;
  for (let i = bytes.indexOf(first); i !== -1; i = bytes.indexOf(first, i + 1)) {
    if (STREAM.every((b, k) => bytes[i + k] === b)) return true;
  }
  return false;
}
