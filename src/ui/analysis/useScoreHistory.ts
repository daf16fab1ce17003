import { useContext, useEffect, useMemo, useState } from 'react';
import type { Session } from '../../state/session';
import { SessionContext } from '../SessionContext';
import { pastPoints, type SavedVersion, type ScoreHistory, scoreHistoryOf } from './history';
import type { GapContext } from './useGapAnalysis';

/** The open map's saved versions, checked as a restore checks them; damaged ones are left out. */
export async function savedVersions(session: Session, mapId: string): Promise<SavedVersion[]> {
  const list = await session.snapshots.list(mapId);
  return list.flatMap((s) => {
    if (s.kind === 'repair') return [];
    const doc = session.snapshots.documentOf(s);
    return doc ? [{ id: s.id, name: s.name, createdAt: s.createdAt, doc }] : [];
  });
}

/**
 * The score and type statuses across the map's saved versions and now, and whether the versions
 * have been read (`ready`). Without a session (a component test) there are no versions, only now.
 */
export function useScoreHistoryState(ctx: GapContext | null): {
  history: ScoreHistory | null;
  ready: boolean;
} {
  const session = useContext(SessionContext);
  const mapId = ctx?.doc.map.id;
  const [versions, setVersions] = useState<SavedVersion[]>([]);
  const [readFor, setReadFor] = useState<string | null>(null);

  useEffect(() => {
    setVersions([]);
    setReadFor(null);
    if (!session || !mapId) return;
    let live = true;
    const load = () =>
      void savedVersions(session, mapId).then((rows) => {
        if (!live) return;
        setVersions(rows);
        setReadFor(mapId);
      });
    load();
    const off = session.snapshots.subscribe(load);
    return () => {
      live = false;
      off();
    };
  }, [session, mapId]);

  const template = ctx?.template;
  const today = ctx?.analysis.today;
  // Saved versions never change: they are scored again only when the list or the day changes.
  const past = useMemo(
    () => (template && today ? pastPoints(versions, template, today) : []),
    [versions, template, today],
  );
  const history = useMemo(
    () => (ctx ? scoreHistoryOf(past, ctx.analysis, ctx.template) : null),
    [ctx, past],
  );
  return { history, ready: !session || !mapId || readFor === mapId };
}

export function useScoreHistory(ctx: GapContext | null): ScoreHistory | null {
  return useScoreHistoryState(ctx).history;
}
