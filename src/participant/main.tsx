import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Template } from '../domain/types';
import { parseFragment } from './fragment';
import { createSession } from './session';
import { readJoined } from './storage';
import { pickLocale, savedLocale, setLocale } from './translate';
import { App } from './ui/App';
import './ui/participant.css';

/**
 * The participant page (p/index.html): a phone in a workshop adds actors and collaborations to
 * the shared map. It loads none of the editor: no map drawing, analysis, exports or schemas.
 */
const DEFAULT_SERVER = import.meta.env.VITE_SYNC_URL ?? 'ws://127.0.0.1:1234';

function boot() {
  const fragment = parseFragment(window.location.hash, window.location.protocol, DEFAULT_SERVER);
  // The code is a secret of the room: out of the address bar (and its history) once read.
  if (window.location.hash) {
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  setLocale(pickLocale(window.location.search, savedLocale(), navigator.languages ?? []), false);
  // Type guessing needs the template only at the first entry: it loads beside the page.
  const template = import('../../data/templates/kulturskole.json').then(
    (m) => m.default as unknown as Template,
  );
  const saved = readJoined();
  const server = fragment?.server ?? saved?.server ?? DEFAULT_SERVER;
  const session = createSession({ server, template: () => template });
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <App session={session} server={server} />
    </StrictMode>,
  );
  if (fragment?.code) void session.join(fragment.code, fragment.server);
  else if (!fragment && saved) void session.join(saved.code, saved.server);
}

boot();
