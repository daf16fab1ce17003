/**
 * The map's settings for the gap analysis: types that are not relevant here, the municipality's
 * plans, and the plan goal a type's gap is tied to. Pure commands, one undo step each; a command
 * that would change nothing returns the same document.
 */
import type { EditMeta } from './ids';
import type { MapDocument, MunicipalPlan, PartnerMap, PlanLink } from './types';

/** As the saved format allows (src/schema/limits.ts): more would not load again. */
export const PLAN_NAME_MAX = 300;
export const PLANS_MAX = 50;
export const NOT_RELEVANT_MAX = 50;
export const PLAN_LINKS_MAX = 200;

const withMap = (doc: MapDocument, patch: Partial<PartnerMap>, meta: EditMeta): MapDocument => ({
  ...doc,
  map: { ...doc.map, ...patch, updatedAt: meta.now },
});

const cleanText = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, PLAN_NAME_MAX);

/** Marks a template type as not relevant in this municipality (not scored), or relevant again. */
export function setTypeNotRelevant(
  doc: MapDocument,
  typeId: string,
  notRelevant: boolean,
  meta: EditMeta,
): MapDocument {
  const ids = doc.map.notRelevantTypeIds;
  if (ids.includes(typeId) === notRelevant) return doc;
  if (notRelevant && ids.length >= NOT_RELEVANT_MAX) return doc;
  const next = notRelevant ? [...ids, typeId] : ids.filter((id) => id !== typeId);
  return withMap(doc, { notRelevantTypeIds: next }, meta);
}

/** Adds a plan by name; returns the new plan, or null for an empty name or a full list. */
export function addPlan(
  doc: MapDocument,
  name: string,
  meta: EditMeta,
): { doc: MapDocument; plan: MunicipalPlan } | null {
  const clean = cleanText(name);
  if (!clean || doc.map.plans.length >= PLANS_MAX) return null;
  const plan: MunicipalPlan = { id: meta.newId(), name: clean };
  return { plan, doc: withMap(doc, { plans: [...doc.map.plans, plan] }, meta) };
}

export function renamePlan(
  doc: MapDocument,
  planId: string,
  name: string,
  meta: EditMeta,
): MapDocument {
  const clean = cleanText(name);
  const plan = doc.map.plans.find((p) => p.id === planId);
  if (!plan || !clean || plan.name === clean) return doc;
  const plans = doc.map.plans.map((p) => (p.id === planId ? { ...p, name: clean } : p));
  return withMap(doc, { plans }, meta);
}

/** Removes a plan and every gap tied to one of its goals, in one step. */
export function removePlan(doc: MapDocument, planId: string, meta: EditMeta): MapDocument {
  if (!doc.map.plans.some((p) => p.id === planId)) return doc;
  return withMap(
    doc,
    {
      plans: doc.map.plans.filter((p) => p.id !== planId),
      planLinks: doc.map.planLinks.filter((l) => l.planId !== planId),
    },
    meta,
  );
}

/** The plan goal a type's gap is tied to, or null. */
export function planLinkOf(map: PartnerMap, typeId: string): PlanLink | null {
  return map.planLinks.find((l) => l.typeId === typeId) ?? null;
}

/**
 * Ties a type's gap to a goal of one of the map's plans (one goal per type), or unties it with
 * null. A plan the map does not have is refused.
 */
export function setPlanLink(
  doc: MapDocument,
  typeId: string,
  link: { planId: string; goal: string } | null,
  meta: EditMeta,
): MapDocument {
  const current = planLinkOf(doc.map, typeId);
  const others = doc.map.planLinks.filter((l) => l.typeId !== typeId);
  if (link === null) return current ? withMap(doc, { planLinks: others }, meta) : doc;
  if (!doc.map.plans.some((p) => p.id === link.planId)) return doc;
  const goal = cleanText(link.goal);
  if (current && current.planId === link.planId && current.goal === goal) return doc;
  if (!current && others.length >= PLAN_LINKS_MAX) return doc;
  const next: PlanLink = { typeId, planId: link.planId, goal };
  // Keeps the type's place in the list, so the report's order does not jump on an edit.
  const planLinks = current
    ? doc.map.planLinks.map((l) => (l.typeId === typeId ? next : l))
    : [...doc.map.planLinks, next];
  return withMap(doc, { planLinks }, meta);
}
