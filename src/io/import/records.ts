/**
 * One row of an actors or collaborations table → an incoming record. CSV and XLSX rows, and GEXF
 * and GraphML nodes and edges (their attribute names taken as headers), all come through here, so
 * every format reads the same columns, limits and warnings.
 */
import { guessType, type TypeRef } from '../../domain/template';
import {
  AGE_GROUPS,
  type AgeGroup,
  CUSTOM_SECTOR,
  CUSTOM_TYPE,
  type Template,
} from '../../domain/types';
import { LIMITS } from '../../schema/limits';
import type { ActorField, CollaborationField } from '../csv/columns';
import { isReservedKey, splitValues } from '../text/cells';
import { type Column, ID_MAX } from './columnPlan';
import { fail } from './failure';
import type { ImportProblem, IncomingActor, IncomingCollaboration, Origin } from './types';
import {
  readAgeGroup,
  readBoolean,
  readDate,
  readKind,
  readNumber,
  readScore,
  readStatus,
  readStrength,
  type TemplateLookup,
  templateLookup,
  valueKey,
} from './values';

export interface ReadContext {
  template: Template;
  lookup: TemplateLookup;
  warn: (p: ImportProblem) => void;
}

export const readContext = (template: Template, warn: ReadContext['warn']): ReadContext => ({
  template,
  lookup: templateLookup(template),
  warn,
});

/** A row's cells by field, with the header each came from, and its custom fields. */
function byField<F extends string>(columns: readonly Column<F>[], cells: readonly string[]) {
  const values = new Map<F, { header: string; value: string }>();
  const custom: Record<string, string> = {};
  columns.forEach((c, i) => {
    const value = cells[i];
    if (value === undefined || value.trim() === '') return;
    if (c.field) values.set(c.field, { header: c.header, value });
    else if (c.custom) custom[c.custom] = value;
  });
  return { values, custom };
}

function limited(value: string, limit: number, origin: Origin, field: string): string {
  if (value.length > limit) fail({ code: 'too-long', ...origin, field, limit });
  return value;
}

/** An ID, From or To that would name an object's prototype is refused, with its row. */
function notReserved(value: string, origin: Origin, field: string): string {
  if (isReservedKey(value)) fail({ code: 'reserved-id', ...origin, field, value });
  return value;
}

function checkCustom(custom: Record<string, string>, origin: Origin): Record<string, string> {
  for (const [k, v] of Object.entries(custom)) limited(v, LIMITS.shortText, origin, k);
  return custom;
}

function list(cell: { header: string; value: string }, origin: Origin): string[] {
  const values = splitValues(cell.value);
  if (values.length > LIMITS.tags) {
    fail({ code: 'too-many-values', ...origin, field: cell.header, limit: LIMITS.tags });
  }
  for (const v of values) limited(v, LIMITS.shortText, origin, cell.header);
  return values;
}

export type ActorRecord = Omit<IncomingActor, 'key'>;

