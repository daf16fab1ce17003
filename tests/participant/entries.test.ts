import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import templateJson from '../../data/templates/kulturskole.json';
import { checkParticipantUpdate } from '../../server/participantRights';
import { ownerOf } from '../../server/token';
import { makeMap } from '../../src/domain/factory';
import { sequentialIds } from '../../src/domain/ids';
import type { MapDocument } from '../../src/domain/types';
import { viewOf } from '../../src/participant/docView';
import { buildEntry, cleanNickname, NICKNAME_MAX } from '../../src/participant/entries';
import { ownEntries, planTakeBack } from '../../src/participant/takeBack';
import { removeRecords, writeRecords } from '../../src/participant/writeY';
import { templateSchema } from '../../src/schema';
import {
  actorSchema,
  collaborationSchema,
  NICKNAME_MAX as SCHEMA_NICKNAME_MAX,
} from '../../src/schema/schemas';
import { seedY } from '../../src/sync/write';

const template = templateSchema.parse(templateJson);
const ALICE = ownerOf('alice-phone-id-000000000000000000000000001');
const BOB = ownerOf('bob-phone-id-00000000000000000000000000002');
const NOW = '2026-12-06T01:00:00.000Z';
const meta = () => ({ now: NOW, newId: sequentialIds(Date.parse(NOW)) });

/** The leader's map, shared: the server's Y.Doc, and a phone's copy synced from it. */
function workshop() {
  const doc: MapDocument = makeMap(
    {
      name: 'Verksted',
      focalName: 'Kulturskolen i Eksempel kommune',
      templateId: template.id,
      focalSectorId: template.focal.sectorId,
      focalTypeId: template.focal.typeId,
    },
    { now: NOW, newId: sequentialIds(Date.parse(NOW), 1000) },
  );
  const server = new Y.Doc();
  seedY(server, doc);
  const phone = new Y.Doc();
  Y.applyUpdate(phone, Y.encodeStateAsUpdate(server));
  return { server, phone, mapId: doc.map.id, focalId: doc.map.focalActorId as string };
}

/** Runs `write` on the phone and has the server check the update it made, as it would live. */
function send(server: Y.Doc, phone: Y.Doc, owner: string, write: () => void) {
  const updates: Uint8Array[] = [];
  const listen = (u: Uint8Array) => updates.push(u);
  phone.on('update', listen);
  write();
  phone.off('update', listen);
  expect(updates).toHaveLength(1);
  const update = updates[0] as Uint8Array;
  const verdict = checkParticipantUpdate(server, update, owner);
  if (verdict.ok) Y.applyUpdate(server, update);
  return verdict;
}

function add(w: ReturnType<typeof workshop>, text: string, owner = ALICE, nickname = 'Kari') {
  const view = viewOf(w.phone);
  if (!view) throw new Error('no map');
  const entry = buildEntry(view, text, template, { owner, nickname }, meta());
  if (!entry.ok) return { entry, verdict: null };
  const verdict = send(w.server, w.phone, owner, () =>
    writeRecords(w.phone, w.mapId, entry.actors, entry.collaborations),
  );
  return { entry, verdict };
}

describe('what a phone writes', () => {
  it('an actor with a guessed type, stamped with its owner and nickname, valid by the schema', () => {
    const w = workshop();
    const { entry, verdict } = add(w, 'Biblioteket');
    expect(verdict).toEqual({ ok: true, entries: 1 });
    if (!entry.ok) throw new Error('refused');
    const [actor] = entry.actors;
    expect(actor).toMatchObject({
      name: 'Biblioteket',
      sectorId: 'culture',
      typeId: 'library',
      addedBy: ALICE,
      addedByName: 'Kari',
      mapId: w.mapId,
    });
    expect(actorSchema.strict().parse(actor)).toBeTruthy();
  });

  it('A -- B makes both actors and the collaboration, accepted by the server in one update', () => {
    const w = workshop();
    const { entry, verdict } = add(w, 'Biblioteket -- Ungdomsklubben: Lesestund');
    expect(verdict).toEqual({ ok: true, entries: 3 });
    if (!entry.ok) throw new Error('refused');
    expect(entry.actors.map((a) => a.name)).toEqual(['Biblioteket', 'Ungdomsklubben']);
    const [link] = entry.collaborations;
    expect(link).toMatchObject({
      sourceId: entry.actors[0]?.id,
      targetId: entry.actors[1]?.id,
      label: 'Lesestund',
      addedBy: ALICE,
    });
    expect(collaborationSchema.strict().parse(link)).toBeTruthy();
  });

  it('a name on the map already, by anyone, is reused for a collaboration', () => {
    const w = workshop();
    add(w, 'Biblioteket', BOB, 'Ola');
    const { entry, verdict } = add(w, 'biblioteket -- Kulturskolen');
    expect(verdict?.ok).toBe(true);
    if (!entry.ok) throw new Error('refused');
    expect(entry.actors).toEqual([]);
    const view = viewOf(w.phone);
    const link = entry.collaborations[0];
    const bobs = Object.values(view?.actors ?? {}).find((a) => a.name === 'Biblioteket');
    expect(bobs?.addedBy).toBe(BOB);
    expect(link?.sourceId).toBe(bobs?.id);
    expect(link?.targetId).toBe(w.focalId);
  });

  it('no nickname: no addedByName; a long one is cut to the schema’s limit', () => {
    expect(NICKNAME_MAX).toBe(SCHEMA_NICKNAME_MAX);
    const w = workshop();
    const { entry } = add(w, 'Frivilligsentralen', ALICE, '   ');
    if (!entry.ok) throw new Error('refused');
    expect(entry.actors[0]).not.toHaveProperty('addedByName');
    expect(cleanNickname(`  ${'x'.repeat(60)} `)).toHaveLength(NICKNAME_MAX);
    expect(cleanNickname(' Kari   Nordmann ')).toBe('Kari Nordmann');
  });

  it('an empty line, a link that exists and a name past the limit write nothing', () => {
    const w = workshop();
    expect(add(w, '   ').entry).toEqual({ ok: false, problem: 'empty' });
    add(w, 'Biblioteket -- Kulturskolen');
    expect(add(w, 'Biblioteket -- Kulturskolen').entry).toEqual({
      ok: false,
      problem: 'nothing-new',
    });
    expect(add(w, 'x'.repeat(301)).entry).toEqual({ ok: false, problem: 'too-long' });
  });

  it('every new record stays out of the map record, which is the leader’s', () => {
    const w = workshop();
    const before = JSON.stringify(w.server.getMap('map').toJSON());
    add(w, 'Biblioteket -- Ungdomsklubben');
    expect(JSON.stringify(w.server.getMap('map').toJSON())).toBe(before);
  });
});

