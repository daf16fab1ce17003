/** The room's way in to a workshop (issue 17, docs/sharing.md): its code and link. */
/** `K7MQ2PX4` → `K7MQ-2PX4`: the code as people read it off the projector. */
export const formatCode = (code: string): string =>
  code.length === 8 ? `${code.slice(0, 4)}-${code.slice(4)}` : code;

/**
 * The participant page's link for a workshop code (docs/sharing.md): `<app>p/#CODE`, plus
 * `@host:port` when the server is not the app's default. The phone takes `wss:` on an https page
 * and `ws:` otherwise, so a server of the other scheme is written out whole.
 */
export function participantLink(
  appBase: string,
  server: string,
  defaultServer: string,
  code: string,
): string {
  const base = appBase.replace(/[?#].*$/, '').replace(/[^/]*$/, '');
  const link = `${base}p/#${formatCode(code)}`;
  if (server.replace(/\/+$/, '') === defaultServer.replace(/\/+$/, '')) return link;
  const secure = base.startsWith('https:');
  const match = /^(wss?):\/\/([^/\s]+)\/*$/.exec(server);
  if (match && (match[1] === 'wss') === secure) return `${link}@${match[2]}`;
  return `${link}@${server}`;
}

/** A link without its scheme: what the projector prints for people to type. */
export const shortForm = (link: string): string => link.replace(/^https?:\/\//, '');
