import { useEffect } from 'react';
import { useSession } from '../SessionContext';

/** How often, and for how long, the map is checked for having drawn. */
const CHECK_MS = 100;
const GIVE_UP_MS = 120_000;

/**
 * The map view has shown its first frame (data-ready) and is at rest: the map has drawn. In the
 * lists view the map is not drawn at all: the view took the map without failing, which is all
 * there is to wait for (a failure would have unmounted this with it).
 */
function drawn(): boolean {
  const canvas = document.querySelector('.map-canvas');
  if (!canvas) return false;
  if (canvas.closest('[hidden]')) return true;
  return canvas.getAttribute('data-ready') === 'true' && (window.samspill?.idle() ?? false);
}

/**
 * Tells the session once the open map has drawn, which clears its "opening" mark (OPENING_KEY in
 * src/state/session.ts). Used inside the error boundary next to the map: a map that fails to
 * draw unmounts this with it, or never comes to rest, and so stays marked. It reads the map view
 * from outside, through the attributes and diagnostics it already exposes. A tab closed in the
 * moment between drawing and this check leaves the mark too: the next start then asks before
 * opening that map, which errs on the safe side.
 */
export function useDrawnMark(mapId: string | undefined): void {
  const session = useSession();
  useEffect(() => {
    if (!mapId) return;
    const started = Date.now();
    const timer = window.setInterval(() => {
      if (drawn()) {
        window.clearInterval(timer);
        void session.mapDrawn(mapId).catch(() => {});
      } else if (Date.now() - started > GIVE_UP_MS) {
        window.clearInterval(timer);
      }
    }, CHECK_MS);
    return () => window.clearInterval(timer);
  }, [session, mapId]);
}
