import { addActor, addCollaboration } from './commands';
import { homeName } from './homePlace';
import type { EditMeta } from './ids';
import { findActorByName, hasLinkBetween } from './lookup';
import type { QuickAdd } from './quickAdd';
import { CUSTOM_TYPE_REF, guessType } from './template';
import type { MapDocument, Template } from './types';

export interface QuickAddOutcome {
  doc: MapDocument;
  addedActorIds: string[];
  addedCollaborationIds: string[];
  /** What the entry points at afterwards: the new actor, or the last link of a chain. */
  focus: { kind: 'actor' | 'collaboration'; id: string } | null;
}

/** Applies a parsed entry as one edit, creating any actor a link names that does not exist. */
export function applyQuickAdd(
  doc: MapDocument,
  entry: QuickAdd,
  template: Template,
  meta: EditMeta,
): QuickAddOutcome {
  const outcome: QuickAddOutcome = {
    doc,
    addedActorIds: [],
    addedCollaborationIds: [],
    focus: null,
  };
  const ensureActor = (name: string): string => {
    const existing = entry.kind === 'link' ? findActorByName(outcome.doc, name) : null;
    if (existing) return existing.id;
    const ref = guessType(template, name, homeName(outcome.doc, template)) ?? CUSTOM_TYPE_REF;
    const added = addActor(outcome.doc, { name, ...ref }, meta);
    outcome.doc = added.doc;
    outcome.addedActorIds.push(added.actor.id);
    return added.actor.id;
  };

  if (entry.kind === 'actor') {
    const id = ensureActor(entry.name);
    outcome.focus = { kind: 'actor', id };
  } else if (entry.kind === 'link') {
    const ids = entry.names.map(ensureActor);
    for (let i = 1; i < ids.length; i++) {
      const a = ids[i - 1];
      const b = ids[i];
      if (!a || !b || a === b || hasLinkBetween(outcome.doc, a, b)) continue;
      const added = addCollaboration(
        outcome.doc,
        { sourceId: a, targetId: b, label: entry.label, status: 'active', strength: 2 },
        meta,
      );
      if (!added) continue;
      outcome.doc = added.doc;
      outcome.addedCollaborationIds.push(added.collaboration.id);
      outcome.focus = { kind: 'collaboration', id: added.collaboration.id };
    }
    if (!outcome.focus && ids[0]) outcome.focus = { kind: 'actor', id: ids[0] };
  }
  return outcome;
}
