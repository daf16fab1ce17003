import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * Cytoscape prepends this one <style> to <head> when a map is first drawn (BaseRenderer.init).
 * It is allowed by its hash, so style-src needs no 'unsafe-inline'.
 */
export const CYTOSCAPE_STYLE = '.__________cytoscape_container { position: relative; }';

/** `npm run server`'s default port (server/config.ts): the one plain-ws server the app may reach. */
export const LOCAL_SYNC_PORT = 1234;

const sha256 = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The built app's Content-Security-Policy, and why each source is allowed. The app needs no
 * network beyond its own origin and a sync server, and runs no code that is not a file of the
 * build.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  // Anything not named below: only files of the app's own origin.
  'default-src': ["'self'"],
  // The built modules only: no inline script and no eval. zod runs jitless (src/schema/zodConfig.ts);
  // the `Function('return this')` fallbacks of lodash, core-js and JSZip's setImmediate are
  // never reached in a browser.
  'script-src': ["'self'"],
  // The built CSS files, plus Cytoscape's one rule by hash. React's style props and
  // `element.style` go through the CSSOM, which CSP does not govern.
  'style-src': ["'self'", sha256(CYTOSCAPE_STYLE)],
  // data: for the images pptxgenjs and jsPDF embed; blob: for the PNG export, which rasterises
  // the SVG through an <img> on a blob: URL.
  'img-src': ["'self'", 'data:', 'blob:'],
  // No web fonts: the system font stack; exports name fonts and embed none.
  'font-src': ["'self'"],
  // The service worker's precache and update check, and a shared map's sync server
  // (docs/sharing.md): its address is the user's choice, so any secure one, and `npm run server`
  // on this machine at its default port, for a workshop without internet. Scripts stay the
  // build's own, so nothing injected can use this to send data out.
  'connect-src': [
    "'self'",
    'https:',
    'wss:',
    ...['127.0.0.1', 'localhost'].flatMap((host) => [
      `http://${host}:${LOCAL_SYNC_PORT}`,
      `ws://${host}:${LOCAL_SYNC_PORT}`,
    ]),
  ],
  // The layout and import workers and the service worker (vite-plugin-pwa), all built files.
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/** Only honoured as an HTTP header; in a <meta> it is ignored with a console warning. */
const HEADER_ONLY: Readonly<Record<string, readonly string[]>> = {
  'frame-ancestors': ["'none'"],
};

const serialize = (directives: Readonly<Record<string, readonly string[]>>) =>
  Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');

/** The policy as written into the built index.html. */
export const CONTENT_SECURITY_POLICY = serialize(CSP_DIRECTIVES);

/**
 * The same policy for an HTTP header (`vite preview`, and what a web server should send): it
 * also reaches the workers, whose scripts do not inherit the page's <meta> policy.
 */
export const CONTENT_SECURITY_POLICY_HEADER = serialize({ ...CSP_DIRECTIVES, ...HEADER_ONLY });

/**
 * Writes the policy into the built index.html as the first element of <head>, before any
 * script or stylesheet. Build only: the dev server's React refresh needs an inline script.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'samspill-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
