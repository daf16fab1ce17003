import { authorizeJoin, issueParticipantLink, type LinkRecord } from '../../server/auth';
import { Refusal } from '../../server/refusals';
import { hashSecret } from '../../server/secrets';
import { encodeJoinToken, ownerOf, parseJoinToken } from '../../server/token';
import { docFromY } from '../../src/sync/read';
import { ALICE, MAP_ID, serverDoc } from './participantFixtures';

describe('participant links and tokens', () => {
  const link = issueParticipantLink();
  const records = new Map<string, LinkRecord>();
  const store = { findLink: async (hash: string) => records.get(hash) };
  const live: LinkRecord = {
    hash: link.stored.hash,
    mapId: 'shared-1',
    role: 'participant',
    revoked: false,
    mapStopped: false,
  };

  beforeEach(() => {
    records.clear();
    records.set(live.hash, live);
  });

  it('stores only the hash of the participant secret', () => {
    expect(link.stored).toEqual({ hash: hashSecret(link.participantSecret), role: 'participant' });
    expect(JSON.stringify(link.stored)).not.toContain(link.participantSecret);
  });

  it('carries the phone’s own id in the token, checked for form', () => {
    const token = encodeJoinToken(link.participantSecret, ALICE);
    expect(JSON.parse(token)).toEqual({ v: 1, secret: link.participantSecret, participant: ALICE });
    expect(parseJoinToken(token)?.participant).toBe(ALICE);
    expect(parseJoinToken(encodeJoinToken(link.participantSecret, 'short'))).toBeUndefined();
    expect(parseJoinToken(encodeJoinToken(link.participantSecret, `${'x'.repeat(21)}!`))).toBe(
      undefined,
    );
  });

  it('stamps entries with a hash of the id, which no other phone can turn back into it', () => {
    const owner = ownerOf(ALICE);
    expect(owner).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(owner).toBe(ownerOf(ALICE));
    expect(owner).not.toContain(ALICE);
    expect(ownerOf(`${ALICE}x`)).not.toBe(owner);
  });

  it('joins as participant with the id, and refuses a participant link without one', async () => {
    await expect(
      authorizeJoin(encodeJoinToken(link.participantSecret, ALICE), 'shared-1', store),
    ).resolves.toEqual({ ok: true, role: 'participant', linkHash: live.hash, participant: ALICE });
    await expect(
      authorizeJoin(encodeJoinToken(link.participantSecret), 'shared-1', store),
    ).resolves.toEqual({ ok: false, reason: Refusal.badToken });
  });

  it('says the workshop ended once the participant link is revoked', async () => {
    records.set(live.hash, { ...live, revoked: true });
    await expect(
      authorizeJoin(encodeJoinToken(link.participantSecret, ALICE), 'shared-1', store),
    ).resolves.toEqual({ ok: false, reason: Refusal.workshopEnded });
    records.set(live.hash, { ...live, revoked: true, mapStopped: true });
    await expect(
      authorizeJoin(encodeJoinToken(link.participantSecret, ALICE), 'shared-1', store),
    ).resolves.toEqual({ ok: false, reason: Refusal.sharingStopped });
  });
});

describe('the owner field in the bridge', () => {
  it('reaches the app: docFromY keeps addedBy, and a record without it stays valid', () => {
    const doc = serverDoc();
    const read = docFromY(doc, MAP_ID);
    expect(read?.dropped).toBe(0);
    expect(read?.doc.actors['alice-1']).toMatchObject({ addedBy: ALICE });
    expect(read?.doc.actors['leader-1']).not.toHaveProperty('addedBy');
  });
});
