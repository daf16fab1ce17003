import { beforeEach, describe, expect, it } from 'vitest';
import { addActor, moveActors } from '../../src/domain/commands';
import { makeMap } from '../../src/domain/factory';
import {
  canRedo,
  canUndo,
  documentStore,
  edit,
  editUntracked,
  redo,
  replaceDocument,
  UNDO_LIMIT,
  undo,
} from '../../src/state/documentStore';
import { testMeta } from '../fixtures/meta';

const doc = () => documentStore.getState().doc;
const actorCount = () => Object.keys(doc()?.actors ?? {}).length;

beforeEach(() => {
  replaceDocument(
    makeMap(
      {
        name: 'Historikk',
        focalName: 'Kulturskolen',
        templateId: 'kulturskole',
        focalSectorId: 'focal',
        focalTypeId: 'culture-school',
      },
      testMeta(),
    ),
  );
});

describe('undo and redo of document edits', () => {
  it('undoes and redoes at least 100 steps', () => {
    for (let i = 0; i < 150; i++) edit((d, meta) => addActor(d, { name: `Aktør ${i}` }, meta).doc);
    expect(actorCount()).toBe(151);
    for (let i = 0; i < 120; i++) undo();
    expect(actorCount()).toBe(31);
    for (let i = 0; i < 20; i++) redo();
    expect(actorCount()).toBe(51);
    expect(UNDO_LIMIT).toBeGreaterThanOrEqual(100);
  });

  it('records nothing for an edit that changes nothing', () => {
    expect(edit((d) => d)).toBe(false);
    expect(canUndo()).toBe(false);
  });

  it('treats one drag of several nodes as one step', () => {
    edit((d, meta) => addActor(d, { name: 'A' }, meta).doc);
    const ids = Object.keys(doc()?.actors ?? {});
    edit((d, meta) =>
      moveActors(
        d,
        ids.map((id, i) => ({ id, x: i * 10, y: 5, pinned: true })),
        meta,
      ),
    );
    undo();
    expect(Object.values(doc()?.actors ?? {}).every((a) => a.position === null)).toBe(true);
    expect(actorCount()).toBe(2);
  });

  it('keeps layout positions out of the history', () => {
    edit((d, meta) => addActor(d, { name: 'A' }, meta).doc);
    const [first] = Object.keys(doc()?.actors ?? {});
    editUntracked((d, meta) => moveActors(d, [{ id: first ?? '', x: 1, y: 2 }], meta));
    expect(doc()?.actors[first ?? '']?.position).toEqual({ x: 1, y: 2, pinned: false });
    undo();
    expect(actorCount()).toBe(1);
    expect(canUndo()).toBe(false);
    expect(canRedo()).toBe(true);
  });

  it('starts a fresh history when another map opens', () => {
    edit((d, meta) => addActor(d, { name: 'A' }, meta).doc);
    const current = doc();
    if (!current) throw new Error('no document');
    replaceDocument(current);
    expect(canUndo()).toBe(false);
  });
});
