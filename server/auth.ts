import { Refusal, type RefusalReason } from './refusals';
import { generateSecret, hashesMatch, hashSecret } from './secrets';
import { parseJoinToken } from './token';

/** `participant` (issue 17) will join these; the store keeps the role as text. */
export type Role = 'edit' | 'view';

export const ROLES: readonly Role[] = ['edit', 'view'];

/** One stored link: only the hash of its secret. */
export interface LinkRecord {
  hash: string;
  mapId: string;
  role: Role;
  revoked: boolean;
  /** The map's sharing was stopped: every link of it is dead. */
  mapStopped: boolean;
}

/** What the server persists about shared maps and their links. */
export interface LinkStore {
  createMap(mapId: string, links: readonly NewLink[]): Promise<void>;
  /** Revokes every live link of the map and adds the new ones, atomically. */
  replaceLinks(mapId: string, links: readonly NewLink[]): Promise<void>;
  /** Marks the map stopped and revokes its links; false when the map is unknown. */
  stopMap(mapId: string): Promise<boolean>;
  /** Live (not stopped) map known? */
  hasLiveMap(mapId: string): Promise<boolean>;
  findLink(hash: string): Promise<LinkRecord | undefined>;
}

export interface NewLink {
  hash: string;
  role: Role;
}

/** The plaintext secrets, handed out once and never stored. */
export interface IssuedLinks {
  mapId: string;
  editSecret: string;
  viewSecret: string;
}

/** Fresh secrets for every role, with the hashes to store. */
export function issueLinks(mapId: string): { issued: IssuedLinks; stored: NewLink[] } {
  const editSecret = generateSecret();
  const viewSecret = generateSecret();
  return {
    issued: { mapId, editSecret, viewSecret },
    stored: [
      { hash: hashSecret(editSecret), role: 'edit' },
      { hash: hashSecret(viewSecret), role: 'view' },
    ],
  };
}

export type JoinDecision =
  | { ok: true; role: Role; linkHash: string }
  | { ok: false; reason: RefusalReason };

/**
 * Pure decision for one join: the record found for the token's secret hash (if any) against the
 * document the client asked for. A secret of another map is as unknown as a wrong one.
 */
export function decideJoin(
  hash: string,
  record: LinkRecord | undefined,
  documentName: string,
): JoinDecision {
  if (!record || record.mapId !== documentName || !hashesMatch(hash, record.hash)) {
    return { ok: false, reason: Refusal.unknownLink };
  }
  if (record.mapStopped) return { ok: false, reason: Refusal.sharingStopped };
  if (record.revoked) return { ok: false, reason: Refusal.linkRevoked };
  return { ok: true, role: record.role, linkHash: record.hash };
}

/** Token → decision, looking the secret's hash up in the store. */
export async function authorizeJoin(
  rawToken: string,
  documentName: string,
  store: Pick<LinkStore, 'findLink'>,
): Promise<JoinDecision> {
  const token = parseJoinToken(rawToken);
  if (!token) return { ok: false, reason: Refusal.badToken };
  const hash = hashSecret(token.secret);
  return decideJoin(hash, await store.findLink(hash), documentName);
}
