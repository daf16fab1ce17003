import { useMemo } from 'react';
import { getRecord } from '../../domain/records';
import { changeCount, diffSnapshots } from '../../domain/snapshotDiff';
import type { Collaboration, MapDocument } from '../../domain/types';
import { useLocale } from '../hooks';

/** "A – B", with names from whichever state still has each actor. */
function linkName(c: Collaboration, before: MapDocument, after: MapDocument): string {
  const name = (id: string) =>
    getRecord(after.actors, id)?.name ?? getRecord(before.actors, id)?.name ?? id;
  return `${name(c.sourceId)} – ${name(c.targetId)}`;
}

/** What changed between a snapshot and now, grouped; the text beside the compared map. */
export function ChangeList({ before, after }: { before: MapDocument; after: MapDocument }) {
  const { t } = useLocale();
  const diff = useMemo(() => diffSnapshots(before, after), [before, after]);
  if (changeCount(diff) === 0) return <p className="muted">{t('versions.noChanges')}</p>;
  const groups: [string, string[]][] = [
    [t('versions.actorsAdded'), diff.actors.added.map((a) => a.name)],
    [t('versions.actorsRemoved'), diff.actors.removed.map((a) => a.name)],
    [
      t('versions.actorsChanged'),
      diff.actors.changed.map((c) =>
        t('versions.fields', { name: c.after.name, fields: c.fields.join(', ') }),
      ),
    ],
    [t('versions.linksAdded'), diff.collaborations.added.map((c) => linkName(c, before, after))],
    [
      t('versions.linksRemoved'),
      diff.collaborations.removed.map((c) => linkName(c, before, after)),
    ],
    [
      t('versions.linksChanged'),
      diff.collaborations.changed.map((c) =>
        t('versions.fields', {
          name: linkName(c.after, before, after),
          fields: c.fields.join(', '),
        }),
      ),
    ],
  ];
  return (
    <section className="change-list" aria-label={t('versions.changes')}>
      {groups
        .filter(([, items]) => items.length > 0)
        .map(([title, items]) => (
          <div key={title}>
            <h3>
              {title} ({items.length})
            </h3>
            <ul>
              {items.map((item, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: names may repeat; the list is static
                <li key={i}>{item}</li>
              ))}
            </ul>
          </div>
        ))}
    </section>
  );
}
