import { randomBytes, randomUUID } from 'node:crypto';
import { ownerOf } from '../../server/token';
import { makeActor, makeCollaboration } from '../../src/domain/factory';
import type { Actor, Collaboration } from '../../src/domain/types';
import { writeRecords } from '../../src/participant/writeY';
import { type BenchClient, connectClient } from '../sync/clients';

/** One simulated workshop phone: its own id, owner value, nickname, socket and Y.Doc. */
export interface Phone {
  index: number;
  /** 32 random bytes in base64url, chosen once, as the participant page does. */
  id: string;
  /** `addedBy` of its entries: SHA-256 of the id (server/token.ts). */
  owner: string;
  nickname: string;
  client: BenchClient;
  /** Its actors so far: its collaboration links two of them. */
  actors: string[];
}

export interface SentEntry {
  id: string;
  kind: 'actor' | 'collaboration';
  phone: number;
  /** Date.now() just before the write: the page's clock is the same wall clock. */
  sentAt: number;
}

/** `asParticipant` false: the baseline's client, with the edit link and no participant id. */
export function joinPhone(
  url: string,
  mapId: string,
  secret: string,
  index: number,
  asParticipant = true,
): Phone {
  const id = randomBytes(32).toString('base64url');
  return {
    index,
    id,
    owner: ownerOf(id),
    nickname: `Deltaker ${index + 1}`,
    client: connectClient(url, mapId, secret, asParticipant ? id : undefined),
    actors: [],
  };
}

/**
 * One entry as the participant page makes it: a whole record from the domain's factory, stamped
 * with the phone's owner and nickname, written by the bridge's own writer in one transaction.
 * The fifth entry of a phone links two of its own actors.
 */
export function addEntry(phone: Phone, mapId: string, random: () => number): SentEntry {
  const meta = { now: new Date().toISOString(), newId: randomUUID };
  const stamp = { addedBy: phone.owner, addedByName: phone.nickname };
  let record: Actor | Collaboration;
  if (phone.actors.length >= 2 && phone.actors.length % 4 === 0) {
    const pick = () => phone.actors[Math.floor(random() * phone.actors.length)] ?? '';
    const sourceId = pick();
    let targetId = pick();
    while (targetId === sourceId) targetId = pick();
    record = makeCollaboration(mapId, { sourceId, targetId, ...stamp }, meta);
  } else {
    const name = `${phone.nickname}: aktør ${phone.actors.length + 1}`;
    record = makeActor(mapId, { name, ...stamp }, meta);
    phone.actors.push(record.id);
  }
  const kind = 'sourceId' in record ? 'collaboration' : 'actor';
  const sentAt = Date.now();
  if ('sourceId' in record) writeRecords(phone.client.doc, mapId, [], [record]);
  else writeRecords(phone.client.doc, mapId, [record], []);
  return { id: record.id, kind, phone: phone.index, sentAt };
}
