import { type FormEvent, useEffect, useId, useState } from 'react';
import { formatCode, shortForm } from '../../domain/roomLink';
import { useLocale, useMode } from '../hooks';
import { isServerAddress, lastServer, refusalCode, rememberServer } from '../share/serverAddress';
import { refusalText, useSync } from '../share/useSync';
import { endTheRoom, inviteTheRoom, showRoomLink } from './room';

/** "Invite the room" in the workshop bar: opens the QR code, or shows and hides it again. */
export function InviteButton(props: { open: boolean; onToggle: (open: boolean) => void }) {
  const { t } = useLocale();
  const room = useMode((s) => s.workshop?.room ?? null);
  const expanded = room ? room.shown : props.open;
  return (
    <button
      type="button"
      className={`btn ${expanded ? 'btn-active' : ''}`}
      aria-expanded={expanded}
      aria-controls="ws-invite"
      onClick={() => (room ? showRoomLink(!room.shown) : props.onToggle(!props.open))}
    >
      {t('room.invite')}
    </button>
  );
}

/** The QR code of a link, drawn here by the `qrcode` library (loaded when first needed). */
function useQrCode(link: string | null): string | null {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    if (!link) return setSrc(null);
    let live = true;
    void import('qrcode').then(async (qr) => {
      const svg = await qr.toString(link, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
      if (live) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    });
    return () => {
      live = false;
    };
  }, [link]);
  return src;
}

function ShareFirst(props: {
  busy: boolean;
  onSubmit: (server: string, key: string) => void;
  onBadServer: () => void;
}) {
  const { t } = useLocale();
  const fallback = useSync((s) => s.defaultServer);
  const [server, setServer] = useState(() => lastServer(fallback));
  const [key, setKey] = useState('');
  const serverId = useId();
  const keyId = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const address = server.trim();
    if (!isServerAddress(address)) return props.onBadServer();
    rememberServer(address);
    props.onSubmit(address, key.trim());
  };
  return (
    <form className="dialog-form ws-invite-form" onSubmit={submit}>
      <p>{t('room.needShare')}</p>
      <label htmlFor={serverId}>{t('share.server')}</label>
      <input
        id={serverId}
        value={server}
        onChange={(e) => setServer(e.target.value)}
        spellCheck={false}
      />
      <label htmlFor={keyId}>{t('share.accessKey')}</label>
      <input id={keyId} value={key} onChange={(e) => setKey(e.target.value)} spellCheck={false} />
      <button type="submit" className="btn btn-primary" disabled={props.busy || !key.trim()}>
        {props.busy ? t('room.working') : t('room.start')}
      </button>
    </form>
  );
}

/**
 * The projector's invitation (issue 17): a large QR code and the short link with its code, for
 * phones to join the workshop. The link works until the workshop ends or the leader stops it.
 */
export function InvitePanel(props: { onClose: () => void }) {
  const { t } = useLocale();
  const room = useMode((s) => s.workshop?.room ?? null);
  const role = useSync((s) => s.role);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [ended, setEnded] = useState(false);
  const qr = useQrCode(room?.link ?? null);
  const linkId = useId();

  const run = (task: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    task()
      .catch((e: unknown) => setError(refusalText(t, refusalCode(e))))
      .finally(() => setBusy(false));
  };
  // A shared map with an edit link invites at once; a map not shared asks for the server first.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the panel opens.
  useEffect(() => {
    if (!room && role === 'edit') run(inviteTheRoom);
    else if (!room && role === 'view') setError(refusalText(t, 'view-only'));
  }, []);

  const hide = () => (room ? showRoomLink(false) : props.onClose());
  return (
    <section id="ws-invite" className="ws-invite" aria-label={t('room.panel')}>
      <h2 className="ws-invite-heading">{t('room.heading')}</h2>
      {!room && role === null && (
        <ShareFirst
          busy={busy}
          onSubmit={(server, accessKey) => run(() => inviteTheRoom({ server, accessKey }))}
          onBadServer={() => setError(t('share.badServer'))}
        />
      )}
      {!room && busy && role !== null && <p>{t('room.working')}</p>}
      {room && (
        <>
          {qr ? <img className="ws-qr" src={qr} alt={t('room.qr')} /> : <div className="ws-qr" />}
          <p className="ws-invite-scan">{t('room.scan')}</p>
          <label className="visually-hidden" htmlFor={linkId}>
            {t('room.link')}
          </label>
          <input
            id={linkId}
            className="ws-invite-link"
            readOnly
            value={shortForm(room.link)}
            onFocus={(e) => e.target.select()}
          />
          <p className="ws-invite-code">
            {t('room.code')} <strong>{formatCode(room.code)}</strong>
          </p>
        </>
      )}
      {ended && !room && <p role="alert">{t('room.ended')}</p>}
      {error && (
        <p className="share-error" role="alert">
          {error}
        </p>
      )}
      <div className="ws-invite-actions">
        {room && (
          <button
            type="button"
            className="btn"
            aria-label={t('room.copyLink')}
            onClick={() => {
              void navigator.clipboard?.writeText(room.link).then(() => setCopied(true));
            }}
          >
            {copied ? t('room.copied') : t('room.copy')}
          </button>
        )}
        <button type="button" className="btn" onClick={hide}>
          {t('room.hide')}
        </button>
        {room && (
          <button
            type="button"
            className="btn btn-danger"
            disabled={busy}
            onClick={() =>
              run(async () => {
                await endTheRoom();
                setEnded(true);
              })
            }
          >
            {t('room.end')}
          </button>
        )}
      </div>
    </section>
  );
}
