import * as Y from 'yjs';
import { EntryRates } from '../../server/limits';
import { checkParticipantUpdate, type RightsVerdict } from '../../server/participantRights';
import { shadowOf } from '../../server/shadowDocs';
import { fieldsOf, tableOf, tombstonesOf } from '../../src/sync/model';
import {
  ALICE,
  actor,
  BOB,
  collaboration,
  put,
  remove,
  serverDoc,
  setField,
  updateFrom,
} from './participantFixtures';

function check(edit: (replica: Y.Doc) => void, participant = ALICE) {
  const doc = serverDoc();
  const stateBefore = Y.encodeStateAsUpdate(doc);
  const verdict = checkParticipantUpdate(doc, updateFrom(doc, edit), participant);
  // The check works on a copy: the server's document never changes, allowed or refused.
  expect(Y.encodeStateAsUpdate(doc)).toEqual(stateBefore);
  return verdict;
}

function refused(verdict: RightsVerdict): string {
  expect(verdict.ok).toBe(false);
  return verdict.ok ? '' : verdict.problem;
}

describe('participant rights: allowed', () => {
  it('adds an actor of its own', () => {
    expect(check((r) => put(r, 'actors', actor('alice-2', 'Museet', ALICE)))).toEqual({
      ok: true,
      entries: 1,
    });
  });

  it('adds a collaboration between existing actors (its own and the leader’s)', () => {
    const verdict = check((r) =>
      put(r, 'collaborations', collaboration('c1', 'alice-1', 'leader-1', ALICE)),
    );
    expect(verdict).toEqual({ ok: true, entries: 1 });
  });

  it('adds an actor and a collaboration to it in one update (an offline queue)', () => {
    const verdict = check((r) =>
      r.transact(() => {
        put(r, 'actors', actor('alice-2', 'Museet', ALICE));
        put(r, 'collaborations', collaboration('c1', 'alice-2', 'bob-1', ALICE));
      }),
    );
    expect(verdict).toEqual({ ok: true, entries: 2 });
  });

  it('renames its own actor', () => {
    expect(check((r) => setField(r, 'actors', 'alice-1', 'name', 'Bibliotek'))).toEqual({
      ok: true,
      entries: 1,
    });
  });

  it('takes back its own actor (tombstone and removal)', () => {
    expect(check((r) => remove(r, 'actors', 'alice-1'))).toEqual({ ok: true, entries: 1 });
  });

  it('adds and takes back an entry before it was ever sent', () => {
    const verdict = check((r) => {
      put(r, 'actors', actor('alice-2', 'Museet', ALICE));
      remove(r, 'actors', 'alice-2');
    });
    expect(verdict.ok).toBe(true);
  });

  it('lets an empty update (a sync step 2 with nothing new) through', () => {
    expect(check(() => {})).toEqual({ ok: true, entries: 0 });
  });
});

