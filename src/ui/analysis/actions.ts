/** What the gap panel does to the document and the view. Each document change is one undo step. */
import { useCallback } from 'react';
import type { PairSuggestion } from '../../analysis/gap';
import { addActor, addCollaboration } from '../../domain/commands';
import type { Template } from '../../domain/types';
import { edit } from '../../state/documentStore';
import { viewStore } from '../../state/viewStore';
import { useMapView } from '../map/MapViewContext';

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
