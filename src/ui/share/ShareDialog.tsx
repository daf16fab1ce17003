import { type FormEvent, useId, useState } from 'react';
import type { ShareLinks } from '../../state/syncStore';
import { Dialog } from '../common/Dialog';
import { DialogClose } from '../common/DialogClose';
import { useLocale } from '../hooks';
import { isServerAddress, lastServer, refusalCode, rememberServer } from './serverAddress';
import { refusalText, useSync } from './useSync';

function LinkField(props: { label: string; copyLabel: string; value: string }) {
  const { t } = useLocale();
  const id = useId();
  const [copied, setCopied] = useState(false);
  return (
    <div className="share-link">
      <label htmlFor={id}>{props.label}</label>
      <div className="share-link-row">
        <input
          id={id}
          className="share-link-input"
          readOnly
          value={props.value}
          onFocus={(e) => e.target.select()}
        />
        <button
          type="button"
          className="btn"
          aria-label={props.copyLabel}
          onClick={() => {
            void navigator.clipboard?.writeText(props.value).then(() => setCopied(true));
          }}
        >
          {copied ? t('share.copied') : t('share.copy')}
        </button>
      </div>
    </div>
  );
}

/**
 * "Share map": the server and its access key, then the edit and view links; for a shared map,
 * new links and Stop sharing (docs/sharing.md).
 */
export function ShareDialog({ onClose }: { onClose: () => void }) {
  const { t } = useLocale();
  const control = useSync((s) => s.control);
  const role = useSync((s) => s.role);
  const fallback = useSync((s) => s.defaultServer);
  const [server, setServer] = useState(() => lastServer(fallback));
  const [key, setKey] = useState('');
  const [links, setLinks] = useState<ShareLinks | null>(() => control?.links() ?? null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const serverId = useId();
  const keyId = useId();
  const shared = role !== null;

  const run = (task: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    setNote(null);
    task()
      .catch((e: unknown) => setError(refusalText(t, refusalCode(e))))
      .finally(() => setBusy(false));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!control) return;
    const address = server.trim();
    if (!isServerAddress(address)) return setError(t('share.badServer'));
    rememberServer(address);
    run(async () => setLinks(await control.share(address, key.trim())));
  };

  return (
    <Dialog title={t('share.title')} onClose={onClose}>
      <div className="share-dialog">
        {!shared && (
          <form onSubmit={submit} className="dialog-form">
            <p>
              <strong>{t('share.status.local')}.</strong> {t('share.intro')}
            </p>
            <label htmlFor={serverId}>{t('share.server')}</label>
            <input
              id={serverId}
              value={server}
              onChange={(e) => setServer(e.target.value)}
              aria-describedby={`${serverId}-hint`}
              autoComplete="url"
              spellCheck={false}
            />
            <span id={`${serverId}-hint`} className="muted">
              {t('share.serverHint')}
            </span>
            <label htmlFor={keyId}>{t('share.accessKey')}</label>
            <input
              id={keyId}
              value={key}
              onChange={(e) => setKey(e.target.value)}
              aria-describedby={`${keyId}-hint`}
              autoComplete="off"
              spellCheck={false}
            />
            <span id={`${keyId}-hint`} className="muted">
              {t('share.accessKeyHint')}
            </span>
            <div className="dialog-actions">
              <button type="submit" className="btn btn-primary" disabled={busy || !key.trim()}>
                {busy ? t('share.working') : t('share.start')}
              </button>
            </div>
          </form>
        )}
        {shared && links && (
          <>
            <LinkField
              label={t('share.editLink')}
              copyLabel={t('share.copyEdit')}
              value={links.edit}
            />
            <LinkField
              label={t('share.viewLink')}
              copyLabel={t('share.copyView')}
              value={links.view}
            />
            <p className="muted">{t('share.linksHint')}</p>
          </>
        )}
        {shared && !links && <p className="muted">{t('share.noLinks')}</p>}
        {shared && links && (
          <div className="share-manage">
            <label htmlFor={keyId}>{t('share.accessKey')}</label>
            <input
              id={keyId}
              value={key}
              onChange={(e) => setKey(e.target.value)}
              autoComplete="off"
              spellCheck={false}
            />
            <div className="dialog-actions">
              <button
                type="button"
                className="btn"
                disabled={busy || !key.trim()}
                aria-describedby={`${keyId}-revoke`}
                onClick={() =>
                  control && run(async () => setLinks(await control.revoke(key.trim())))
                }
              >
                {t('share.revoke')}
              </button>
              <button
                type="button"
                className="btn btn-danger"
                disabled={busy || !key.trim()}
                aria-describedby={`${keyId}-stop`}
                onClick={() =>
                  control &&
                  run(async () => {
                    await control.stop(key.trim());
                    setLinks(null);
                    setNote(t('share.stopped'));
                  })
                }
              >
                {t('share.stop')}
              </button>
            </div>
            <p id={`${keyId}-revoke`} className="muted">
              {t('share.revokeHint')}
            </p>
            <p id={`${keyId}-stop`} className="muted">
              {t('share.stopHint')}
            </p>
          </div>
        )}
        {error && (
          <p className="share-error" role="alert">
            {error}
          </p>
        )}
        {note && <p className="muted">{note}</p>}
      </div>
      <DialogClose label={t('share.close')} onClick={onClose} />
    </Dialog>
  );
}
