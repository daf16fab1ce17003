import { useEffect, useState } from 'react';
import type { Locale, Snapshot } from '../../domain/types';
import { formatDate, intlLocale } from '../../i18n';
import { undo } from '../../state/documentStore';
import { modeStore } from '../../state/modeStore';
import { showToast } from '../../state/uiStore';
import { viewStore } from '../../state/viewStore';
import { NameDialog } from '../common/Dialog';
import { useDoc, useLocale, useMode } from '../hooks';
import { useSession } from '../SessionContext';
import { ChangeList } from './ChangeList';
import './versions.css';

/** Date and time, for version names and the list: "26.11.2026 14:05". */
export function stamp(iso: string, locale: Locale): string {
  const time = new Intl.DateTimeFormat(intlLocale(locale), {
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
  return `${formatDate(iso, locale)} ${time}`;
}

/** The open map's saved versions, newest first; re-read whenever one is taken or removed. */
export function useSnapshots(mapId: string | undefined): Snapshot[] {
  const { snapshots } = useSession();
  const [list, setList] = useState<Snapshot[]>([]);
  useEffect(() => {
    if (!mapId) return;
    let live = true;
    const load = () =>
      void snapshots.list(mapId).then((rows) => {
        if (live) setList(rows);
      });
    load();
    const off = snapshots.subscribe(load);
    return () => {
      live = false;
      off();
    };
  }, [snapshots, mapId]);
  return list;
}

/** Versions (snapshots): save, compare with now, restore (undoably) and delete. */
export function VersionsPanel() {
  const { t, locale } = useLocale();
  const session = useSession();
  const doc = useDoc();
  const compare = useMode((s) => s.compare);
  const list = useSnapshots(doc?.map.id);
  const [naming, setNaming] = useState(false);
  if (!doc) return null;

  const save = async (name: string) => {
    await session.snapshots.take(doc, name, 'manual');
    showToast({ message: t('versions.saved', { name }) });
  };
  const restoreTo = async (s: Snapshot) => {
    const ok = await session.snapshots.restore(s, t('versions.beforeRestore', { name: s.name }));
    modeStore.setState({ compare: null });
    showToast(
      ok
        ? { message: t('versions.restored', { name: s.name }), undo }
        : { message: t('versions.restoreFailed', { name: s.name }) },
    );
  };
  const remove = async (s: Snapshot) => {
    await session.snapshots.remove(s.id);
    if (compare?.snapshotId === s.id) modeStore.setState({ compare: null });
    showToast({ message: t('versions.removed', { name: s.name }) });
  };

  const compareWith = (s: Snapshot) => {
    // Checked first: a damaged version must not reach the map view.
    const before = session.snapshots.documentOf(s);
    if (!before) {
      showToast({ message: t('versions.restoreFailed', { name: s.name }) });
      return;
    }
    modeStore.setState({ compare: { snapshotId: s.id, name: s.name, doc: before } });
    viewStore.setState({ view: 'map' });
  };
  /** One version's buttons: each named with the version, since the list repeats the words. */
  const actionsFor = (s: Snapshot) => [
    {
      key: 'compare',
      className: 'btn btn-small',
      name: t('versions.compare', { name: s.name }),
      text: t('versions.compareButton'),
      pressed: compare?.snapshotId === s.id,
      onClick: () => compareWith(s),
    },
    {
      key: 'restore',
      className: 'btn btn-small',
      name: t('versions.restore', { name: s.name }),
      text: t('versions.restoreButton'),
      onClick: () => void restoreTo(s),
    },
    {
      key: 'remove',
      className: 'btn btn-small btn-danger',
      name: t('versions.remove', { name: s.name }),
      text: '×',
      onClick: () => void remove(s),
    },
  ];

  return (
    <section className="panel versions-panel" aria-labelledby="versions-heading">
      <h2 id="versions-heading">{t('versions.heading')}</h2>
      <p className="muted">{t('versions.intro')}</p>
      <button type="button" className="btn btn-primary" onClick={() => setNaming(true)}>
        {t('versions.save')}
      </button>
      {compare && (
        <div className="versions-compare" role="status">
          <p>
            <strong>{t('versions.comparing', { name: compare.name })}</strong>
          </p>
          <p className="versions-key">
            <span className="key-added" aria-hidden="true" /> {t('versions.legendAdded')}
            <br />
            <span className="key-removed" aria-hidden="true" /> {t('versions.legendRemoved')}
          </p>
          <button
            type="button"
            className="btn"
            onClick={() => modeStore.setState({ compare: null })}
          >
            {t('versions.stopCompare')}
          </button>
          <ChangeList before={compare.doc} after={doc} />
        </div>
      )}
      {list.length === 0 ? (
        <p className="muted">{t('versions.empty')}</p>
      ) : (
        <ul className="versions-list" aria-label={t('versions.list')}>
          {list.map((s) => (
            <li key={s.id} className={compare?.snapshotId === s.id ? 'current' : undefined}>
              <span className="versions-name">{s.name}</span>
              <span className="muted small">
                {stamp(s.createdAt, locale)} · {t(`versions.kind.${s.kind ?? 'manual'}`)}
              </span>
              <span className="versions-buttons">
                {actionsFor(s).map((a) => (
                  <button
                    key={a.key}
                    type="button"
                    className={a.className}
                    aria-label={a.name}
                    aria-pressed={a.pressed}
                    onClick={a.onClick}
                  >
                    {a.text}
                  </button>
                ))}
              </span>
            </li>
          ))}
        </ul>
      )}
      {naming && (
        <NameDialog
          title={t('versions.save')}
          label={t('versions.nameLabel')}
          initial={t('versions.defaultName', { date: stamp(new Date().toISOString(), locale) })}
          confirm={t('versions.confirm')}
          cancel={t('versions.cancel')}
          onConfirm={(name) => void save(name)}
          onClose={() => setNaming(false)}
        />
      )}
    </section>
  );
}
