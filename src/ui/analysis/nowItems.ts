/**
 * "Dette bør vi gjøre nå": the analysis's ranked actions in words, shared by the panel, the
 * printed report and the deck so all three say the same thing.
 */
import type { ActionItem, GapAnalysis, QuietCollaboration } from '../../analysis/gap';
import { planLinkOf } from '../../domain/mapSettings';
import { getRecord } from '../../domain/records';
import { findType } from '../../domain/template';
import type { Locale, MapDocument, Template } from '../../domain/types';
import { formatDate } from '../../i18n';
import { typeName } from '../labels';
import { actorName, listNames, type T } from './findings';

export interface NowItem {
  key: string;
  text: string;
  /** The type's first step, or null. */
  firstStep: string | null;
  /** The collaboration's next step, with its date when it has one, or null. */
  nextStep: string | null;
  /** The plan goal the type's gap is tied to, or null. */
  plan: string | null;
  actorIds: string[];
}

/** How many the panel shows before "show more". */
export const NOW_SHOWN = 5;
/** How many the report and the deck list. */
export const NOW_MAX = 10;

const itemKey = (a: ActionItem) =>
  `${a.kind}-${a.typeId ?? ''}-${a.actorId ?? ''}-${a.collaborationId ?? ''}`;

/** The plan goal of a type, in words: "Kulturplan: «Alle barn …»". */
export function planText(doc: MapDocument, typeId: string | null, t: T): string | null {
  if (!typeId) return null;
  const link = planLinkOf(doc.map, typeId);
  const plan = link && doc.map.plans.find((p) => p.id === link.planId);
  if (!link || !plan) return null;
  return link.goal
    ? t('gap.now.plan', { plan: plan.name, goal: link.goal })
    : t('gap.now.planOnly', { plan: plan.name });
}

function quiet(list: readonly QuietCollaboration[], id: string | null) {
  return id ? list.find((q) => q.collaborationId === id) : undefined;
}

function actionText(
  a: ActionItem,
  analysis: GapAnalysis,
  doc: MapDocument,
  template: Template,
  locale: Locale,
  t: T,
): { text: string; actorIds: string[] } | null {
  const name = (id: string) => actorName(doc, id);
  const type = a.typeId ? typeName(template, a.typeId, locale, a.typeId) : '';
  const status = (s: string) => t(`status.${s}` as 'status.idea').toLocaleLowerCase(locale);
  switch (a.kind) {
    case 'type-gap': {
      const cov = analysis.types.find((x) => x.typeId === a.typeId);
      if (a.status === 'missing' || !cov) {
        return { text: t('gap.now.missing', { type }), actorIds: [] };
      }
      if (a.status === 'unconnected') {
        const names = listNames(cov.actorIds.slice(0, 3).map(name), locale);
        return { text: t('gap.now.unconnected', { type, names }), actorIds: cov.actorIds };
      }
      const ids = cov.linkedActorIds.length ? cov.linkedActorIds : cov.actorIds;
      const why = cov.weakBecause
        ? t(`gap.types.weakBecause.${cov.weakBecause}`)
        : t('gap.status.weak').toLocaleLowerCase(locale);
      return {
        text: t('gap.now.weak', { type, names: listNames(ids.slice(0, 3).map(name), locale), why }),
        actorIds: ids,
      };
    }
    case 'stakeholder': {
      const flag = analysis.stakeholders.find((f) => f.actorId === a.actorId);
      if (!flag) return null;
      return {
        text: t('gap.now.stakeholder', {
          advice: t(`gap.stakeholders.advice.${flag.advice}`),
          name: name(flag.actorId),
          power: flag.power,
          link: t(`gap.stakeholders.${flag.reason}`),
        }),
        actorIds: [flag.actorId],
      };
    }
    case 'stale':
    case 'stalled': {
      const q = quiet(
        a.kind === 'stale' ? analysis.structure.stale : analysis.structure.stalled,
        a.collaborationId,
      );
      if (!q) return null;
      const focal = analysis.focalActorId;
      const actorIds = [q.sourceId, q.targetId];
      const count = q.monthsSince;
      // With the school at one end, naming the partner is enough.
      if (focal && actorIds.includes(focal)) {
        const partner = q.sourceId === focal ? q.targetId : q.sourceId;
        const words = { name: name(partner), count, status: status(q.status) };
        return {
          text:
            a.kind === 'stale' ? t('gap.now.staleWith', words) : t('gap.now.stalledWith', words),
          actorIds,
        };
      }
      const words = { a: name(q.sourceId), b: name(q.targetId), count };
      return {
        text:
          a.kind === 'stale'
            ? t('gap.now.stale', words)
            : t('gap.now.stalled', { ...words, status: status(q.status) }),
        actorIds,
      };
    }
    default:
      return null;
  }
}

function nextStepText(a: ActionItem, doc: MapDocument, locale: Locale, t: T): string | null {
  const c = a.collaborationId ? getRecord(doc.collaborations, a.collaborationId) : undefined;
  const step = c?.nextStep.trim() ?? '';
  const date = a.nextStepDate ?? c?.nextStepDate ?? null;
  if (step && date) return t('gap.now.nextStepDated', { step, date: formatDate(date, locale) });
  if (step) return t('gap.now.nextStep', { step });
  if (date) return t('gap.now.nextStepDate', { date: formatDate(date, locale) });
  return null;
}

/** The ranked actions in words, at most `max`. */
export function nowItems(
  analysis: GapAnalysis,
  doc: MapDocument,
  template: Template,
  locale: Locale,
  t: T,
  max = NOW_MAX,
): NowItem[] {
  const out: NowItem[] = [];
  for (const a of analysis.actions) {
    if (out.length >= max) break;
    const said = actionText(a, analysis, doc, template, locale, t);
    if (!said) continue;
    const step = a.typeId ? findType(template, a.typeId)?.firstStep?.[locale]?.trim() : '';
    out.push({
      key: itemKey(a),
      text: said.text,
      firstStep: step ? t('gap.now.firstStep', { step }) : null,
      nextStep: nextStepText(a, doc, locale, t),
      plan: planText(doc, a.typeId, t),
      actorIds: [...new Set(said.actorIds)],
    });
  }
  return out;
}
