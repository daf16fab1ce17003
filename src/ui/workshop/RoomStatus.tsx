import { useMemo, useState } from 'react';
import { useDoc, useLocale, useMode } from '../hooks';
import { likelyDuplicates, pairKey, roomEntries } from './participation';
import { mergeDuplicate } from './room';

/** "23 entries from 12 people": what the room's phones added, once the room is invited. */
export function RoomCounter() {
  const { t } = useLocale();
  const doc = useDoc();
  const workshop = useMode((s) => s.workshop);
  const counts = useMemo(
    () => (doc && workshop ? roomEntries(doc, workshop.before) : null),
    [doc, workshop],
  );
  if (!counts || !workshop?.room) return null;
  const people = counts.participants.length;
  const text =
    counts.entries === 0
      ? t('room.nobody')
      : people === 1
        ? t('room.counterOne', { count: counts.entries })
        : t('room.counter', { count: counts.entries, people });
  return (
    <span className="ws-count" data-entries={counts.entries} data-people={people}>
      {text}
    </span>
  );
}

/**
 * Names the room likely typed twice, for the leader to merge in one step (undone with Undo) or
 * keep apart; a pair kept apart is not asked about again in this workshop.
 */
export function RoomDuplicates() {
  const { t } = useLocale();
  const doc = useDoc();
  const workshop = useMode((s) => s.workshop);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(() => new Set());
  const pairs = useMemo(
    () => (doc && workshop ? likelyDuplicates(doc, workshop.before, dismissed) : []),
    [doc, workshop, dismissed],
  );
  if (pairs.length === 0) return null;
  return (
    <section className="ws-dupes" aria-label={t('room.duplicates')}>
      <h2 className="ws-dupes-title">{t('room.duplicates')}</h2>
      <ul>
        {pairs.map(({ keep, drop }) => {
          const names = { keep: keep.name, drop: drop.name };
          return (
            <li key={pairKey(keep.id, drop.id)} data-keep={keep.id} data-drop={drop.id}>
              <span>{t('room.duplicate', names)}</span>
              <button
                type="button"
                className="btn btn-primary"
                aria-label={t('room.mergeLabel', names)}
                onClick={() => mergeDuplicate(keep.id, drop.id)}
              >
                {t('room.merge')}
              </button>
              <button
                type="button"
                className="btn"
                aria-label={t('room.keepBothLabel', names)}
                onClick={() => setDismissed((d) => new Set([...d, pairKey(keep.id, drop.id)]))}
              >
                {t('room.keepBoth')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
