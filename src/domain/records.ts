/**
 * Records keyed by id are plain objects, so `id in record` and `record[id]` also find the members
 * of Object.prototype: an id such as `toString` or `hasOwnProperty` would count as present. Every
 * lookup by an id that came from data goes through these, which see own properties only.
 */
export const hasRecord = (record: object, id: string): boolean => Object.hasOwn(record, id);

export function getRecord<T>(record: Readonly<Record<string, T>>, id: string): T | undefined {
  return Object.hasOwn(record, id) ? record[id] : undefined;
}
