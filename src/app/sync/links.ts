import type { ShareRole } from '../../state/syncStore';

/** What this browser keeps about a shared map (per map id, in localStorage). */
export interface ShareRecord {
  mapId: string;
  /** The sync server's address, `ws(s)://host:port`. */
  server: string;
  /** The document's name on the server. */
  doc: string;
  secret: string;
  role: ShareRole;
  /** Kept by the device that shared the map, to show its links again. */
  editSecret?: string;
  viewSecret?: string;
}

/**
 * A link to a shared map: the app's address with `#join=` and the server, document, secret and
 * role. In the fragment, so the secret never reaches a web server's logs.
 */
export function linkFor(base: string, share: Omit<ShareRecord, 'mapId'>): string {
  const params = new URLSearchParams({
    server: share.server,
    doc: share.doc,
    key: share.secret,
    role: share.role,
  });
  return `${base.replace(/#.*$/, '')}#join&${params.toString()}`;
}

const ROLE = /^(edit|view)$/;
const TOKEN = /^[A-Za-z0-9_-]{16,128}$/;

/** The share a link carries, or null when the fragment is not a valid link. */
export function parseLink(hash: string): Omit<ShareRecord, 'mapId'> | null {
  if (!hash.startsWith('#join&')) return null;
  const params = new URLSearchParams(hash.slice('#join&'.length));
  const server = params.get('server') ?? '';
  const doc = params.get('doc') ?? '';
  const secret = params.get('key') ?? '';
  const role = params.get('role') ?? '';
  if (!/^wss?:\/\/[^\s/]+/.test(server) || !TOKEN.test(doc) || !TOKEN.test(secret)) return null;
  if (!ROLE.test(role)) return null;
  return { server, doc, secret, role: role as ShareRole };
}

const KEY = 'samspill.shares';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function readShares(): Record<string, ShareRecord> {
  try {
    const raw = storage()?.getItem(KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, ShareRecord>) : {};
  } catch {
    return {};
  }
}

export function writeShare(mapId: string, share: ShareRecord | null): void {
  const all = readShares();
  if (share) all[mapId] = share;
  else delete all[mapId];
  try {
    storage()?.setItem(KEY, JSON.stringify(all));
  } catch {
    // Storage full: the share holds for this session.
  }
}

/** The HTTP address of the server's management API, from its WebSocket address. */
export const httpOf = (server: string): string =>
  server.replace(/^ws(s?):\/\//, 'http$1://').replace(/\/+$/, '');