export function readActor(
  columns: readonly Column<ActorField>[],
  cells: readonly string[],
  origin: Origin,
  ctx: ReadContext,
): ActorRecord | null {
  const { values, custom } = byField(columns, cells);
  const get = (f: ActorField) => values.get(f);
  const warn = (code: string, f: ActorField) =>
    ctx.warn({ code, ...origin, field: get(f)?.header, value: get(f)?.value });
  const text = (f: ActorField, limit: number = LIMITS.shortText) => {
    const cell = get(f);
    return cell && limited(cell.value, limit, origin, cell.header);
  };
  const name = text('name')?.trim();
  if (!name) {
    if (values.size > 0 || Object.keys(custom).length > 0) {
      ctx.warn({ code: 'missing-name', ...origin });
    }
    return null;
  }
  const id = text('id', ID_MAX)?.trim();
  if (id) notReserved(id, origin, get('id')?.header ?? '');
  const actor: ActorRecord = { sourceId: id || null, name, origin };
  if (get('kind')) {
    actor.kind = readKind(get('kind')?.value ?? '');
    if (!actor.kind) warn('unknown-kind', 'kind');
  }
  Object.assign(actor, readTypeAndSector(columns, get, warn, ctx, name, actor));
  const description = text('description', LIMITS.longText);
  if (description !== undefined) actor.description = description;
  const tags = get('tags');
  if (tags) actor.tags = list(tags, origin);
  for (const f of ['power', 'interest'] as const) {
    if (!get(f)) continue;
    const score = readScore(get(f)?.value ?? '');
    if (score === undefined) warn('invalid-score', f);
    else actor[f] = score;
  }
  const contact = { name: text('contact'), role: text('role'), email: text('email') };
  const phone = text('phone');
  if (contact.name || contact.role || contact.email || phone) {
    actor.contact = Object.fromEntries(
      Object.entries({ ...contact, phone }).filter(([, v]) => v !== undefined),
    );
  }
  if (get('x') || get('y')) {
    const x = readNumber(get('x')?.value ?? '');
    const y = readNumber(get('y')?.value ?? '');
    const pinned = readBoolean(get('pinned')?.value ?? '') ?? false;
    if (x === undefined || y === undefined) warn('invalid-position', get('x') ? 'x' : 'y');
    else actor.position = { x, y, pinned };
  }
  readRoles(get, origin, ctx, actor);
  if (Object.keys(custom).length) actor.custom = checkCustom(custom, origin);
  return actor;
}

/** Age groups and extra roles: ids or labels in either language; an unknown one is skipped. */
function readRoles(get: Getter<ActorField>, origin: Origin, ctx: ReadContext, actor: ActorRecord) {
  const ages = get('ageGroups');
  if (ages) {
    const read = new Set<AgeGroup>();
    for (const v of list(ages, origin)) {
      const g = readAgeGroup(v);
      if (g) read.add(g);
      else ctx.warn({ code: 'unknown-age-group', ...origin, field: ages.header, value: v });
    }
    actor.ageGroups = AGE_GROUPS.filter((g) => read.has(g));
  }
  const roles = get('extraRoles');
  if (roles) {
    actor.extraTypeIds = [];
    for (const v of list(roles, origin)) {
      const ref = ctx.lookup.type(v);
      const typeId = ref && ref.typeId !== ctx.template.focal.typeId ? ref.typeId : undefined;
      if (!typeId) ctx.warn({ code: 'unknown-role', ...origin, field: roles.header, value: v });
      else if (!actor.extraTypeIds.includes(typeId)) actor.extraTypeIds.push(typeId);
    }
  }
}

type Getter<F> = (f: F) => { header: string; value: string } | undefined;

/**
 * A known type decides the sector. A Type column that is blank or unknown means a custom type;
 * with no Type column at all the type is guessed from the name, as quick-add does.
 */
function readTypeAndSector(
  columns: readonly Column<ActorField>[],
  get: Getter<ActorField>,
  warn: (code: string, f: ActorField) => void,
  ctx: ReadContext,
  name: string,
  actor: ActorRecord,
): Pick<IncomingActor, 'sectorId' | 'typeId' | 'typeGuessed' | 'kind'> {
  const typeCell = get('type');
  const sectorCell = get('sector');
  let ref: TypeRef | undefined;
  let kind = actor.kind;
  if (typeCell) {
    ref = ctx.lookup.type(typeCell.value);
    // Kumu files often say "Person" or "Organization" here: that is a kind, not a type.
    const typeAsKind = ref ? undefined : readKind(typeCell.value);
    if (typeAsKind) kind ??= typeAsKind;
    else if (!ref && valueKey(typeCell.value) !== CUSTOM_TYPE) warn('unknown-type', 'type');
  }
  let sectorId: string | undefined;
  if (sectorCell) {
    sectorId = ctx.lookup.sector(sectorCell.value);
    if (!sectorId) warn('unknown-sector', 'sector');
  }
  const out = kind ? { kind } : {};
  if (ref) {
    if (sectorId && sectorId !== ref.sectorId) warn('sector-mismatch', 'sector');
    return { ...out, ...ref };
  }
  const hasTypeColumn = columns.some((c) => c.field === 'type');
  if (!hasTypeColumn) {
    const guess = guessType(ctx.template, name);
    if (guess && (!sectorId || sectorId === guess.sectorId)) {
      return { ...out, ...guess, typeGuessed: true };
    }
  }
  const chosen = typeCell && valueKey(typeCell.value) === CUSTOM_TYPE;
  return {
    ...out,
    sectorId: sectorId ?? CUSTOM_SECTOR,
    typeId: CUSTOM_TYPE,
    ...(chosen ? {} : { typeGuessed: true }),
  };
}

