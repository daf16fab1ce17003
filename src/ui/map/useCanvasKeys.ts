import { type FocusEvent, type KeyboardEvent, type MouseEvent, useEffect, useState } from 'react';
import { getRecord } from '../../domain/records';
import { canvasKeyAction } from '../../render/canvasKeys';
import type { MapView } from '../../render/mapView';
import { documentStore } from '../../state/documentStore';
import { modeStore } from '../../state/modeStore';
import { viewStore } from '../../state/viewStore';
import { useLocale, useTemplate, useView } from '../hooks';
import { typeName } from '../labels';

/** The details panel's first field, once the panel is drawn and shown (a few frames at most). */
function focusDetails(frames = 10): void {
  const field = document.querySelector<HTMLElement>(
    '#side-panel-details :is(input, select, textarea):not([disabled])',
  );
  if (field?.checkVisibility()) field.focus();
  else if (frames > 0) requestAnimationFrame(() => focusDetails(frames - 1));
}

/**
 * The map canvas's keys (render/canvasKeys.ts): arrows move the current actor, which is the
 * selection; Enter or Space opens its details; + − 0 zoom and fit; Esc clears. Keys count only
 * on the canvas itself. Returns the canvas's handlers and what the live region says.
 */
export function useCanvasKeys(view: MapView | null) {
  const { t, locale } = useLocale();
  const template = useTemplate();
  const current = useView((s) => (s.selection?.kind === 'actor' ? s.selection.id : null));
  // The focus ring shows while the canvas has focus from the keyboard, not from a click.
  const [ring, setRing] = useState(false);
  const [said, setSaid] = useState('');
  useEffect(() => view?.showKeyFocus(ring ? current : null), [view, ring, current]);

  const announce = (id: string) => {
    const doc = documentStore.getState().doc;
    const actor = doc ? getRecord(doc.actors, id) : undefined;
    if (!doc || !actor) return;
    const count = Object.values(doc.collaborations).filter(
      (c) => c.sourceId === id || c.targetId === id,
    ).length;
    const type = typeName(template, actor.typeId, locale, t('custom.type'));
    setSaid(t('keys.map.announce', { name: actor.name, type, count }));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!view || e.target !== e.currentTarget) return;
    const action = canvasKeyAction(e);
    if (!action) return;
    // A presentation steps with the arrows, Space and Esc, and nothing on its map is selected.
    const presenting = modeStore.getState().presenting !== null;
    if (presenting && action.kind !== 'zoom' && action.kind !== 'fit') return;
    e.preventDefault();
    setRing(true);
    const { selection } = viewStore.getState();
    switch (action.kind) {
      case 'move': {
        const from = selection?.kind === 'actor' ? selection.id : null;
        const next = view.nextActor(from, action.direction);
        if (!next || next === from) return;
        // Not select(): walking the map leaves the side panel on the tab it shows.
        viewStore.setState({ selection: { kind: 'actor', id: next } });
        view.reveal(next);
        announce(next);
        return;
      }
      case 'open':
        if (!selection) return;
        viewStore.setState({ sideTab: 'details' });
        focusDetails();
        return;
      case 'zoom':
        view.zoomBy(action.factor);
        return;
      case 'fit':
        view.fit();
        return;
      case 'clear':
        if (selection) viewStore.setState({ selection: null });
        setSaid('');
        return;
    }
  };

  const handlers = {
    onKeyDown,
    onFocus: (e: FocusEvent<HTMLDivElement>) => {
      if (e.target === e.currentTarget) setRing(e.currentTarget.matches(':focus-visible'));
    },
    onBlur: (e: FocusEvent<HTMLDivElement>) => {
      if (e.target === e.currentTarget) setRing(false);
    },
    // Cytoscape blurs whatever has focus on a press (its own mousedown runs first): focus comes
    // back to the canvas, so the keys follow a click on the map.
    onMouseDown: (e: MouseEvent<HTMLDivElement>) => {
      setRing(false);
      if (document.activeElement !== e.currentTarget)
        e.currentTarget.focus({ preventScroll: true });
    },
  };
  return { handlers, said };
}
