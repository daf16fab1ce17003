import { useEffect } from 'react';
import { documentStore } from '../../state/documentStore';
import { useSession } from '../SessionContext';

/** How often, and for how long, the map is checked for having drawn. */
const CHECK_MS = 100;
const GIVE_UP_MS = 120_000;

/** `shown`: the first frame is on screen and the layout still settles. */
type Drawn = 'drawn' | 'shown' | 'not yet';

/**
 * The map view has shown its first frame (data-ready) and is at rest: the map has drawn. In the
 * lists view the map is not drawn at all: the view took the map without failing, which is all
 * there is to wait for (a failure would have unmounted this with it).
 */
function drawn(actorId: string | null): Drawn {
  const canvas = document.querySelector('.map-canvas');
  if (!canvas) return 'not yet';
  if (canvas.closest('[hidden]')) return 'drawn';
  if (canvas.getAttribute('data-ready') !== 'true') return 'not yet';
  // A big map's canvas model comes a task after the map (useElementModel): until then the
  // canvas still shows the map before, at rest.
  if (actorId && !window.samspill?.holds(actorId)) return 'not yet';
  return window.samspill?.idle() ? 'drawn' : 'shown';
}

/** An actor of the open map, to tell the canvas showing it from one showing the map before. */
function actorOf(mapId: string): string | null {
  const doc = documentStore.getState().doc;
  if (doc?.map.id !== mapId) return null;
  if (doc.map.focalActorId) return doc.map.focalActorId;
  for (const id in doc.actors) return id;
  return null;
}

/**
 * Tells the session once the open map has drawn, which clears its "opening" mark (OPENING_KEY in
 * src/state/openingGuard.ts). Used inside the error boundary next to the map: a map that fails to
 * draw unmounts this with it, or never shows a frame, and so stays marked. It reads the map view
 * from outside, through the attributes and diagnostics it already exposes.
 */
export function useDrawnMark(mapId: string | undefined): void {
  const session = useSession();
  useEffect(() => {
    if (!mapId) return;
    const started = Date.now();
    const actorId = actorOf(mapId);
    const timer = window.setInterval(() => {
      if (drawn(actorId) === 'drawn') {
        window.clearInterval(timer);
        session.mapDrawn(mapId);
      } else if (Date.now() - started > GIVE_UP_MS) {
        window.clearInterval(timer);
      }
    }, CHECK_MS);
    // Leaving (a reload, a closed tab) while a shown map still settles is no crash. A render
    // error has unmounted this hook by then, so its mark stays.
    const leaving = () => {
      if (drawn(actorId) !== 'not yet') session.mapDrawn(mapId);
    };
    window.addEventListener('pagehide', leaving);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('pagehide', leaving);
    };
  }, [session, mapId]);
}
