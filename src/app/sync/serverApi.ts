import { httpOf } from './links';

export interface IssuedLinks {
  mapId: string;
  editSecret: string;
  viewSecret: string;
}

/** A refusal from the server's management API, by its code (server/http.ts). */
export class ShareError extends Error {
  override name = 'ShareError';
  constructor(readonly code: string) {
    super(code);
  }
}

async function call(server: string, path: string, method: string, key: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`${httpOf(server)}${path}`, {
      method,
      headers: { Authorization: `Bearer ${key}` },
    });
  } catch {
    throw new ShareError('unreachable');
  }
  if (response.status === 204) return null;
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const code = (body as { error?: unknown } | null)?.error;
    throw new ShareError(typeof code === 'string' ? code : `http-${response.status}`);
  }
  return body;
}

function issued(body: unknown): IssuedLinks {
  const b = body as Partial<IssuedLinks> | null;
  if (!b || typeof b.mapId !== 'string' || typeof b.editSecret !== 'string') {
    throw new ShareError('bad-answer');
  }
  return { mapId: b.mapId, editSecret: b.editSecret, viewSecret: String(b.viewSecret) };
}

export const createShared = async (server: string, key: string) =>
  issued(await call(server, '/maps', 'POST', key));

export const revokeLinks = async (server: string, doc: string, key: string) =>
  issued(await call(server, `/maps/${doc}/revoke`, 'POST', key));

export const stopSharing = async (server: string, doc: string, key: string) => {
  await call(server, `/maps/${doc}`, 'DELETE', key);
};

/**
 * A workshop's participant link (issue 17): the 8-character code phones join with. The Bearer is
 * the access key or the map's edit secret (server/README.md).
 */
export async function inviteRoom(server: string, doc: string, bearer: string): Promise<string> {
  const body = (await call(server, `/maps/${doc}/participants`, 'POST', bearer)) as {
    code?: unknown;
  } | null;
  if (!body || typeof body.code !== 'string') throw new ShareError('bad-answer');
  return body.code;
}

/** Ends every participant link of the map: the phones are told the workshop has ended. */
export const endRoom = async (server: string, doc: string, bearer: string) => {
  await call(server, `/maps/${doc}/participants`, 'DELETE', bearer);
};
