import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { encodeJoinToken } from '../../server';

/**
 * `ws` reports closing a socket that is still connecting as an error event, which the provider
 * does while it retries; a browser's WebSocket does not, and Node would throw it unheard.
 */
class BrowserLikeWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('error', () => {});
  }
}

/** One simulated participant: its own Y.Doc, socket and provider, as a browser tab has. */
export interface BenchClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Resolves once the first sync with the server is done. */
  synced: Promise<void>;
  /** Why the server refused or closed, if it did: a refused client would void the numbers. */
  refusals: string[];
  destroy(): void;
}

/** `participant`: a workshop phone's own id (issue 17), sent in the token beside the secret. */
export function connectClient(
  url: string,
  mapId: string,
  secret: string,
  participant?: string,
): BenchClient {
  const doc = new Y.Doc();
  const refusals: string[] = [];
  const socket = new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: BrowserLikeWebSocket,
  });
  let resolveSynced: () => void = () => {};
  const synced = new Promise<void>((resolve) => {
    resolveSynced = resolve;
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: mapId,
    document: doc,
    token: encodeJoinToken(secret, participant),
    onSynced: () => resolveSynced(),
    onAuthenticationFailed: ({ reason }) => {
      refusals.push(`auth: ${reason}`);
    },
    onClose: ({ event }) => {
      if (event.reason) refusals.push(`closed: ${event.reason}`);
    },
  });
  provider.attach();
  return {
    doc,
    provider,
    synced,
    refusals,
    destroy() {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Resolves when `condition` holds, polling every 10 ms; rejects after `timeoutMs`. */
export async function waitFor(condition: () => boolean, what: string, timeoutMs: number) {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
