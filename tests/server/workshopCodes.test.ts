import * as Y from 'yjs';
import type { RunningSyncServer } from '../../server';
import { LookupBudget } from '../../server/codeLookup';
import { CODE_ALPHABET, generateCode, hashOfSecret, normaliseCode } from '../../server/codes';
import { hashSecret } from '../../server/secrets';
import { encodeJoinToken, ownerOf, parseJoinToken } from '../../server/token';
import { fieldsOf, tableOf } from '../../src/sync/model';
import {
  acknowledged,
  api,
  connect,
  createMap,
  startTestServer,
  type TestClient,
  tempDataDir,
  waitFor,
} from './harness';
import { ALICE, actor, BOB, MAP_ID } from './participantFixtures';

const CODE = /^[0-9A-HJKMNP-TV-Z]{8}$/;

describe('workshop codes (pure)', () => {
  it('draws 8 characters of Crockford base32, different each time', () => {
    const codes = Array.from({ length: 200 }, generateCode);
    for (const code of codes) expect(code).toMatch(CODE);
    expect(new Set(codes).size).toBe(200);
    // 40 random bits use the whole alphabet, not a corner of it.
    expect(new Set(codes.join('')).size).toBe(CODE_ALPHABET.length);
  });

  it('normalises case, dashes, spaces and the look-alike letters', () => {
    expect(normaliseCode('k7mq-2px4')).toBe('K7MQ2PX4');
    expect(normaliseCode(' K7MQ 2PX4 ')).toBe('K7MQ2PX4');
    expect(normaliseCode('oilq-2px4')).toBe('011Q2PX4');
    expect(normaliseCode('K7MQ-2PX')).toBeUndefined();
    expect(normaliseCode('K7MQ-2PXU')).toBeUndefined();
    expect(normaliseCode('K7MQ2PX4K')).toBeUndefined();
    // A raw secret of 22+ characters is never taken for a code, however many dashes it holds.
    expect(normaliseCode('K7MQ-2PX4-------------')).toBeUndefined();
    expect(hashOfSecret('k7mq-2px4')).toBe(hashSecret('K7MQ2PX4'));
    const secret = 'abcdefghijklmnopqrstuvwxyz-0123456789ABCDE';
    expect(hashOfSecret(secret)).toBe(hashSecret(secret));
  });

  it('accepts a code as a token’s secret, and nothing shorter that is not one', () => {
    expect(parseJoinToken(encodeJoinToken('k7mq-2px4', ALICE))?.secret).toBe('k7mq-2px4');
    expect(parseJoinToken(encodeJoinToken('K7MQ2PX4', ALICE))?.participant).toBe(ALICE);
    expect(parseJoinToken(encodeJoinToken('K7MQ2PXU', ALICE))).toBeUndefined();
    expect(parseJoinToken(encodeJoinToken('short', ALICE))).toBeUndefined();
  });

  it('counts only misses against an address, refilling over the minute', () => {
    let now = 0;
    const budget = new LookupBudget(20, () => now);
    for (let i = 0; i < 20; i++) {
      expect(budget.open('10.0.0.1')).toBe(true);
      budget.miss('10.0.0.1');
    }
    expect(budget.open('10.0.0.1')).toBe(false);
    expect(budget.open('10.0.0.2')).toBe(true);
    now += 3_000; // one miss a 3 s
    expect(budget.open('10.0.0.1')).toBe(true);
    budget.miss('10.0.0.1');
    expect(budget.open('10.0.0.1')).toBe(false);
  });
});

let clients: TestClient[] = [];
let servers: RunningSyncServer[] = [];
let cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const c of clients) c.destroy();
  for (const s of servers) await s.stop();
  for (const cleanup of cleanups) await cleanup();
  clients = [];
  servers = [];
  cleanups = [];
});

function client(...args: Parameters<typeof connect>): TestClient {
  const made = connect(...args);
  clients.push(made);
  return made;
}

async function server(): Promise<RunningSyncServer> {
  const data = await tempDataDir();
  cleanups.push(data.remove);
  const started = await startTestServer(data.dir);
  servers.push(started);
  return started;
}

