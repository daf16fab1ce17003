import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { httpOf } from './fragment';

/**
 * The phone's link to the sync server: the code lookup, and a Hocuspocus provider that sends a
 * change at once only when the server holds everything this phone wrote before it.
 */

export type Lookup =
  | { ok: true; mapId: string }
  | { ok: false; reason: 'unknown-code' | 'workshop-ended' | 'rate-limited' | 'unreachable' };

/** `GET /codes/:code` (server/README.md): which map a workshop code opens. */
export async function lookUpCode(server: string, code: string): Promise<Lookup> {
  let response: Response;
  try {
    response = await fetch(`${httpOf(server)}/codes/${encodeURIComponent(code)}`, {
      cache: 'no-store',
    });
  } catch {
    return { ok: false, reason: 'unreachable' };
  }
  if (response.status === 404) return { ok: false, reason: 'unknown-code' };
  if (response.status === 410) return { ok: false, reason: 'workshop-ended' };
  if (response.status === 429) return { ok: false, reason: 'rate-limited' };
  const body = (await response.json().catch(() => null)) as { mapId?: unknown } | null;
  if (!response.ok || typeof body?.mapId !== 'string') return { ok: false, reason: 'unreachable' };
  return { ok: true, mapId: body.mapId };
}

/**
 * The server checks each participant update against the map it holds, and refuses one that
 * builds on history it lacks. A provider sends every change as it is made, and after a
 * reconnect, changes queued while offline, before the sync that brings what the server missed.
 * So this one holds changes back until the sync after connecting is acknowledged, then asks for
 * one more sync (step 1 → the server's step 2 and step 1 → this phone's step 2 with all it
 * missed), and sends changes directly only from then on.
 */
export class GatedProvider extends HocuspocusProvider {
  /** The sync after connecting is done and nothing is held back. */
  open = false;
  private held = false;

  override documentUpdateHandler(update: Uint8Array, origin: unknown): void {
    if (origin === this) return;
    if (this.open) super.documentUpdateHandler(update, origin);
    else this.held = true;
  }

  /** The connection dropped: hold changes until the next sync. */
  closeGate(): void {
    this.open = false;
  }

  /**
   * Called when the server has acknowledged everything sent (unsynced changes at 0): opens the
   * gate, or first sends what was held back. True when the gate is open.
   */
  acknowledged(): boolean {
    if (this.open || !this.isSynced) return this.open;
    if (this.held) {
      this.held = false;
      this.forceSync();
      return false;
    }
    this.open = true;
    return true;
  }
}

export interface ConnectionEvents {
  onStatus(status: 'connecting' | 'connected' | 'disconnected'): void;
  /** Everything this phone wrote is on the server. */
  onAllSent(): void;
  onUnsent(count: number): void;
  /** A refusal: an authentication failure's reason, or a close code and reason. */
  onRefused(reason: string, code: number | null): void;
}

/** A provider on its own socket, retrying every 1–5 s: a phone on a bad network comes back soon. */
export function openConnection(
  server: string,
  mapId: string,
  token: string,
  ydoc: import('yjs').Doc,
  events: ConnectionEvents,
  /** Node has no WebSocket (tests pass `ws`); browsers use their own. */
  WebSocketPolyfill?: unknown,
): { provider: GatedProvider; destroy(): void } {
  const socket = new HocuspocusProviderWebsocket({
    url: server,
    ...(WebSocketPolyfill ? { WebSocketPolyfill } : {}),
    delay: 1000,
    minDelay: 1000,
    factor: 1.5,
    maxDelay: 5000,
    // The server's awareness pings keep a live socket busy; a dead one is noticed in 20 s.
    messageReconnectTimeout: 20_000,
  });
  const provider = new GatedProvider({
    websocketProvider: socket,
    name: mapId,
    document: ydoc,
    token,
    onStatus: ({ status }) => {
      if (status !== 'connected') provider.closeGate();
      events.onStatus(status);
    },
    onUnsyncedChanges: ({ number }) => {
      if (number > 0) events.onUnsent(number);
      else if (provider.acknowledged()) events.onAllSent();
    },
    onSynced: () => {
      if (provider.unsyncedChanges === 0 && provider.acknowledged()) events.onAllSent();
    },
    onAuthenticationFailed: ({ reason }) => events.onRefused(reason, null),
    onClose: ({ event }) => {
      provider.closeGate();
      if (event.code >= 4000 && event.code < 5000) events.onRefused(event.reason, event.code);
    },
  });
  provider.attach();
  // The leader's status counts the people here: each phone says it is present.
  provider.setAwarenessField('present', true);
  return {
    provider,
    destroy() {
      provider.destroy();
      socket.destroy();
    },
  };
}
