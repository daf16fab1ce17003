import { addActivity, addActor, addCollaboration } from '../../src/domain/commands';
import type { ActorInput, CollaborationInput } from '../../src/domain/factory';
import { makeMap } from '../../src/domain/factory';
import type { MapDocument } from '../../src/domain/types';
import { documentStore, replaceDocument } from '../../src/state/documentStore';
import { uiStore } from '../../src/state/uiStore';
import { viewStore } from '../../src/state/viewStore';
import { testMeta } from '../fixtures/meta';

/**
 * A small map: the culture school, four partners (one with a Norwegian letter, to check the
 * sort order) and three collaborations, one of them with a log entry.
 */
export function buildDoc() {
  const meta = testMeta();
  let doc: MapDocument = makeMap(
    {
      name: 'Kulturskolen i Testby',
      focalName: 'Kulturskolen',
      templateId: 'kulturskole',
      focalSectorId: 'focal',
      focalTypeId: 'culture-school',
    },
    meta,
  );
  const focal = doc.map.focalActorId ?? '';
  const actor = (input: ActorInput) => {
    const r = addActor(doc, input, meta);
    doc = r.doc;
    return r.actor.id;
  };
  const link = (input: CollaborationInput) => {
    const r = addCollaboration(doc, input, meta);
    if (!r) throw new Error('link failed');
    doc = r.doc;
    return r.collaboration.id;
  };
  const library = actor({ name: 'Biblioteket', sectorId: 'culture', typeId: 'library' });
  const school = actor({
    name: 'Eksempel skole',
    sectorId: 'education',
    typeId: 'primary-school',
    position: { x: 10, y: 20, pinned: true },
  });
  const asylum = actor({ name: 'Asylmottaket', sectorId: 'integration', typeId: 'asylum-centre' });
  const band = actor({ name: 'Ørsta musikkorps', sectorId: 'voluntary', typeId: 'associations' });
  const readings = link({
    sourceId: focal,
    targetId: library,
    label: 'Lesestund',
    strength: 3,
    status: 'active',
    purposeIds: ['inclusion'],
    responsible: 'Kari',
  });
  const concerts = link({
    sourceId: focal,
    targetId: school,
    label: 'Skolekonserter',
    strength: 1,
    status: 'planned',
    responsible: 'Ola',
  });
  const language = link({ sourceId: library, targetId: asylum, strength: 2, status: 'idea' });
  doc = addActivity(
    doc,
    { collaborationId: readings, date: '2025-10-01', title: 'Oppstartsmøte', note: '' },
    meta,
  );
  return { doc, ids: { focal, library, school, asylum, band, readings, concerts, language } };
}

/** Loads the fixture into the stores with a fresh undo history and nothing selected. */
export function loadFixture() {
  const built = buildDoc();
  replaceDocument(built.doc);
  uiStore.setState({ toast: null });
  viewStore.setState({ selection: null });
  return built.ids;
}

export const currentDoc = (): MapDocument => {
  const doc = documentStore.getState().doc;
  if (!doc) throw new Error('no document');
  return doc;
};

export const undoSteps = () => documentStore.temporal.getState().pastStates.length;
