/**
 * How each field of a stored row is mended when it fails validation (see repair.ts): a value of
 * the wrong type is converted when the meaning is plain ("3" → 3, 12 → "12"), an optional field
 * falls back to its default, and a row missing what defines it (an id, a name, a date of a log
 * entry) cannot be kept.
 */
import { CUSTOM_SECTOR, CUSTOM_TYPE } from '../domain/types';
import { LIMITS } from './limits';
import { NICKNAME_MAX } from './schemas';

export type RepairKind =
  /** A collaboration whose actors, or a log entry whose collaboration, is missing. */
  | 'missing-end'
  /** A row that lacks what defines it (an id, a name) or repeats an id. */
  | 'invalid-record'
  /** Text holding a number where a number belongs: `"3"` → 3. */
  | 'number-from-text'
  /** A number where text belongs: a numeric name. */
  | 'text-from-number'
  /** Text over its length limit, or a list over its count limit, cut to the limit. */
  | 'cut-to-limit'
  /** A position that is not a pair of finite numbers: the actor is placed again. */
  | 'invalid-position'
  /** A value that cannot be read: the field takes its default. */
  | 'invalid-value'
  | 'unknown-sector'
  | 'unknown-type'
  /** The map's own actor is gone: the map has none. */
  | 'missing-focal';

export type Fixed = { value: unknown; kind: RepairKind } | 'drop-row';
/** `fallbackDate` replaces a timestamp that cannot be read. */
export type Fixer = (value: unknown, context: { fallbackDate: string }) => Fixed;
export type Fixers = Readonly<Record<string, Fixer>>;

/** A deleted field takes the schema's default. */
const reset = (kind: RepairKind = 'invalid-value'): Fixed => ({ value: undefined, kind });

