/**
 * The parts of a ZIP file, read from its central directory before anything is inflated, and one
 * part inflated with its output capped at the size the directory declares. fflate's own
 * `unzipSync` filter sees the declared sizes but not where a part's data starts, and it inflates
 * into a buffer of the declared size while decoding the whole stream however long it really is;
 * so the directory is walked here and fflate's streaming `Inflate` does the decoding.
 */
import { Inflate } from 'fflate';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate; anything else is refused. */
  method: number;
  encrypted: boolean;
  /** Compressed bytes present in the file (clamped to its end), and the declared sizes. */
  available: number;
  compressedSize: number;
  size: number;
  dataStart: number;
}

export type ZipErrorKind = 'not-zip' | 'damaged' | 'encrypted';

export class ZipError extends Error {
  constructor(
    readonly kind: ZipErrorKind,
    readonly entry?: string,
  ) {
    super(entry ? `${kind}: ${entry}` : kind);
  }
}

/** More parts than any workbook has; without ZIP64 a ZIP holds at most 65,535. */
const MAX_ENTRIES = 65_535;
const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const FULL32 = 0xffffffff;
/** Input fed to the inflater per step: at most about 16 MB of output (deflate's 1032:1) before a check. */
const STEP = 16 * 1024;
/** WinZip AES marks its parts with method 99. */
const AES = 99;

export function zipEntries(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => (at + 2 <= bytes.length ? view.getUint16(at, true) : -1);
  const u32 = (at: number) => (at + 4 <= bytes.length ? view.getUint32(at, true) : -1);
  const u64 = (at: number) => (at + 8 <= bytes.length ? u32(at) + u32(at + 4) * 2 ** 32 : -1);

  // The end record sits in the last 22 bytes plus at most a 65,535-byte comment.
  let end = bytes.length - 22;
  const stop = Math.max(0, end - 65_535);
  while (end >= stop && u32(end) !== EOCD) end--;
  if (end < stop) throw new ZipError('not-zip');
  let count = u16(end + 10);
  let at = u32(end + 16);
  if (end >= 20 && u32(end - 20) === EOCD64_LOCATOR) {
    const z = u64(end - 12);
    if (u32(z) === EOCD64) {
      count = u64(z + 32);
      at = u64(z + 48);
    }
  }
  if (count > MAX_ENTRIES) throw new ZipError('damaged');

  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(at) !== CENTRAL) throw new ZipError('damaged');
    const flags = u16(at + 8);
    const method = u16(at + 10);
    let compressedSize = u32(at + 20);
    let size = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    let local = u32(at + 42);
    const nameAt = at + 46;
    if (nameAt + nameLength + extraLength > bytes.length) throw new ZipError('damaged');
    // Bit 11 marks UTF-8; others are code page 437 in theory, plain ASCII in every workbook.
    const name = decoder.decode(bytes.subarray(nameAt, nameAt + nameLength));
    // ZIP64: the sizes and offset that read 0xFFFFFFFF follow, in order, in extra field 1.
    for (let x = nameAt + nameLength; x + 4 <= nameAt + nameLength + extraLength; ) {
      const id = u16(x);
      const length = u16(x + 2);
      if (id === 1) {
        let y = x + 4;
        if (size === FULL32) {
          size = u64(y);
          y += 8;
        }
        if (compressedSize === FULL32) {
          compressedSize = u64(y);
          y += 8;
        }
        if (local === FULL32) local = u64(y);
        break;
      }
      x += 4 + length;
    }
    if (entries.has(name) || local + 30 > bytes.length || u32(local) !== LOCAL) {
      throw new ZipError('damaged', name);
    }
    const dataStart = local + 30 + u16(local + 26) + u16(local + 28);
    entries.set(name, {
      name,
      method,
      encrypted: (flags & 1) === 1 || method === AES,
      available: Math.max(0, Math.min(compressedSize, bytes.length - dataStart)),
      compressedSize,
      size,
      dataStart,
    });
    at = nameAt + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** A part's bytes; a part that is damaged or inflates to more than it declares is refused. */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  if (entry.encrypted) throw new ZipError('encrypted', entry.name);
  if (entry.available < entry.compressedSize) throw new ZipError('damaged', entry.name);
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw new ZipError('damaged', entry.name);
    return data;
  }
  if (entry.method !== 8) throw new ZipError('damaged', entry.name);
  const out = new Uint8Array(entry.size);
  let filled = 0;
  const inflater = new Inflate((chunk) => {
    if (filled + chunk.length > out.length) throw new ZipError('damaged', entry.name);
    out.set(chunk, filled);
    filled += chunk.length;
  });
  try {
    if (data.length === 0) inflater.push(data, true);
    for (let i = 0; i < data.length; i += STEP) {
      inflater.push(data.subarray(i, i + STEP), i + STEP >= data.length);
    }
  } catch (e) {
    if (e instanceof ZipError) throw e;
    throw new ZipError('damaged', entry.name);
  }
  if (filled !== out.length) throw new ZipError('damaged', entry.name);
  return out;
}
