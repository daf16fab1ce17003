/** What the gap panel does to the document and the view. Each document change is one undo step. */
import { useCallback } from 'react';
import type { PairSuggestion } from '../../analysis/gap';
import { addActor, addCollaboration } from '../../domain/commands';
import type { Template } from '../../domain/types';
import { edit, undo } from '../../state/documentStore';
import { showToast } from '../../state/uiStore';
import { select, viewStore } from '../../state/viewStore';
import { useMapView } from '../map/MapViewContext';
import type { T } from './findings';

/** Switches to the map and asks it to centre on these actors. */
export function useShowOnMap(): (ids: readonly string[]) => void {
  const map = useMapView();
  return useCallback(
    (ids) => {
      if (ids.length === 0) return;
      viewStore.setState({ view: 'map' });
      map.focus([...new Set(ids)]);
    },
    [map],
  );
}

/** The pairing's purposes and the purposes both ends share, once each, in template order. */
export function suggestionPurposes(suggestion: PairSuggestion, template: Template): string[] {
  const wanted = new Set([
    ...(suggestion.reasons.pairing?.purposeIds ?? []),
    ...suggestion.reasons.sharedPurposeIds,
  ]);
  const ordered = template.purposes.map((p) => p.id).filter((id) => wanted.has(id));
  const unknown = [...wanted].filter((id) => !ordered.includes(id));
  return [...ordered, ...unknown];
}

/** Creates the suggested collaboration as an idea of strength 1. Returns its id, or null. */
export function acceptSuggestion(suggestion: PairSuggestion, template: Template): string | null {
  const added = edit((doc, meta) =>
    addCollaboration(
      doc,
      {
        sourceId: suggestion.sourceId,
        targetId: suggestion.targetId,
        status: 'idea',
        strength: 1,
        purposeIds: suggestionPurposes(suggestion, template),
      },
      meta,
    ),
  );
  return added?.collaboration.id ?? null;
}

/** Adds an actor of a missing type, named after the type. Returns its id, or null. */
export function addActorOfType(name: string, sectorId: string, typeId: string): string | null {
  return edit((doc, meta) => addActor(doc, { name, sectorId, typeId }, meta))?.actor.id ?? null;
}

/** Adds an actor named after its type and selects it; the toast's undo also clears the selection. */
export function addTypeActorWithUndo(label: string, sectorId: string, typeId: string, t: T): void {
  const id = addActorOfType(label, sectorId, typeId);
  if (!id) return;
  select({ kind: 'actor', id });
  showToast({
    message: t('gap.types.added', { name: label }),
    undo: () => {
      undo();
      select(null);
    },
    undoLabel: t('toast.undo'),
  });
}

/** The toast after a suggested link between a and b was added as an idea. */
export function toastAccepted(a: string, b: string, t: T): void {
  showToast({ message: t('gap.suggestions.accepted', { a, b }), undo, undoLabel: t('toast.undo') });
}
