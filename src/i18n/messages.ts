/** A message tree with the same keys as bokmål: every other language must provide all of them. */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
