/**
 * "What to do now" (docs/gap-analysis.md): one ranked list merging the type gaps, the stakeholder
 * flags, the stale links and the stalled ideas of the focal actor. Each candidate scores
 * weight × gap × power:
 * - weight: the type's template weight (for an actor: the highest weight among its typeId and
 *   extraTypeIds, else 1);
 * - gap: GAP_SIZE below, by how far the link is from covering;
 * - power: the actor's power (POWER_UNKNOWN when unknown or no actor is known) / 5.
 * Candidates about the same actor merge into one item: the highest score wins (ties by KIND_ORDER)
 * and keeps the others' type status and advice. Owner types, "not relevant" types and optional
 * types give no type-gap items; stale and stalled items are only the focal actor's own links.
 */
import type { Actor, Collaboration } from '../../domain/types';
import { compareIds, type Prepared } from './prepare';
import type {
  ActionItem,
  ActionKind,
  CoverageStatus,
  QuietCollaboration,
  StakeholderFlag,
  TypeCoverage,
} from './types';

/** How far from covering: no actor known 1; a known actor without a link, or an idea or plan that
 * stalled, 0.75; a weak or stale link 0.5. */
export const GAP_SIZE = {
  missing: 1,
  unconnected: 0.75,
  stalled: 0.75,
  weak: 0.5,
  stale: 0.5,
} as const;

/** Power assumed when it is not known (the middle of the 1–5 scale). */
export const POWER_UNKNOWN = 3;
export const POWER_MAX = 5;

/** On equal scores: a dated, concrete link first, then a stakeholder, then a type gap. */
export const KIND_ORDER: readonly ActionKind[] = ['stalled', 'stale', 'stakeholder', 'type-gap'];

export interface ActionInput {
  types: TypeCoverage[];
  stakeholders: StakeholderFlag[];
  stale: QuietCollaboration[];
  stalled: QuietCollaboration[];
}

type Gap = Exclude<CoverageStatus, 'covered'>;

function actorWeight(p: Prepared, a: Actor): number {
  let w = 0;
  for (const id of [a.typeId, ...a.extraTypeIds]) {
    const t = p.typeIndex.get(id);
    if (t !== undefined) w = Math.max(w, p.types[t]?.type.weight ?? 0);
  }
  return w > 0 ? w : 1;
}

const powerOf = (a: Actor | undefined) => (a?.power ?? POWER_UNKNOWN) / POWER_MAX;

function item(
  kind: ActionKind,
  weight: number,
  gap: number,
  power: number,
  fields: Partial<ActionItem>,
): ActionItem {
  return {
    kind,
    score: weight * gap * power,
    weight,
    gap,
    power,
    typeId: null,
    status: null,
    advice: null,
    actorId: null,
    collaborationId: null,
    nextStepDate: null,
    ...fields,
  };
}

function typeGaps(p: Prepared, types: TypeCoverage[]): ActionItem[] {
  const out: ActionItem[] = [];
  for (const t of types) {
    if (t.notRelevant || t.expectation === 'optional' || t.status === 'covered') continue;
    const status = t.status as Gap;
    let actor: Actor | undefined;
    if (status === 'weak' && t.best) actor = p.actors[p.indexOf.get(t.best.actorId) ?? -1];
    if (status === 'unconnected') {
      // The most powerful actor of the type: the one to approach first.
      for (const id of t.actorIds) {
        const a = p.actors[p.indexOf.get(id) ?? -1];
        if (a && (!actor || (a.power ?? 0) > (actor.power ?? 0))) actor = a;
      }
    }
    const direct = status === 'weak' && t.best?.viaProjectId === null;
    out.push(
      item('type-gap', t.weight, GAP_SIZE[status], powerOf(actor), {
        typeId: t.typeId,
        status,
        actorId: actor?.id ?? null,
        collaborationId: direct ? (t.best?.collaborationIds[0] ?? null) : null,
      }),
    );
  }
  return out;
}

