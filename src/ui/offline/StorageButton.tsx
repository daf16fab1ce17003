import { useEffect, useState } from 'react';
import { askPersist, readStorage, type StorageInfo } from '../../state/storage';
import { usePopover } from '../common/usePopover';
import { useLocale, useUi } from '../hooks';
import { formatBytes } from './formatBytes';

/** "Storage": whether the browser may clear the maps, how much room they take, and a request. */
export function StorageButton() {
  const { t, locale } = useLocale();
  const persist = useUi((s) => s.persist);
  const [info, setInfo] = useState<StorageInfo | null>(null);
  const { open, close, id: panelId, root, toggle } = usePopover();

  useEffect(() => {
    if (!open) return;
    let live = true;
    void readStorage().then((i) => live && setInfo(i));
    return () => {
      live = false;
    };
  }, [open]);

  const protectedNow = persist === 'granted' || info?.persisted === true;
  const status = protectedNow
    ? t('offline.storage.protected')
    : info?.persisted === false || persist === 'denied'
      ? t('offline.storage.mayClear')
      : t('offline.storage.unknown');
  const usage =
    info?.usage != null && info.quota != null
      ? t('offline.storage.usage', {
          used: formatBytes(info.usage, locale),
          quota: formatBytes(info.quota, locale),
        })
      : t('offline.storage.usageUnknown');

  return (
    <div className="storage-menu" ref={root}>
      <button type="button" className="btn" data-protected={protectedNow} {...toggle}>
        {t('offline.storage.button')}
      </button>
      {open && (
        <section
          id={panelId}
          className="popover storage-popover"
          aria-label={t('offline.storage.title')}
        >
          <h2 className="popover-title">{t('offline.storage.title')}</h2>
          <p className={protectedNow ? 'storage-ok' : 'storage-risk'}>{status}</p>
          <dl className="storage-usage">
            <dt>{t('offline.storage.used')}</dt>
            <dd>{usage}</dd>
          </dl>
          {!protectedNow && persist === 'denied' && (
            <p className="hint">{t('offline.storage.denied')}</p>
          )}
          <p className="hint">{t('offline.storage.backupHint')}</p>
          <div className="popover-actions">
            {!protectedNow && persist !== 'unsupported' && (
              <button
                type="button"
                className="btn btn-primary"
                onClick={async () => {
                  await askPersist();
                  setInfo(await readStorage());
                }}
              >
                {t('offline.storage.protect')}
              </button>
            )}
            <button type="button" className="btn" onClick={close}>
              {t('offline.storage.close')}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
