/**
 * Column names of the actors and collaborations tables (Kumu's spreadsheet convention), in English,
 * bokmål and nynorsk. CSV and XLSX headers and GEXF/GraphML attribute names all go through these
 * aliases, and import reads all three languages whatever the app's language.
 */
import type { Locale } from '../../domain/types';

export type ActorField =
  | 'name'
  | 'id'
  | 'kind'
  | 'type'
  | 'sector'
  | 'description'
  | 'tags'
  | 'power'
  | 'interest'
  | 'contact'
  | 'role'
  | 'email'
  | 'phone'
  | 'ageGroups'
  | 'extraRoles'
  | 'x'
  | 'y'
  | 'pinned';

export type CollaborationField =
  | 'from'
  | 'to'
  | 'id'
  | 'label'
  | 'strength'
  | 'weight'
  | 'status'
  | 'purposes'
  | 'frequency'
  | 'start'
  | 'end'
  | 'responsible'
  | 'notes'
  | 'nextStep'
  | 'nextStepDate';

type Column<F> = { field: F; header: Record<Locale, string>; aliases: readonly string[] };

/** Export order; the first header is `Label`/`Navn` as Kumu expects. */
export const ACTOR_COLUMNS: readonly Column<ActorField>[] = [
  { field: 'name', header: { en: 'Label', nb: 'Navn', nn: 'Namn' }, aliases: ['name', 'etikett'] },
  { field: 'id', header: { en: 'ID', nb: 'ID', nn: 'ID' }, aliases: [] },
  { field: 'kind', header: { en: 'Kind', nb: 'Art', nn: 'Art' }, aliases: ['slag'] },
  { field: 'type', header: { en: 'Type', nb: 'Type', nn: 'Type' }, aliases: [] },
  { field: 'sector', header: { en: 'Sector', nb: 'Sektor', nn: 'Sektor' }, aliases: [] },
  {
    field: 'description',
    header: { en: 'Description', nb: 'Beskrivelse', nn: 'Skildring' },
    aliases: [],
  },
  {
    field: 'tags',
    header: { en: 'Tags', nb: 'Stikkord', nn: 'Stikkord' },
    aliases: ['tag', 'tagger'],
  },
  {
    field: 'power',
    header: { en: 'Power', nb: 'Innflytelse', nn: 'Påverknad' },
    aliases: ['makt', 'innverknad'],
  },
  { field: 'interest', header: { en: 'Interest', nb: 'Interesse', nn: 'Interesse' }, aliases: [] },
  {
    field: 'contact',
    header: { en: 'Contact', nb: 'Kontakt', nn: 'Kontakt' },
    aliases: ['contact name', 'contact person', 'kontaktperson', 'navn på kontakt'],
  },
  {
    field: 'role',
    header: { en: 'Role', nb: 'Rolle', nn: 'Rolle' },
    aliases: ['contact role', 'kontaktrolle'],
  },
  {
    field: 'email',
    header: { en: 'Email', nb: 'E-post', nn: 'E-post' },
    aliases: ['e-mail', 'epost', 'contact email'],
  },
  {
    field: 'phone',
    header: { en: 'Phone', nb: 'Telefon', nn: 'Telefon' },
    aliases: ['tlf', 'telephone', 'contact phone'],
  },
  // Graph files write these under their camel-case names; those read back as the same columns.
  {
    field: 'ageGroups',
    header: { en: 'Age groups', nb: 'Aldersgrupper', nn: 'Aldersgrupper' },
    aliases: ['agegroups', 'age group', 'aldersgruppe'],
  },
  {
    field: 'extraRoles',
    header: { en: 'Extra roles', nb: 'Ekstra roller', nn: 'Ekstra roller' },
    aliases: ['extraroles', 'extra role', 'ekstra rolle'],
  },
  { field: 'x', header: { en: 'X', nb: 'X', nn: 'X' }, aliases: [] },
  { field: 'y', header: { en: 'Y', nb: 'Y', nn: 'Y' }, aliases: [] },
  { field: 'pinned', header: { en: 'Pinned', nb: 'Festet', nn: 'Festa' }, aliases: [] },
];