export function numberFrom(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string' || value.trim() === '') return null;
  const n = Number(value.trim().replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Text from text or a finite number, cut to `limit`; `null` when there is none. */
function textFrom(value: unknown, limit: number): { text: string; kind: RepairKind } | null {
  if (typeof value === 'number' && Number.isFinite(value)) {
    return { text: String(value), kind: 'text-from-number' };
  }
  if (typeof value !== 'string') return null;
  return { text: value.slice(0, limit), kind: 'cut-to-limit' };
}

/** Optional text: converted or cut, else its default (''). */
const text =
  (limit: number): Fixer =>
  (value) => {
    const t = textFrom(value, limit);
    return t ? { value: t.text, kind: t.kind } : reset();
  };

/** Text a row cannot be without (a name, a title). */
const requiredText =
  (limit: number): Fixer =>
  (value) => {
    const t = textFrom(value, limit);
    return t?.text.trim() ? { value: t.text.trim(), kind: t.kind } : 'drop-row';
  };

const isId = (v: unknown): v is string =>
  typeof v === 'string' &&
  v.length > 0 &&
  v.length <= 100 &&
  v !== '__proto__' &&
  v !== 'constructor' &&
  v !== 'prototype';

const score: Fixer = (value) => {
  const n = numberFrom(value);
  return n !== null && Number.isInteger(n) && n >= 1 && n <= 5
    ? { value: n, kind: 'number-from-text' }
    : { value: null, kind: 'invalid-value' };
};

const position: Fixer = (value) => {
  if (isObject(value)) {
    const x = numberFrom(value.x);
    const y = numberFrom(value.y);
    if (x !== null && y !== null) {
      return { value: { x, y, pinned: value.pinned === true }, kind: 'number-from-text' };
    }
  }
  return { value: null, kind: 'invalid-position' };
};

const textList =
  (limit: number, count: number, keep: (s: string) => boolean = () => true): Fixer =>
  (value) => {
    if (!Array.isArray(value)) return reset();
    const list = value
      .map((v) => textFrom(v, limit)?.text)
      .filter((s): s is string => s !== undefined && keep(s))
      .slice(0, count);
    return { value: list, kind: 'cut-to-limit' };
  };

const custom: Fixer = (value) => {
  if (!isObject(value)) return reset();
  const entries = Object.entries(value)
    .filter(([k]) => isId(k))
    .flatMap(([k, v]) => {
      const t = textFrom(v, LIMITS.shortText);
      return t ? [[k, t.text] as const] : [];
    })
    .slice(0, LIMITS.tags);
  return { value: Object.fromEntries(entries), kind: 'invalid-value' };
};

const contact: Fixer = (value) => {
  if (!isObject(value)) return reset();
  const field = (v: unknown) => textFrom(v, LIMITS.shortText)?.text ?? '';
  return {
    value: {
      name: field(value.name),
      role: field(value.role),
      email: field(value.email),
      phone: field(value.phone),
    },
    kind: 'invalid-value',
  };
};

/**
 * A workshop phone's stamp (`addedBy`, issue 17) that cannot be read goes: the actor stays, only
 * who added it is forgotten. The nickname is cut to its limit, or goes.
 */
const dropStamp: Fixer = () => reset();
const nickname: Fixer = (value) => {
  const t = textFrom(value, NICKNAME_MAX);
  return t?.text.trim() ? { value: t.text.trim(), kind: t.kind } : reset();
};

const timestamp: Fixer = (_value, { fallbackDate }) => ({
  value: fallbackDate,
  kind: 'invalid-value',
});

/** "2026-03-01" from a date or a timestamp; `null` when there is no such date. */
function dayFrom(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const day = /^\d{4}-\d{2}-\d{2}/.exec(value.trim())?.[0];
  return day && !Number.isNaN(Date.parse(day)) ? day : null;
}

const optionalDay: Fixer = (value) => {
  const day = dayFrom(value);
  return day ? { value: day, kind: 'invalid-value' } : { value: null, kind: 'invalid-value' };
};

const constant =
  (value: unknown): Fixer =>
  () => ({ value, kind: 'invalid-value' });

export const MAP_FIXERS: Fixers = {
  name: requiredText(LIMITS.shortText),
  description: text(LIMITS.longText),
  focalActorId: () => ({ value: null, kind: 'missing-focal' }),
  createdAt: timestamp,
  updatedAt: timestamp,
};

export const ACTOR_FIXERS: Fixers = {
  name: requiredText(LIMITS.shortText),
  kind: constant('organisation'),
  sectorId: () => ({ value: CUSTOM_SECTOR, kind: 'unknown-sector' }),
  typeId: () => ({ value: CUSTOM_TYPE, kind: 'unknown-type' }),
  description: text(LIMITS.longText),
  tags: textList(LIMITS.shortText, LIMITS.tags),
  contact,
  power: score,
  interest: score,
  position,
  custom,
  addedBy: dropStamp,
  addedByName: nickname,
  createdAt: timestamp,
  updatedAt: timestamp,
};

export const COLLABORATION_FIXERS: Fixers = {
  label: text(LIMITS.shortText),
  purposeIds: textList(100, LIMITS.tags, isId),
  strength: (value) => {
    const n = numberFrom(value);
    return n === 1 || n === 2 || n === 3
      ? { value: n, kind: 'number-from-text' }
      : { value: 2, kind: 'invalid-value' };
  },
  status: constant('active'),
  frequency: text(LIMITS.shortText),
  startDate: optionalDay,
  endDate: optionalDay,
  responsible: text(LIMITS.shortText),
  notes: text(LIMITS.longText),
  custom,
  addedBy: dropStamp,
  addedByName: nickname,
  createdAt: timestamp,
  updatedAt: timestamp,
};

export const ACTIVITY_FIXERS: Fixers = {
  date: (value) => {
    const day = dayFrom(value);
    return day ? { value: day, kind: 'invalid-value' } : 'drop-row';
  },
  title: requiredText(LIMITS.shortText),
  note: text(LIMITS.longText),
};

export const VIEW_FIXERS: Fixers = {
  name: requiredText(LIMITS.shortText),
  order: (value) => {
    const n = numberFrom(value);
    return n !== null && Number.isInteger(n) && n >= 0
      ? { value: n, kind: 'number-from-text' }
      : { value: 0, kind: 'invalid-value' };
  },
  filters: constant({ sectors: [], statuses: [], purposes: [] }),
  layout: constant('force'),
  ringsBy: constant('distance'),
  sizeBy: constant('degree'),
  showGaps: constant(false),
  camera: constant(null),
  createdAt: timestamp,
  updatedAt: timestamp,
};

export { isId, isObject };
