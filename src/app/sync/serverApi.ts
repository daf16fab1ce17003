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
