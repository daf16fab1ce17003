/**
 * The participant page's address (docs/sharing.md): `p/#K7MQ-2PX4` joins the workshop of that
 * code on the app's default sync server, `p/#K7MQ-2PX4@host:port` on another one (`wss:` when the
 * page is https, `ws:` otherwise), and `p/#K7MQ-2PX4@wss://host` names the server whole.
 */

/** Crockford base32 without the look-alikes, as server/codes.ts issues them. */
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 8;

/**
 * A typed or linked code as the server stores it: upper case, without `-` and spaces, and
 * Crockford's look-alikes read as the digits they stand for (`O` → 0, `I`/`L` → 1). Null when the
 * text is not a code.
 */
export function normaliseCode(raw: string): string | null {
  if (raw.length > 16) return null;
  const code = raw.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (code.length !== CODE_LENGTH) return null;
  for (const char of code) if (!CODE_ALPHABET.includes(char)) return null;
  return code;
}

/** `K7MQ2PX4` → `K7MQ-2PX4`, as the projector shows it. */
export const formatCode = (code: string): string =>
  code.length === CODE_LENGTH ? `${code.slice(0, 4)}-${code.slice(4)}` : code;

const FULL_SERVER = /^wss?:\/\/[^\s/?#]+\/?$/;
const HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/** The WebSocket address a fragment's server part names, or null when it names none. */
export function serverOf(part: string, pageProtocol: string): string | null {
  if (FULL_SERVER.test(part)) return part.replace(/\/$/, '');
  if (!HOST.test(part)) return null;
  return `${pageProtocol === 'https:' ? 'wss' : 'ws'}://${part}`;
}

export interface Fragment {
  /** The normalised code, or null when the page must ask for it. */
  code: string | null;
  server: string;
}

/**
 * What the fragment says. A fragment without a valid code still keeps its server, so the code
 * typed into the page joins the workshop on the server the link named. Null: no fragment at all,
 * or a server part that is not an address.
 */
export function parseFragment(
  hash: string,
  pageProtocol: string,
  defaultServer: string,
): Fragment | null {
  let text = hash.replace(/^#/, '');
  try {
    text = decodeURIComponent(text);
  } catch {
    return null;
  }
  text = text.trim();
  if (!text) return null;
  const at = text.indexOf('@');
  const codePart = at < 0 ? text : text.slice(0, at);
  const serverPart = at < 0 ? '' : text.slice(at + 1).trim();
  const server = serverPart ? serverOf(serverPart, pageProtocol) : defaultServer;
  if (server === null) return null;
  return { code: normaliseCode(codePart), server };
}

/** The HTTP address of a sync server's API (the code lookup), from its WebSocket address. */
export const httpOf = (server: string): string =>
  server.replace(/^ws(s?):\/\//, 'http$1://').replace(/\/+$/, '');
