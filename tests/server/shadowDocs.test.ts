/** The shadow copy participant updates are tried on (server/shadowDocs.ts) never drifts. */
import * as Y from 'yjs';
import { checkParticipantUpdate } from '../../server/participantRights';
import { shadowOf } from '../../server/shadowDocs';
import { fieldsOf, tableOf } from '../../src/sync/model';
import {
  ALICE,
  actor,
  collaboration,
  put,
  serverDoc,
  setField,
  updateFrom,
} from './participantFixtures';

const tables = (doc: Y.Doc) => ({
  actors: tableOf(doc, 'actors').toJSON(),
  collaborations: tableOf(doc, 'collaborations').toJSON(),
  deleted: doc.getMap('deleted:actors').toJSON(),
});

describe('the document shadow of the participant check', () => {
  it('keeps nothing of a refused update', () => {
    const doc = serverDoc();
    const forged = updateFrom(doc, (r) => setField(r, 'actors', 'bob-1', 'name', 'Forged'));
    expect(checkParticipantUpdate(doc, forged, ALICE).ok).toBe(false);
    expect(fieldsOf(shadowOf(doc), 'actors', 'bob-1')?.get('name')).toBe('Fritidsklubben');
    // The next entry is judged against the document as it is.
    const next = updateFrom(doc, (r) => put(r, 'actors', actor('alice-2', 'Museet', ALICE)));
    expect(checkParticipantUpdate(doc, next, ALICE)).toEqual({ ok: true, entries: 1 });
  });

  it('follows what the document takes in from others, such as the leader', () => {
    const doc = serverDoc();
    const first = updateFrom(doc, (r) => put(r, 'actors', actor('alice-2', 'Museet', ALICE)));
    expect(checkParticipantUpdate(doc, first, ALICE).ok).toBe(true);
    Y.applyUpdate(doc, first);
    // The leader adds an actor straight to the document (an edit link: no check).
    const leader = updateFrom(doc, (r) => put(r, 'actors', actor('leader-2', 'NAV')));
    Y.applyUpdate(doc, leader);
    // A phone links to it: the shadow has the leader's actor, so nothing is missing.
    const link = updateFrom(doc, (r) =>
      put(r, 'collaborations', collaboration('c1', 'alice-2', 'leader-2', ALICE)),
    );
    expect(checkParticipantUpdate(doc, link, ALICE)).toEqual({ ok: true, entries: 1 });
    Y.applyUpdate(doc, link);
    expect(tables(shadowOf(doc))).toEqual(tables(doc));
  });

  it('lets an update the document already has through as no entry', () => {
    const doc = serverDoc();
    const entry = updateFrom(doc, (r) => put(r, 'actors', actor('alice-2', 'Museet', ALICE)));
    expect(checkParticipantUpdate(doc, entry, ALICE).ok).toBe(true);
    Y.applyUpdate(doc, entry);
    expect(checkParticipantUpdate(doc, entry, ALICE)).toEqual({ ok: true, entries: 0 });
  });
});
