/**
 * Input of the PowerPoint deck writer. The caller prepares every string (translated, formatted);
 * the writer only lays them out, so it needs neither i18next nor the domain model.
 */

/** A raster picture as a data URL, with its size in pixels (for the aspect ratio). */
export interface DeckImage {
  /** 'data:image/png;base64,...' (png, jpeg or gif). */
  data: string;
  width: number;
  height: number;
}

export interface DeckView {
  title: string;
  /** The map picture, legend included. */
  image: DeckImage;
  /** Speaker notes, e.g. "Aktører vist: A, B, C". */
  notes: string;
}

export interface DeckGap {
  /** "Gapanalyse" */
  title: string;
  /** "Dekning 60 % (42 av 70)" */
  score: string;
  /** One category per sector; values are percentages 0..100. */
  chart: { seriesName: string; labels: string[]; values: number[] };
  chartTitle: string;
  /** Missing or weak types, e.g. header [Sector, Type, Status]. */
  table: { header: string[]; rows: string[][] };
  /** "… og {{count}} til": the line that replaces rows cut to fit the slide. */
  moreRows: string;
}

export interface DeckSuggestions {
  title: string;
  /** text: "Kulturskolen – NAV", detail: "Felles formål: inkludering". */
  items: { text: string; detail: string }[];
  /** Shown when there are no items. */
  empty: string;
  /** Optional "… og {{count}} til" for items cut to fit; without it they are cut silently. */
  moreItems?: string;
}

/** Change over time: a native line chart of the score, and the types whose status changed. */
export interface DeckHistory {
  title: string;
  chartTitle: string;
  seriesName: string;
  /** Axis titles: the score (values) and the versions (categories). */
  valueAxis: string;
  categoryAxis: string;
  /** One per saved version and now, oldest first; values are percentages 0..100. */
  labels: string[];
  values: number[];
  /** e.g. header [Type, 01.01.2026, Nå], one row per type whose status changed. */
  table: { header: string[]; rows: string[][] };
  /** Shown instead of the table when no type changed status. */
  emptyTable: string;
  moreRows: string;
}

export interface DeckSummary {
  title: string;
  image: DeckImage | null;
  lines: string[];
}

export interface DeckInput {
  lang: 'nb' | 'nn' | 'en';
  /** The map name. */
  title: string;
  /** e.g. "Partnerkart for kulturskolen" */
  subtitle: string;
  /** Already formatted, dd.mm.yyyy in nb. */
  date: string;
  /** Editable source line, may be ''. */
  source: string;
  /** May be ''. */
  author: string;
  /** One slide each. */
  views: DeckView[];
  gap: DeckGap | null;
  /** "What to do now", after the gap slide: text is the action, detail its first and next step. */
  now?: DeckSuggestions | null;
  /** Change over time, after "what to do now". */
  history?: DeckHistory | null;
  suggestions: DeckSuggestions | null;
  /** The whole map for the title slide, legend included; without it the title slide is text only. */
  cover?: DeckImage | null;
  /** Optional last slide (workshop summary). */
  summary?: DeckSummary | null;
}

export type DeckOutput = 'blob' | 'arraybuffer';
