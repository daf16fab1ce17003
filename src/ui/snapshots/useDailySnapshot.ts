import { useEffect } from 'react';
import { documentStore } from '../../state/documentStore';
import { useDoc, useLocale } from '../hooks';
import { useSession } from '../SessionContext';
import { stamp } from './VersionsPanel';

/**
 * The first time a map is open on a given day, keep a version of it as it opened (the last 14
 * are kept). Taken once the map is on screen: a version copies the whole map in one task.
 */
export function useDailySnapshot(): void {
  const { t, locale } = useLocale();
  const session = useSession();
  const mapId = useDoc()?.map.id;
  useEffect(() => {
    const doc = documentStore.getState().doc;
    if (!mapId || !doc || doc.map.id !== mapId) return;
    const name = t('versions.autoName', { date: stamp(new Date().toISOString(), locale) });
    let live = true;
    void session.drawn.when(mapId).then(() => {
      // A failed write shows in the save status like any other; the map itself is unaffected.
      if (live) void session.snapshots.daily(doc, name).catch(() => {});
    });
    return () => {
      live = false;
    };
  }, [mapId, session, t, locale]);
}
