import type { IncomingMessage, ServerResponse } from 'node:http';
import { issueLinks, issueParticipantLink, type LinkStore, type Role } from './auth';
import { Refusal, type RefusalReason } from './refusals';
import { generateSecret, secretsMatch } from './secrets';

/**
 * The management API beside the WebSocket, on the same port. Every call needs
 * `Authorization: Bearer <access key>`:
 * - `POST /maps` → 201 `{ mapId, editSecret, viewSecret }`: a new shared map;
 * - `POST /maps/:id/revoke` → 200 with fresh secrets; the old ones are refused from then on;
 * - `DELETE /maps/:id` → 204: stop sharing; links refused, stored content deleted;
 * - `POST /maps/:id/participants` → 201 `{ participantSecret }`: a link for a workshop's phones;
 * - `DELETE /maps/:id/participants` → 204: every participant link ends (`workshop-ended`).
 * Errors are `{ "error": "<code>" }`. Other paths are not handled here.
 */
export interface ManagementActions {
  store: LinkStore;
  accessKey: string;
  /** Disconnects everyone on the map (or only those of `role`), with the reason they get. */
  disconnectMap(mapId: string, reason: RefusalReason, role?: Role): void;
}

const MAP_PATH = /^\/maps\/([A-Za-z0-9_-]{16,64})(\/revoke|\/participants)?$/;

/** The method each map path takes. */
const METHODS: Record<string, readonly string[]> = {
  '': ['DELETE'],
  '/revoke': ['POST'],
  '/participants': ['POST', 'DELETE'],
};

const CORS = {
  // The app runs on another origin; no cookies are involved, the key travels in a header.
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'POST, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type',
  'Access-Control-Max-Age': '600',
};

function send(response: ServerResponse, status: number, body?: unknown): void {
  const headers: Record<string, string> = { ...CORS, 'Cache-Control': 'no-store' };
  if (body === undefined) {
    response.writeHead(status, headers);
    response.end();
    return;
  }
  headers['Content-Type'] = 'application/json';
  response.writeHead(status, headers);
  response.end(JSON.stringify(body));
}

function bearer(request: IncomingMessage): string | undefined {
  const match = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '');
  return match?.[1];
}

/** True when the request was a management call and has been answered. */
export async function handleManagementRequest(
  request: IncomingMessage,
  response: ServerResponse,
  actions: ManagementActions,
): Promise<boolean> {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  const mapMatch = MAP_PATH.exec(path);
  if (path !== '/maps' && !mapMatch) return false;

  if (request.method === 'OPTIONS') {
    send(response, 204);
    return true;
  }
  const key = bearer(request);
  if (key === undefined) {
    send(response, 401, { error: 'access-key-required' });
    return true;
  }
  if (!secretsMatch(key, actions.accessKey)) {
    send(response, 403, { error: 'wrong-access-key' });
    return true;
  }

  try {
    if (path === '/maps') {
      if (request.method !== 'POST') {
        send(response, 405, { error: 'method-not-allowed' });
        return true;
      }
      const { issued, stored } = issueLinks(generateSecret(16));
      await actions.store.createMap(issued.mapId, stored);
      send(response, 201, issued);
      return true;
    }

    const mapId = mapMatch?.[1] ?? '';
    const action = mapMatch?.[2] ?? '';
    if (!METHODS[action]?.includes(request.method ?? '')) {
      send(response, 405, { error: 'method-not-allowed' });
      return true;
    }
    if (!(await actions.store.hasLiveMap(mapId))) {
      send(response, 404, { error: 'unknown-map' });
      return true;
    }
    if (action === '/participants') {
      if (request.method === 'POST') {
        const { participantSecret, stored } = issueParticipantLink();
        await actions.store.addLink(mapId, stored);
        send(response, 201, { participantSecret });
      } else {
        await actions.store.revokeRole(mapId, 'participant');
        actions.disconnectMap(mapId, Refusal.workshopEnded, 'participant');
        send(response, 204);
      }
    } else if (action === '/revoke') {
      const { issued, stored } = issueLinks(mapId);
      await actions.store.replaceLinks(mapId, stored);
      actions.disconnectMap(mapId, Refusal.linkRevoked);
      send(response, 200, issued);
    } else {
      actions.disconnectMap(mapId, Refusal.sharingStopped);
      await actions.store.stopMap(mapId);
      send(response, 204);
    }
    return true;
  } catch (error) {
    console.error('[samspill] management request failed', error);
    send(response, 500, { error: 'server-error' });
    return true;
  }
}
