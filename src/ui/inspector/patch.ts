/** Whether applying `patch` to `record` would change nothing (compared by value). */
export function isNoOp<T extends object>(record: T, patch: Partial<T>): boolean {
  return Object.entries(patch).every(
    ([key, value]) => JSON.stringify(record[key as keyof T]) === JSON.stringify(value),
  );
}
