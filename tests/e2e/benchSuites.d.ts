/** Types for the bench module the browser tests borrow their data from (plain .mjs, untyped). */
declare module '*/bench/suites/render.mjs' {
  /** The render bench's seeded CSV pair: aktører.csv (`Navn;Sektor`), samarbeid.csv. */
  export function csvPair(n: number): { name: string; mimeType: string; buffer: Buffer }[];
}
