/**
 * Random damage to a saved map (savedMaps.ts), for the fuzz test of the stepped restore: a field
 * set to a bad or odd value or dropped, a record replaced, removed or doubled, an id or reference
 * pointed elsewhere, a list or the header broken. Each returns what it did, for the failure text.
 */
import type { SavedRows } from './savedMaps';

type Row = Record<string, unknown>;
type Rnd = () => number;

const LISTS = ['actors', 'collaborations', 'activities', 'views'] as const;

/** Values that break one field or another, and some that are valid somewhere. */
const VALUES: unknown[] = [
  null,
  undefined,
  '',
  ' ',
  'x',
  'x'.repeat(301),
  'x'.repeat(20_001),
  0,
  -1,
  1,
  3,
  7,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  [],
  {},
  ['a'],
  Array.from({ length: 51 }, (_, i) => `t${i}`),
  '2026-13-01',
  '2026-01-01',
  '2026-01-01T00:00:00.000Z',
  'not a date',
  '__proto__',
  'constructor',
  'a1',
  'c1',
  'map-1',
  'active',
  'person',
  { x: 1, y: 2, pinned: false },
  { x: Number.NaN, y: 0, pinned: true },
  { name: 'Kari', role: '', email: '', phone: '' },
];
/** Fields a record may lack, to be added as well as changed. */
const EXTRA_KEYS = ['power', 'description', 'addedBy', 'custom', 'tags', 'note', 'label', 'camera'];

const pick = <T>(rnd: Rnd, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;

/** An index, now and then the first or the last, where the order of errors is most at stake. */
function indexIn(rnd: Rnd, length: number): number {
  const r = rnd();
  if (r < 0.2) return 0;
  if (r < 0.4) return length - 1;
  return Math.floor(rnd() * length);
}

function damageField(rows: SavedRows, rnd: Rnd): string {
  const key = pick(rnd, [...LISTS, 'map'] as const);
  const list = key === 'map' ? [rows.map] : rows[key];
  if (!Array.isArray(list) || list.length === 0) return 'nothing';
  const i = indexIn(rnd, list.length);
  const record = list[i] as Row;
  if (typeof record !== 'object' || record === null) return 'nothing';
  const field = pick(rnd, [...Object.keys(record), ...EXTRA_KEYS]);
  if (rnd() < 0.15) {
    delete record[field];
    return `${key}[${i}].${field} dropped`;
  }
  const value = pick(rnd, VALUES);
  record[field] = value;
  return `${key}[${i}].${field} = ${String(value).slice(0, 20)}`;
}

function damageRecord(rows: SavedRows, rnd: Rnd): string {
  const key = pick(rnd, LISTS);
  const list = rows[key] as unknown[];
  if (!Array.isArray(list) || list.length === 0) return 'nothing';
  const i = indexIn(rnd, list.length);
  const j = Math.floor(rnd() * list.length);
  const kind = Math.floor(rnd() * 6);
  if (kind === 0) list[i] = pick(rnd, [null, 'x', [], {}, 7]);
  else if (kind === 1) list.splice(i, 1);
  else if (kind === 2) list[i] = list[j];
  else if (kind === 3) list[i] = { ...(list[j] as Row), id: `new-${i}` };
  else if (kind === 4) list.push(list[i]);
  else {
    const other = rows[pick(rnd, LISTS)];
    list[i] = Array.isArray(other) ? pick(rnd, other) : null;
  }
  return `${key}[${i}] record damage ${kind} (with ${j})`;
}

/** A record of a list, if the list is still one and the record an object. */
function someRecord(rnd: Rnd, list: unknown): Row | undefined {
  if (!Array.isArray(list) || list.length === 0) return undefined;
  const record = list[indexIn(rnd, list.length)];
  return typeof record === 'object' && record !== null ? (record as Row) : undefined;
}

function damageReference(rows: SavedRows, rnd: Rnd): string {
  const c = someRecord(rnd, rows.collaborations);
  const a = someRecord(rnd, rows.actors);
  const activity = someRecord(rnd, rows.activities);
  const map = typeof rows.map === 'object' && rows.map !== null ? rows.map : {};
  const kind = Math.floor(rnd() * 6);
  if (kind === 0 && c) c.targetId = c.sourceId;
  else if (kind === 1 && c) c.sourceId = pick(rnd, ['nope', 'a1', 'c1']);
  else if (kind === 2 && a) a.mapId = 'other-map';
  else if (kind === 3) map.focalActorId = pick(rnd, ['nope', null, 'a1']);
  else if (kind === 4 && a) a.id = pick(rnd, ['a0', 'a1', '__proto__', 'toString']);
  else if (kind === 5 && activity) activity.collaborationId = 'nope';
  return `reference damage ${kind}`;
}

function damageWhole(rows: SavedRows, rnd: Rnd): string {
  const whole = rows as unknown as Row;
  const kind = Math.floor(rnd() * 6);
  if (kind === 0) delete whole[pick(rnd, [...LISTS, 'map'])];
  else if (kind === 1) whole[pick(rnd, [...LISTS, 'map'])] = pick(rnd, [null, {}, 'x', []]);
  else if (kind === 2) whole.version = pick(rnd, [1, 2, 4, '3', 0, 2.5]);
  else if (kind === 3) whole.format = pick(rnd, ['kumu', undefined]);
  else if (kind === 4) whole.extra = { anything: true };
  else {
    const view = someRecord(rnd, rows.views) ?? {};
    rows.views = Array.from({ length: 201 }, (_, i) => ({ ...view, id: `v${i}` }));
  }
  return `whole damage ${kind}`;
}

/** Damages `rows` in place; returns what was done. */
export function damage(rows: SavedRows, rnd: Rnd): string {
  const r = rnd();
  if (r < 0.5) return damageField(rows, rnd);
  if (r < 0.75) return damageRecord(rows, rnd);
  if (r < 0.92) return damageReference(rows, rnd);
  return damageWhole(rows, rnd);
}
