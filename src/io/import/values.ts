/**
 * Reading cell values: template ids or labels (nb, nn or en, any case), strengths, statuses, scores
 * and dates as people type them. Each returns `undefined` when it cannot read the value, and the
 * caller reports a warning naming the row.
 */
import { type TypeRef, typeLabel } from '../../domain/template';
import {
  type ActorKind,
  AGE_GROUPS,
  type AgeGroup,
  type CollaborationStatus,
  CUSTOM_SECTOR,
  type Locale,
  STATUSES,
  type Strength,
  type Template,
} from '../../domain/types';

export const valueKey = (value: string): string =>
  value.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('nb');

const KINDS: Record<string, ActorKind> = {
  organisation: 'organisation',
  organization: 'organisation',
  organisasjon: 'organisation',
  person: 'person',
  group: 'group',
  gruppe: 'group',
  project: 'project',
  prosjekt: 'project',
};

const KIND_LABELS: Record<Locale, Record<ActorKind, string>> = {
  en: { organisation: 'Organisation', person: 'Person', group: 'Group', project: 'Project' },
  nb: { organisation: 'Organisasjon', person: 'Person', group: 'Gruppe', project: 'Prosjekt' },
  nn: { organisation: 'Organisasjon', person: 'Person', group: 'Gruppe', project: 'Prosjekt' },
};

const STRENGTHS: Record<string, Strength> = {
  '1': 1,
  '2': 2,
  '3': 3,
  weak: 1,
  medium: 2,
  strong: 3,
  svak: 1,
  middels: 2,
  sterk: 3,
};

const STATUS_LABELS: Record<Locale, Record<CollaborationStatus, string>> = {
  en: { idea: 'Idea', planned: 'Planned', active: 'Active', paused: 'Paused', ended: 'Ended' },
  nb: { idea: 'Idé', planned: 'Planlagt', active: 'Aktiv', paused: 'På pause', ended: 'Avsluttet' },
  nn: { idea: 'Idé', planned: 'Planlagt', active: 'Aktiv', paused: 'På pause', ended: 'Avslutta' },
};

const STATUS_INDEX: Record<string, CollaborationStatus> = {
  ide: 'idea',
  pause: 'paused',
  'on hold': 'paused',
};
for (const s of STATUSES) {
  STATUS_INDEX[s] = s;
  for (const locale of ['en', 'nb', 'nn'] as const)
    STATUS_INDEX[valueKey(STATUS_LABELS[locale][s])] = s;
}

const AGE_GROUP_LABELS: Record<Locale, Record<AgeGroup, string>> = {
  en: {
    'early-years': 'Early years',
    children: 'Children',
    youth: 'Youth',
    adults: 'Adults',
    seniors: 'Seniors',
  },
  nb: {
    'early-years': 'Barnehagealder',
    children: 'Barn',
    youth: 'Ungdom',
    adults: 'Voksne',
    seniors: 'Eldre',
  },
  nn: {
    'early-years': 'Barnehagealder',
    children: 'Barn',
    youth: 'Ungdom',
    adults: 'Vaksne',
    seniors: 'Eldre',
  },
};

const AGE_GROUP_INDEX = new Map<string, AgeGroup>();
for (const g of AGE_GROUPS) {
  for (const name of [g, AGE_GROUP_LABELS.en[g], AGE_GROUP_LABELS.nb[g], AGE_GROUP_LABELS.nn[g]]) {
    AGE_GROUP_INDEX.set(valueKey(name), g);
  }
}

export const ageGroupLabel = (g: AgeGroup, locale: Locale): string => AGE_GROUP_LABELS[locale][g];
export const readAgeGroup = (cell: string): AgeGroup | undefined =>
  AGE_GROUP_INDEX.get(valueKey(cell));

export const kindLabel = (kind: ActorKind, locale: Locale): string => KIND_LABELS[locale][kind];
export const statusLabel = (s: CollaborationStatus, locale: Locale): string =>
  STATUS_LABELS[locale][s];

export const readKind = (cell: string): ActorKind | undefined =>
  Object.hasOwn(KINDS, valueKey(cell)) ? KINDS[valueKey(cell)] : undefined;

export function readStrength(cell: string): Strength | undefined {
  const key = valueKey(cell).replace(/[.,]0+$/, '');
  return Object.hasOwn(STRENGTHS, key) ? STRENGTHS[key] : undefined;
}

export const readStatus = (cell: string): CollaborationStatus | undefined =>
  Object.hasOwn(STATUS_INDEX, valueKey(cell)) ? STATUS_INDEX[valueKey(cell)] : undefined;

/** Power and interest: a whole number 1–5 ("3", "3.0"). */
export function readScore(cell: string): number | undefined {
  const n = Number(cell.trim().replace(',', '.'));
  return Number.isInteger(n) && n >= 1 && n <= 5 ? n : undefined;
}

export function readNumber(cell: string): number | undefined {
  const text = cell.trim().replace(',', '.');
  const n = Number(text);
  return text !== '' && Number.isFinite(n) ? n : undefined;
}

export function readBoolean(cell: string): boolean | undefined {
  const key = valueKey(cell);
  if (['true', 'yes', 'ja', '1'].includes(key)) return true;
  if (['false', 'no', 'nei', '0'].includes(key)) return false;
  return undefined;
}

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM-DD, also from dd.mm.yyyy, dd/mm/yyyy and an ISO date-time. */
export function readDate(cell: string): string | undefined {
  const text = cell.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  const nordic = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(text);
  const [y, m, d] = iso ? iso.slice(1, 4) : nordic ? nordic.slice(1, 4).reverse() : [];
  const ymd: [number, number, number] | null = y && m && d ? [+y, +m, +d] : null;
  if (!ymd || !isRealDate(...ymd)) return undefined;
  return `${String(ymd[0]).padStart(4, '0')}-${pad(ymd[1])}-${pad(ymd[2])}`;
}

/** Lookups of one template's ids and labels, built once per import. */
export interface TemplateLookup {
  type: (cell: string) => TypeRef | undefined;
  sector: (cell: string) => string | undefined;
  purpose: (cell: string) => string | undefined;
  focal: TypeRef;
}

function index<T>(entries: Iterable<[string[], T]>): (cell: string) => T | undefined {
  const map = new Map<string, T>();
  for (const [names, value] of entries) {
    for (const name of names) {
      const key = valueKey(name);
      if (key && !map.has(key)) map.set(key, value);
    }
  }
  return (cell) => map.get(valueKey(cell));
}

const names = (id: string, labels: Record<Locale, string>) => [id, labels.nb, labels.en, labels.nn];

export function templateLookup(template: Template): TemplateLookup {
  const focal = { sectorId: template.focal.sectorId, typeId: template.focal.typeId };
  return {
    focal,
    type: index<TypeRef>([
      [names(focal.typeId, template.focal.labels), focal],
      ...template.sectors.flatMap((s) =>
        s.types.map((t): [string[], TypeRef] => [
          names(t.id, t.labels),
          { sectorId: s.id, typeId: t.id },
        ]),
      ),
    ]),
    sector: index<string>([
      [names(focal.sectorId, template.focal.sectorLabels), focal.sectorId],
      ...template.sectors.map((s): [string[], string] => [names(s.id, s.labels), s.id]),
      [[CUSTOM_SECTOR], CUSTOM_SECTOR],
    ]),
    purpose: index<string>(template.purposes.map((p) => [names(p.id, p.labels), p.id])),
  };
}

/** Writing: template labels in the export language, the id when the template has no label. */
export function typeText(template: Template, typeId: string, locale: Locale): string {
  return typeLabel(template, typeId, locale) ?? typeId;
}