describe('what I added, and taking it back', () => {
  it('lists only this phone’s entries, newest first, a link as "A – B"', () => {
    const w = workshop();
    add(w, 'Biblioteket -- Ungdomsklubben');
    add(w, 'Frivilligsentralen', BOB);
    const view = viewOf(w.phone) as MapDocument;
    const mine = ownEntries(view, ALICE);
    expect(mine.map((e) => e.label).sort()).toEqual([
      'Biblioteket',
      'Biblioteket – Ungdomsklubben',
      'Ungdomsklubben',
    ]);
    expect(ownEntries(view, BOB).map((e) => e.label)).toEqual(['Frivilligsentralen']);
  });

  it('taking back an actor takes this phone’s links of it too, and the server accepts it', () => {
    const w = workshop();
    const { entry } = add(w, 'Biblioteket -- Ungdomsklubben');
    if (!entry.ok) throw new Error('refused');
    const bib = entry.actors[0]?.id as string;
    const plan = planTakeBack(viewOf(w.phone) as MapDocument, ALICE, 'actor', bib);
    expect(plan).toEqual({
      ok: true,
      actors: [bib],
      collaborations: [entry.collaborations[0]?.id],
    });
    if (!plan.ok) return;
    const verdict = send(w.server, w.phone, ALICE, () =>
      removeRecords(w.phone, w.mapId, plan.actors, plan.collaborations),
    );
    expect(verdict).toEqual({ ok: true, entries: 2 });
    expect(w.server.getMap('actors').has(bib)).toBe(false);
    expect(w.server.getMap('deleted:actors').get(bib)).toBe(true);
    expect(w.server.getMap('collaborations').size).toBe(0);
  });

  it('an actor others have linked to cannot be taken back', () => {
    const w = workshop();
    const { entry } = add(w, 'Biblioteket');
    if (!entry.ok) throw new Error('refused');
    const bib = entry.actors[0]?.id as string;
    // Bob links his own actor to Alice's.
    const bobPhone = new Y.Doc();
    Y.applyUpdate(bobPhone, Y.encodeStateAsUpdate(w.server));
    const bobView = viewOf(bobPhone) as MapDocument;
    const bobs = buildEntry(
      bobView,
      'Biblioteket -- Korpset',
      template,
      { owner: BOB, nickname: '' },
      meta(),
    );
    if (!bobs.ok) throw new Error('refused');
    send(w.server, bobPhone, BOB, () =>
      writeRecords(bobPhone, w.mapId, bobs.actors, bobs.collaborations),
    );
    Y.applyUpdate(w.phone, Y.encodeStateAsUpdate(w.server));
    const plan = planTakeBack(viewOf(w.phone) as MapDocument, ALICE, 'actor', bib);
    expect(plan).toEqual({ ok: false, problem: 'others-links', count: 1 });
    // Bob's own collaboration is his to take back; Alice's phone may not.
    const link = bobs.collaborations[0]?.id as string;
    expect(planTakeBack(viewOf(w.phone) as MapDocument, ALICE, 'collaboration', link)).toEqual({
      ok: false,
      problem: 'not-yours',
      count: 0,
    });
    expect(planTakeBack(viewOf(w.phone) as MapDocument, BOB, 'collaboration', link)).toEqual({
      ok: true,
      actors: [],
      collaborations: [link],
    });
  });

  it('the leader’s actor is not this phone’s to take back', () => {
    const w = workshop();
    expect(planTakeBack(viewOf(w.phone) as MapDocument, ALICE, 'actor', w.focalId)).toEqual({
      ok: false,
      problem: 'not-yours',
      count: 0,
    });
  });
});

describe('reading the shared map', () => {
  it('skips records the phone cannot use, and waits for the map record', () => {
    const empty = new Y.Doc();
    expect(viewOf(empty)).toBeNull();
    const w = workshop();
    w.phone.getMap('actors').set('broken', new Y.Map(Object.entries({ id: 'broken' })));
    w.phone.getMap('actors').set('plain', 'not a record');
    const view = viewOf(w.phone);
    expect(view?.actors.broken).toBeUndefined();
    expect(view?.actors.plain).toBeUndefined();
    expect(view?.map.name).toBe('Verksted');
  });
});