/** A shared map seeded by its leader with the map record and one actor. */
async function sharedMap(s: RunningSyncServer) {
  const links = await createMap(s);
  const leader = client(s.url, links.mapId, links.editSecret);
  await leader.authenticated;
  leader.doc.transact(() => {
    tableOf(leader.doc, 'map').set(
      MAP_ID,
      new Y.Map(
        Object.entries({ id: MAP_ID, name: 'Verksted', focalActorId: null, templateId: 't' }),
      ),
    );
    tableOf(leader.doc, 'actors').set(
      'leader-1',
      new Y.Map(Object.entries(actor('leader-1', 'Kulturskolen'))),
    );
  });
  await acknowledged(leader);
  return { links, leader };
}

async function invite(s: RunningSyncServer, mapId: string, key: string = s.accessKey) {
  const answer = await api(s, 'POST', `/maps/${mapId}/participants`, key);
  expect(answer.status).toBe(201);
  return answer.body as { participantSecret: string; code: string };
}

async function phone(s: RunningSyncServer, mapId: string, secret: string, id: string) {
  const made = client(s.url, mapId, secret, new Y.Doc(), id);
  await made.authenticated;
  await waitFor(() => tableOf(made.doc, 'actors').has('leader-1'), 'the phone to load the map');
  return made;
}

