import { generateCode, hashOfSecret } from './codes';
import { Refusal, type RefusalReason } from './refusals';
import { generateSecret, hashesMatch, hashSecret } from './secrets';
import { parseJoinToken } from './token';

/** The store keeps the role as text. A participant is a phone in a workshop (issue 17). */
export type Role = 'edit' | 'view' | 'participant';

export const ROLES: readonly Role[] = ['edit', 'view', 'participant'];

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
  /** Adds links to a live map, together; rejects with `LinkTaken` when a hash is already stored. */
  addLinks(mapId: string, links: readonly NewLink[]): Promise<void>;
  /** Revokes every live link of that role on the map. */
  revokeRole(mapId: string, role: Role): Promise<void>;
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

/** A link hash already stored (a code drawn twice: 40 bits, so it can happen, if rarely). */
export class LinkTaken extends Error {
  override name = 'LinkTaken';
}

/** A fresh participant secret: one per workshop, shared by every phone in the room. */
export function issueParticipantLink(): { participantSecret: string; stored: NewLink } {
  const participantSecret = generateSecret();
  return {
    participantSecret,
    stored: { hash: hashSecret(participantSecret), role: 'participant' },
  };
}

/** A workshop code: the same participant right, short enough to type (server/codes.ts). */
export function issueWorkshopCode(): { code: string; stored: NewLink } {
  const code = generateCode();
  return { code, stored: { hash: hashOfSecret(code), role: 'participant' } };
}

export type JoinDecision =
  | { ok: true; role: Role; linkHash: string; participant?: string }
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
  if (record.revoked) {
    // The phone's message says the workshop is over, whichever call revoked its link.
    const reason = record.role === 'participant' ? Refusal.workshopEnded : Refusal.linkRevoked;
    return { ok: false, reason };
  }
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
  const hash = hashOfSecret(token.secret);
  const decision = decideJoin(hash, await store.findLink(hash), documentName);
  if (!decision.ok || decision.role !== 'participant') return decision;
  // Each phone names itself: the id its entries carry, and what it may change.
  if (token.participant === undefined) return { ok: false, reason: Refusal.badToken };
  return { ...decision, participant: token.participant };
}