export interface CollaborationRecord extends Omit<IncomingCollaboration, 'source' | 'target'> {
  from: { header: string; value: string };
  to: { header: string; value: string };
}

export function readCollaboration(
  columns: readonly Column<CollaborationField>[],
  cells: readonly string[],
  origin: Origin,
  ctx: ReadContext,
): CollaborationRecord | null {
  const { values, custom } = byField(columns, cells);
  const get = (f: CollaborationField) => values.get(f);
  const warn = (code: string, f: CollaborationField, value = get(f)?.value) =>
    ctx.warn({ code, ...origin, field: get(f)?.header, value });
  const text = (f: CollaborationField, limit: number = LIMITS.shortText) => {
    const cell = get(f);
    return cell && limited(cell.value, limit, origin, cell.header);
  };
  const from = get('from');
  const to = get('to');
  if (!from || !to) {
    if (values.size > 0 || Object.keys(custom).length > 0) {
      const missing = columns.find((c) => c.field === (from ? 'to' : 'from'));
      ctx.warn({ code: 'missing-endpoint', ...origin, field: missing?.header });
    }
    return null;
  }
  const trimmed = (c: { header: string; value: string }) => ({
    header: c.header,
    value: notReserved(
      limited(c.value.trim(), LIMITS.shortText, origin, c.header),
      origin,
      c.header,
    ),
  });
  const id = text('id', ID_MAX)?.trim();
  if (id) notReserved(id, origin, get('id')?.header ?? '');
  const c: CollaborationRecord = {
    sourceId: id || null,
    from: trimmed(from),
    to: trimmed(to),
    origin,
  };
  const label = text('label');
  if (label !== undefined) c.label = label;
  if (get('strength')) {
    const strength = readStrength(get('strength')?.value ?? '');
    if (strength) c.strength = strength;
    else warn('invalid-strength', 'strength');
  } else if (get('weight')) {
    // Gephi weights are any number: round into 1–3.
    const w = readNumber(get('weight')?.value ?? '');
    if (w === undefined) warn('invalid-strength', 'weight');
    else c.strength = Math.min(3, Math.max(1, Math.round(w))) as 1 | 2 | 3;
  }
  if (get('status')) {
    const status = readStatus(get('status')?.value ?? '');
    if (status) c.status = status;
    else warn('invalid-status', 'status');
  }
  const purposes = get('purposes');
  if (purposes) {
    c.purposeIds = [];
    for (const p of list(purposes, origin)) {
      const id = ctx.lookup.purpose(p);
      if (id) c.purposeIds.includes(id) || c.purposeIds.push(id);
      else warn('unknown-purpose', 'purposes', p);
    }
  }
  for (const [f, key] of [
    ['start', 'startDate'],
    ['end', 'endDate'],
    ['nextStepDate', 'nextStepDate'],
  ] as const) {
    if (!get(f)) continue;
    const date = readDate(get(f)?.value ?? '');
    if (date) c[key] = date;
    else warn('invalid-date', f);
  }
  const frequency = text('frequency');
  if (frequency !== undefined) c.frequency = frequency;
  const responsible = text('responsible');
  if (responsible !== undefined) c.responsible = responsible;
  const notes = text('notes', LIMITS.longText);
  if (notes !== undefined) c.notes = notes;
  const nextStep = text('nextStep');
  if (nextStep !== undefined) c.nextStep = nextStep;
  if (Object.keys(custom).length) c.custom = checkCustom(custom, origin);
  return c;
}
