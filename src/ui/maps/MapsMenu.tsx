import { useEffect, useState } from 'react';
import { ConfirmDialog, NameDialog } from '../common/Dialog';
import { usePopover } from '../common/usePopover';
import { useDoc, useLocale, useUi } from '../hooks';
import { useSession } from '../SessionContext';
import { ShareDialog } from '../share/ShareDialog';

type Pending = 'new' | 'rename' | 'delete' | 'share' | null;

/** The "Maps" control: switch, create, rename, duplicate and delete maps. */
export function MapsMenu() {
  const { t } = useLocale();
  const session = useSession();
  const doc = useDoc();
  const maps = useUi((s) => s.maps);
  const [pending, setPending] = useState<Pending>(null);
  const { open, close, id: menuId, root, toggle } = usePopover();
  const current = doc?.map;

  useEffect(() => {
    if (open) void session.refreshMaps();
  }, [open, session]);

  const act = (fn: () => void | Promise<void>) => () => {
    close();
    void fn();
  };

  // A new map and a renamed one ask for a name in the same dialog.
  const naming =
    pending === 'new'
      ? {
          title: t('maps.new'),
          initial: t('maps.newDefault'),
          confirm: t('maps.create'),
          onConfirm: (name: string) => void session.createMap(name),
        }
      : pending === 'rename' && current
        ? {
            title: t('maps.rename'),
            initial: current.name,
            confirm: t('maps.save'),
            onConfirm: (name: string) => session.renameCurrent(name),
          }
        : null;

  return (
    <div className="maps-menu" ref={root}>
      <button type="button" className="btn maps-button" {...toggle}>
        <span className="maps-label">{t('maps.control')}</span>
        <span className="maps-current" aria-hidden="true" title={current?.name}>
          {current?.name}
        </span>
      </button>
      {open && (
        <section id={menuId} className="popover" aria-label={t('maps.menu')}>
          <ul className="map-list">
            {maps.map((m) => (
              <li key={m.id}>
                <button
                  type="button"
                  className="map-item"
                  aria-current={m.id === current?.id ? 'true' : undefined}
                  onClick={act(() => session.openMap(m.id))}
                >
                  {m.id === current?.id ? current.name : m.name}
                </button>
              </li>
            ))}
          </ul>
          <div className="popover-actions">
            <button type="button" className="btn" onClick={act(() => setPending('new'))}>
              {t('maps.new')}
            </button>
            <button type="button" className="btn" onClick={act(() => setPending('rename'))}>
              {t('maps.rename')}
            </button>
            <button type="button" className="btn" onClick={act(() => setPending('share'))}>
              {t('share.button')}
            </button>
            <button type="button" className="btn" onClick={act(() => session.duplicateCurrent())}>
              {t('maps.duplicate')}
            </button>
            <button
              type="button"
              className="btn btn-danger"
              onClick={act(() => setPending('delete'))}
            >
              {t('maps.delete')}
            </button>
            <button
              type="button"
              className="btn btn-quiet"
              onClick={act(() => session.createDemo())}
            >
              {t('maps.demo')}
            </button>
          </div>
        </section>
      )}
      {naming && (
        <NameDialog
          {...naming}
          label={t('maps.nameLabel')}
          cancel={t('maps.cancel')}
          onClose={() => setPending(null)}
        />
      )}
      {pending === 'share' && <ShareDialog onClose={() => setPending(null)} />}
      {pending === 'delete' && current && (
        <ConfirmDialog
          title={t('maps.confirmDelete', { name: current.name })}
          body={t('maps.confirmDeleteBody')}
          confirm={t('maps.delete')}
          cancel={t('maps.cancel')}
          onConfirm={() => void session.deleteMap(current.id)}
          onClose={() => setPending(null)}
        />
      )}
    </div>
  );
}