function stakeholderItems(p: Prepared, flags: StakeholderFlag[]): ActionItem[] {
  return flags.map((s) => {
    const a = p.actors[p.indexOf.get(s.actorId) ?? -1] as Actor;
    const direct = s.best?.viaProjectId === null;
    return item(
      'stakeholder',
      actorWeight(p, a),
      s.reason === 'missing' ? GAP_SIZE.unconnected : GAP_SIZE.weak,
      s.power / POWER_MAX,
      {
        typeId: p.typeIndex.has(a.typeId) ? a.typeId : null,
        advice: s.advice,
        actorId: a.id,
        collaborationId: direct ? (s.best?.collaborationIds[0] ?? null) : null,
      },
    );
  });
}

function quietItems(p: Prepared, kind: 'stale' | 'stalled', list: QuietCollaboration[]) {
  const out: ActionItem[] = [];
  if (p.focal < 0) return out;
  const focalId = p.ids[p.focal] as string;
  for (const q of list) {
    if (q.sourceId !== focalId && q.targetId !== focalId) continue;
    const a = p.actors[p.indexOf.get(q.sourceId === focalId ? q.targetId : q.sourceId) ?? -1];
    if (!a) continue;
    out.push(
      item(kind, actorWeight(p, a), GAP_SIZE[kind], powerOf(a), {
        typeId: p.typeIndex.has(a.typeId) ? a.typeId : null,
        actorId: a.id,
        collaborationId: q.collaborationId,
      }),
    );
  }
  return out;
}

const keyOf = (x: ActionItem) => x.actorId ?? `type:${x.typeId ?? ''}`;

/** Scores are compared in units of 10⁻⁹: weight × gap × power in floating point is not exact. */
const units = (score: number) => Math.round(score * 1e9);

interface Ranked {
  item: ActionItem;
  units: number;
  kind: number;
  key: string;
}

const ranked = (item: ActionItem): Ranked => ({
  item,
  units: units(item.score),
  kind: KIND_ORDER.indexOf(item.kind),
  key: keyOf(item),
});

/** Higher score first, then KIND_ORDER, then the stronger actor, then by actor or type id. */
function compare(x: Ranked, y: Ranked): number {
  return (
    y.units - x.units ||
    x.kind - y.kind ||
    y.item.power - x.item.power ||
    compareIds(x.key, y.key) ||
    compareIds(x.item.collaborationId ?? '', y.item.collaborationId ?? '')
  );
}

/** The merged item for one actor: the best candidate, with the others' status and advice. */
function merge(group: Ranked[]): Ranked {
  if (group.length === 1) return group[0] as Ranked;
  const [first, ...rest] = group.sort(compare) as [Ranked, ...Ranked[]];
  const out = { ...first.item };
  for (const { item: x } of rest) {
    out.typeId ??= x.typeId;
    out.status ??= x.status;
    out.advice ??= x.advice;
    out.collaborationId ??= x.collaborationId;
  }
  return { ...first, item: out };
}

export function actions(p: Prepared, input: ActionInput): ActionItem[] {
  const all = [
    ...typeGaps(p, input.types),
    ...stakeholderItems(p, input.stakeholders),
    ...quietItems(p, 'stale', input.stale),
    ...quietItems(p, 'stalled', input.stalled),
  ];
  const groups = new Map<string, Ranked[]>();
  for (const x of all) {
    const r = ranked(x);
    const list = groups.get(r.key);
    if (list) list.push(r);
    else groups.set(r.key, [r]);
  }
  const merged: Ranked[] = [];
  for (const group of groups.values()) merged.push(merge(group));
  merged.sort(compare);
  return merged.map(({ item: x }) => {
    const id = x.collaborationId;
    const c: Collaboration | undefined =
      id !== null && Object.hasOwn(p.doc.collaborations, id) ? p.doc.collaborations[id] : undefined;
    x.nextStepDate = c?.nextStepDate ?? null;
    return x;
  });
}