describe('participant rights: refused', () => {
  it('a forged rename of another participant’s actor', () => {
    expect(refused(check((r) => setField(r, 'actors', 'bob-1', 'name', 'Forged')))).toMatch(
      /actors\/bob-1: not yours/,
    );
  });

  it('a forged rename that also claims the actor', () => {
    const verdict = check((r) =>
      r.transact(() => {
        setField(r, 'actors', 'bob-1', 'name', 'Forged');
        setField(r, 'actors', 'bob-1', 'addedBy', ALICE);
      }),
    );
    expect(refused(verdict)).toMatch(/bob-1: not yours/);
  });

  it('replacing another participant’s actor with a whole new record', () => {
    expect(refused(check((r) => put(r, 'actors', actor('bob-1', 'Mine now', ALICE))))).toMatch(
      /bob-1: not yours/,
    );
  });

  it('deleting the leader’s actor', () => {
    expect(refused(check((r) => remove(r, 'actors', 'leader-1')))).toMatch(/leader-1: not yours/);
  });

  it('deleting the leader’s actor without a tombstone', () => {
    expect(refused(check((r) => tableOf(r, 'actors').delete('leader-1')))).toMatch(
      /leader-1: not yours/,
    );
  });

  it('renaming the map', () => {
    const verdict = check((r) => fieldsOf(r, 'map', 'map-1')?.set('name', 'Mine'));
    expect(refused(verdict)).toMatch(/map: not open to participants/);
  });

  it('touching views and activities', () => {
    expect(refused(check((r) => put(r, 'views', { id: 'v1', addedBy: ALICE })))).toMatch(
      /views: not open/,
    );
    expect(refused(check((r) => put(r, 'activities', { id: 'x', addedBy: ALICE })))).toMatch(
      /activities: not open/,
    );
  });

  it('changing the owner of its own entry', () => {
    expect(refused(check((r) => setField(r, 'actors', 'alice-1', 'addedBy', BOB)))).toMatch(
      /addedBy is not yours/,
    );
  });

  it('adding an entry in someone else’s name, or in nobody’s', () => {
    expect(refused(check((r) => put(r, 'actors', actor('x1', 'Museet', BOB))))).toMatch(
      /addedBy is not yours/,
    );
    expect(refused(check((r) => put(r, 'actors', actor('x1', 'Museet'))))).toMatch(
      /addedBy is not yours/,
    );
  });

  it('an invalid or oversize record, and unknown fields', () => {
    expect(refused(check((r) => put(r, 'actors', actor('x1', '  ', ALICE))))).toMatch(
      /x1: invalid name/,
    );
    const long = { ...actor('x1', 'Museet', ALICE), description: 'x'.repeat(10_000) };
    expect(refused(check((r) => put(r, 'actors', long)))).toMatch(/x1: too large/);
    const extra = { ...actor('x1', 'Museet', ALICE), payload: 'hidden' };
    expect(refused(check((r) => put(r, 'actors', extra)))).toMatch(/unknown field "payload"/);
    const other = { ...actor('x1', 'Museet', ALICE), mapId: 'another-map' };
    expect(refused(check((r) => put(r, 'actors', other)))).toMatch(/another map/);
  });

  it('a collaboration to an actor that does not exist', () => {
    const verdict = check((r) =>
      put(r, 'collaborations', collaboration('c1', 'alice-1', 'ghost', ALICE)),
    );
    expect(refused(verdict)).toMatch(/no actor ghost/);
  });

  it('undoing someone’s deletion, or reviving a deleted id', () => {
    const doc = serverDoc();
    remove(doc, 'actors', 'bob-1');
    const revive = updateFrom(doc, (r) => tombstonesOf(r, 'actors').delete('bob-1'));
    expect(refused(checkParticipantUpdate(doc, revive, ALICE))).toMatch(/cannot be undone/);
    const again = updateFrom(doc, (r) => put(r, 'actors', actor('bob-1', 'Back', ALICE)));
    expect(refused(checkParticipantUpdate(doc, again, ALICE))).toMatch(/bob-1: was deleted/);
  });

  it('a new root type, a nested type, and a field map written into a record', () => {
    expect(refused(check((r) => r.getMap('secrets').set('k', 1)))).toMatch(/root "secrets"/);
    const nested = check((r) => fieldsOf(r, 'actors', 'alice-1')?.set('name', new Y.Map()));
    expect(nested.ok).toBe(false);
  });

  it('garbage, and an update that depends on history the server lacks', () => {
    const doc = serverDoc();
    expect(refused(checkParticipantUpdate(doc, new Uint8Array([1, 2, 3, 4, 5]), ALICE))).toMatch(
      /not a Yjs update/,
    );
    // Two updates from one replica; the second alone waits for the first.
    const replica = new Y.Doc();
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc));
    const base = Y.encodeStateVector(replica);
    put(replica, 'actors', actor('alice-2', 'Museet', ALICE));
    const middle = Y.encodeStateVector(replica);
    setField(replica, 'actors', 'alice-2', 'name', 'Museum');
    expect(base).not.toEqual(middle);
    const second = Y.encodeStateAsUpdate(replica, middle);
    expect(refused(checkParticipantUpdate(doc, second, ALICE))).toMatch(/history/);
  });
});

describe('participant entry rate', () => {
  it('allows the budget per minute, refuses beyond it, and refills with time', () => {
    let now = 0;
    const rates = new EntryRates(30, () => now);
    for (let i = 0; i < 30; i++) expect(rates.take('m', ALICE, 1)).toBe(true);
    expect(rates.take('m', ALICE, 1)).toBe(false);
    // Another participant, or the same one on another map, has its own budget.
    expect(rates.take('m', BOB, 5)).toBe(true);
    expect(rates.take('m2', ALICE, 1)).toBe(true);
    now += 10_000;
    expect(rates.take('m', ALICE, 5)).toBe(true);
    expect(rates.take('m', ALICE, 1)).toBe(false);
    expect(rates.take('m', ALICE, 0)).toBe(true);
  });
});

describe('participant rights: cost', () => {
  it('stays cheap on a workshop-sized map (300 actors, 300 collaborations)', () => {
    const doc = serverDoc();
    doc.transact(() => {
      for (let i = 0; i < 300; i++) put(doc, 'actors', actor(`a${i}`, `Aktør ${i}`, BOB));
      for (let i = 0; i < 300; i++) {
        put(doc, 'collaborations', collaboration(`c${i}`, `a${i}`, `a${(i + 1) % 300}`, BOB));
      }
    });
    const updates = Array.from({ length: 100 }, (_, i) =>
      updateFrom(doc, (r) => put(r, 'actors', actor(`new${i}`, `Ny ${i}`, ALICE))),
    );
    const times: number[] = [];
    const shadow = shadowOf(doc);
    for (const update of updates) {
      const start = performance.now();
      expect(checkParticipantUpdate(doc, update, ALICE).ok).toBe(true);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const median = times[50] ?? 0;
    const p95 = times[95] ?? 0;
    console.info(
      `participant rights check, 600-record map (${Y.encodeStateAsUpdate(doc).byteLength} bytes): median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms`,
    );
    // The cost stays that of the update: one copy of the document serves every check (the
    // timing itself is reported, never asserted: this machine is shared).
    expect(shadowOf(doc)).toBe(shadow);
  });
});
