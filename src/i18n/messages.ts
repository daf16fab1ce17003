/** A message tree with the same keys as bokmål: every other language must provide all of them. */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** "importer.matched" for "importer.matched_one" and "…_other": i18next picks the form. */
type Stem<K extends string> = K extends `${infer B}_${PluralSuffix}` ? B : K;

/** Every dotted key of a message tree, computed once, so each `t` call is a cheap lookup. */
export type MessageKey<T> = {
  [K in keyof T & string]: T[K] extends string ? Stem<K> : `${K}.${MessageKey<T[K]>}`;
}[keyof T & string];