export const COLLABORATION_COLUMNS: readonly Column<CollaborationField>[] = [
  { field: 'from', header: { en: 'From', nb: 'Fra', nn: 'Frå' }, aliases: ['source', 'kilde'] },
  { field: 'to', header: { en: 'To', nb: 'Til', nn: 'Til' }, aliases: ['target', 'mål'] },
  { field: 'id', header: { en: 'ID', nb: 'ID', nn: 'ID' }, aliases: [] },
  {
    field: 'label',
    header: { en: 'Label', nb: 'Etikett', nn: 'Etikett' },
    aliases: ['name', 'navn', 'namn'],
  },
  { field: 'strength', header: { en: 'Strength', nb: 'Styrke', nn: 'Styrke' }, aliases: [] },
  { field: 'weight', header: { en: 'Weight', nb: 'Vekt', nn: 'Vekt' }, aliases: [] },
  { field: 'status', header: { en: 'Status', nb: 'Status', nn: 'Status' }, aliases: [] },
  {
    field: 'purposes',
    header: { en: 'Purposes', nb: 'Formål', nn: 'Føremål' },
    aliases: ['purpose'],
  },
  {
    field: 'frequency',
    header: { en: 'Frequency', nb: 'Hyppighet', nn: 'Kor ofte' },
    aliases: ['hyppigheit'],
  },
  {
    field: 'start',
    header: { en: 'Start', nb: 'Start', nn: 'Start' },
    aliases: ['start date', 'startdato', 'from date'],
  },
  {
    field: 'end',
    header: { en: 'End', nb: 'Slutt', nn: 'Slutt' },
    aliases: ['end date', 'sluttdato', 'to date'],
  },
  {
    field: 'responsible',
    header: { en: 'Responsible', nb: 'Ansvarlig', nn: 'Ansvarleg' },
    aliases: [],
  },
  {
    field: 'notes',
    header: { en: 'Notes', nb: 'Notater', nn: 'Notat' },
    aliases: ['note', 'notat'],
  },
  {
    field: 'nextStep',
    header: { en: 'Next step', nb: 'Neste steg', nn: 'Neste steg' },
    aliases: ['nextstep'],
  },
  {
    field: 'nextStepDate',
    header: { en: 'Next step date', nb: 'Neste steg dato', nn: 'Dato for neste steg' },
    aliases: ['nextstepdate', 'neste steg-dato', 'dato for neste steg', 'date of the next step'],
  },
];

/** A column written as `custom:Name` is always a custom field, even if `Name` is a known column. */
export const CUSTOM_PREFIX = 'custom:';

/** No column name or alias is this long: a longer header is its own key, at no cost. */
const KEYED_LENGTH = 200;

/** Header comparison key: case, spacing and a BOM do not count. */
export const headerKey = (header: string): string =>
  header.length > KEYED_LENGTH
    ? header
    : header
        .replace(/^\uFEFF/, '')
        .replace(/\s+/g, ' ')
        .trim()
        .toLocaleLowerCase('nb');

function aliasIndex<F>(columns: readonly Column<F>[]): Map<string, F> {
  const index = new Map<string, F>();
  for (const c of columns) {
    for (const name of [c.header.en, c.header.nb, c.header.nn, ...c.aliases])
      index.set(headerKey(name), c.field);
  }
  return index;
}

const ACTOR_INDEX = aliasIndex(ACTOR_COLUMNS);
const COLLABORATION_INDEX = aliasIndex(COLLABORATION_COLUMNS);

export const actorFieldOf = (header: string): ActorField | undefined =>
  ACTOR_INDEX.get(headerKey(header));

export const collaborationFieldOf = (header: string): CollaborationField | undefined =>
  COLLABORATION_INDEX.get(headerKey(header));

export type TableKind = 'actors' | 'collaborations';

/** From/To (Fra/Frå/Til) make a collaborations table; otherwise Label/Navn makes an actors table. */
export function tableKindOf(headers: readonly string[]): TableKind | null {
  const collab = new Set(headers.map(collaborationFieldOf));
  if (collab.has('from') && collab.has('to')) return 'collaborations';
  if (headers.some((h) => actorFieldOf(h) === 'name')) return 'actors';
  return null;
}

/** Names graph files give a meaning of their own (GEXF viz, graphology attributes). */
const GRAPH_NAMES = new Set(['z', 'size', 'shape', 'thickness', 'kind', 'r', 'g', 'b']);

/**
 * The header a custom field is written under: prefixed when its name would read as a column or a
 * graph-file attribute, so it always comes back as the same custom field.
 */
export function customHeader(name: string, kind: TableKind): string {
  const key = headerKey(name);
  const known = kind === 'actors' ? actorFieldOf(name) : collaborationFieldOf(name);
  // graphology's GEXF writer keeps its model in a plain object: "toString" would vanish there.
  const inherited = name in Object.prototype;
  const taken = known || inherited || GRAPH_NAMES.has(key) || key.startsWith(CUSTOM_PREFIX);
  return taken ? `${CUSTOM_PREFIX}${name}` : name;
}

/** The custom field name a header stands for (the inverse of `customHeader`). */
export function customName(header: string): string {
  const trimmed = header.replace(/^\uFEFF/, '').trim();
  return headerKey(trimmed).startsWith(CUSTOM_PREFIX)
    ? trimmed.slice(CUSTOM_PREFIX.length)
    : trimmed;
}
