import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  decideJoin,
  issueLinks,
  issueParticipantLink,
  issueWorkshopCode,
  type LinkStore,
  LinkTaken,
  type Role,
} from './auth';
import { bearer, send } from './httpReply';
import { Refusal, type RefusalReason } from './refusals';
import { generateSecret, hashSecret, secretsMatch } from './secrets';

/**
 * The management API beside the WebSocket, on the same port. Every call needs
 * `Authorization: Bearer <access key>`; the participants calls also take a live edit secret of
 * the map, so a leader with the edit link can invite the room:
 * - `POST /maps` → 201 `{ mapId, editSecret, viewSecret }`: a new shared map;
 * - `POST /maps/:id/revoke` → 200 with fresh secrets; the old ones are refused from then on;
 * - `DELETE /maps/:id` → 204: stop sharing; links refused, stored content deleted;
 * - `POST /maps/:id/participants` → 201 `{ participantSecret, code }`: a link and a typed code
 *   (server/codes.ts) for a workshop's phones;
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

/** The map's own live edit secret, on its participants path: the leader holding the edit link. */
async function mayInvite(
  key: string,
  mapMatch: RegExpExecArray | null,
  store: Pick<LinkStore, 'findLink'>,
): Promise<boolean> {
  if (mapMatch?.[2] !== '/participants') return false;
  const mapId = mapMatch[1] ?? '';
  const hash = hashSecret(key);
  const decision = decideJoin(hash, await store.findLink(hash), mapId);
  return decision.ok && decision.role === 'edit';
}

/** A participant secret and a code, stored together; a code drawn twice is drawn again. */
async function invite(
  mapId: string,
  store: LinkStore,
): Promise<{ participantSecret: string; code: string }> {
  for (let attempt = 1; ; attempt++) {
    const link = issueParticipantLink();
    const { code, stored } = issueWorkshopCode();
    try {
      await store.addLinks(mapId, [link.stored, stored]);
      return { participantSecret: link.participantSecret, code };
    } catch (error) {
      if (!(error instanceof LinkTaken) || attempt >= 3) throw error;
    }
  }
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
  const allowed =
    secretsMatch(key, actions.accessKey) ||
    // A store that fails here answers as for a wrong key: nothing is granted on an error.
    (await mayInvite(key, mapMatch, actions.store).catch(() => false));
  if (!allowed) {
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
        send(response, 201, await invite(mapId, actions.store));
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