describe('sync server: workshop codes (issue 17)', () => {
  it('issues a code beside the secret, and a phone joins with it as written or typed', async () => {
    const s = await server();
    const { links, leader } = await sharedMap(s);
    const { participantSecret, code } = await invite(s, links.mapId);
    expect(code).toMatch(CODE);
    expect(participantSecret).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const alice = await phone(s, links.mapId, code, ALICE);
    expect(alice.provider.authorizedScope).toBe('read-write');
    tableOf(alice.doc, 'actors').set(
      'alice-1',
      new Y.Map(Object.entries(actor('alice-1', 'Biblioteket', ownerOf(ALICE)))),
    );
    await acknowledged(alice);
    await waitFor(
      () => fieldsOf(leader.doc, 'actors', 'alice-1')?.get('addedBy') === ownerOf(ALICE),
      'the leader to see the phone’s entry',
    );

    // As a person types it: lower case with the dash.
    const typed = `${code.slice(0, 4)}-${code.slice(4)}`.toLowerCase();
    const bob = await phone(s, links.mapId, typed, BOB);
    expect(bob.authFailures).toEqual([]);
    expect(alice.closeReasons).toEqual([]);
  });

  it('looks a code up: 200 with the map, 404 unknown, 410 once ended or stopped', async () => {
    const s = await server();
    const { links } = await sharedMap(s);
    const { code, participantSecret } = await invite(s, links.mapId);

    const found = await api(s, 'GET', `/codes/${code}`, null);
    expect(found).toEqual({ status: 200, body: { mapId: links.mapId } });
    const typed = encodeURIComponent(`${code.slice(0, 4).toLowerCase()}-${code.slice(4)}`);
    expect(await api(s, 'GET', `/codes/${typed}`, null)).toEqual(found);

    const other = code === '00000000' ? '11111111' : '00000000';
    expect(await api(s, 'GET', `/codes/${other}`, null)).toEqual({
      status: 404,
      body: { error: 'unknown-code' },
    });
    // Only codes are looked up: the long secret, an edit secret or junk say nothing.
    for (const probe of [participantSecret, links.editSecret, 'x', '%E0%A4%A']) {
      expect((await api(s, 'GET', `/codes/${probe}`, null)).status).toBe(404);
    }

    expect((await api(s, 'DELETE', `/maps/${links.mapId}/participants`)).status).toBe(204);
    expect(await api(s, 'GET', `/codes/${code}`, null)).toEqual({
      status: 410,
      body: { error: 'workshop-ended' },
    });

    const next = await invite(s, links.mapId);
    expect((await api(s, 'GET', `/codes/${next.code}`, null)).status).toBe(200);
    expect((await api(s, 'DELETE', `/maps/${links.mapId}`)).status).toBe(204);
    expect((await api(s, 'GET', `/codes/${next.code}`, null)).status).toBe(410);
  });

  it('answers CORS and refuses other methods on the lookup', async () => {
    const s = await server();
    const preflight = await fetch(`${s.httpUrl}/codes/K7MQ2PX4`, { method: 'OPTIONS' });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('GET');
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect((await api(s, 'POST', '/codes/K7MQ2PX4', null)).status).toBe(405);
  });

  it('rate-limits misses per address (429), while a room’s hits cost nothing', async () => {
    const s = await server();
    const { links } = await sharedMap(s);
    const { code } = await invite(s, links.mapId);
    // A room of 60 phones behind one school address, all looking the live code up.
    for (let i = 0; i < 60; i++) {
      expect((await api(s, 'GET', `/codes/${code}`, null)).status).toBe(200);
    }
    const miss = code === 'ZZZZZZZZ' ? 'YYYYYYYY' : 'ZZZZZZZZ';
    for (let i = 0; i < 20; i++) {
      expect((await api(s, 'GET', `/codes/${miss}`, null)).status).toBe(404);
    }
    expect(await api(s, 'GET', `/codes/${miss}`, null)).toEqual({
      status: 429,
      body: { error: 'rate-limited' },
    });
    // Once the budget is spent, the address learns nothing, not even about a live code.
    expect((await api(s, 'GET', `/codes/${code}`, null)).status).toBe(429);
  });

  it('lets the map’s live edit secret invite and end the workshop; no other secret', async () => {
    const s = await server();
    const { links } = await sharedMap(s);
    const otherMap = await createMap(s);
    const { code, participantSecret } = await invite(s, links.mapId, links.editSecret);
    expect((await api(s, 'GET', `/codes/${code}`, null)).status).toBe(200);

    const path = `/maps/${links.mapId}/participants`;
    for (const key of [links.viewSecret, participantSecret, code, otherMap.editSecret]) {
      for (const method of ['POST', 'DELETE']) {
        expect(await api(s, method, path, key)).toEqual({
          status: 403,
          body: { error: 'wrong-access-key' },
        });
      }
    }
    // The edit secret opens nothing else of the management API.
    expect((await api(s, 'POST', `/maps/${links.mapId}/revoke`, links.editSecret)).status).toBe(
      403,
    );
    expect((await api(s, 'DELETE', `/maps/${links.mapId}`, links.editSecret)).status).toBe(403);
    expect((await api(s, 'POST', '/maps', links.editSecret)).status).toBe(403);
    expect((await api(s, 'GET', `/codes/${code}`, null)).status).toBe(200);

    expect((await api(s, 'DELETE', path, links.editSecret)).status).toBe(204);
    expect((await api(s, 'GET', `/codes/${code}`, null)).status).toBe(410);

    // A revoked edit secret invites no longer.
    expect((await api(s, 'POST', `/maps/${links.mapId}/revoke`)).status).toBe(200);
    expect((await api(s, 'POST', path, links.editSecret)).status).toBe(403);
  });

  it('ending the workshop disconnects a phone joined by code, and the code is refused', async () => {
    const s = await server();
    const { links, leader } = await sharedMap(s);
    const { code } = await invite(s, links.mapId, links.editSecret);
    const alice = await phone(s, links.mapId, code.toLowerCase(), ALICE);

    expect(
      (await api(s, 'DELETE', `/maps/${links.mapId}/participants`, links.editSecret)).status,
    ).toBe(204);
    await waitFor(() => alice.closeReasons.includes('workshop-ended'), 'the phone to be told');
    await waitFor(() => alice.socketCloseCodes.includes(4403), 'the socket closed with 4403');
    alice.destroy();

    const late = client(s.url, links.mapId, code, new Y.Doc(), BOB);
    await waitFor(() => late.authFailures.includes('workshop-ended'), 'the late phone refused');
    expect(leader.closeReasons).toEqual([]);
  });
});
