import { describe, expect, it } from 'vitest';
import templateJson from '../../data/templates/kulturskole.json';
import { makeMap } from '../../src/domain/factory';
import { findActorByName } from '../../src/domain/lookup';
import { parseQuickAdd } from '../../src/domain/quickAdd';
import { applyQuickAdd } from '../../src/domain/quickAddCommand';
import { guessType } from '../../src/domain/template';
import type { MapDocument, Template } from '../../src/domain/types';
import { templateSchema } from '../../src/schema/schemas';
import { testMeta } from '../fixtures/meta';
import { miniTemplate } from '../fixtures/miniTemplate';

const newDoc = () =>
  makeMap(
    {
      name: 'Test',
      focalName: 'Kulturskolen i Testby',
      templateId: 'mini',
      focalSectorId: 'focal',
      focalTypeId: 'culture-school',
    },
    testMeta(),
  );

describe('parseQuickAdd', () => {
  it('reads a plain name as an actor', () => {
    expect(parseQuickAdd('  Biblioteket  ')).toEqual({ kind: 'actor', name: 'Biblioteket' });
    expect(parseQuickAdd('Kom deg ut-dag')).toEqual({ kind: 'actor', name: 'Kom deg ut-dag' });
    expect(parseQuickAdd('   ')).toEqual({ kind: 'empty' });
  });

  it('reads every separator as a link, and the text after a colon as its label', () => {
    for (const sep of ['--', '->', '<->', '+', '–']) {
      expect(parseQuickAdd(`Skolen ${sep} Biblioteket`)).toEqual({
        kind: 'link',
        names: ['Skolen', 'Biblioteket'],
        label: '',
      });
    }
    expect(parseQuickAdd('Biblioteket -- Asylmottaket: Språkkafé')).toEqual({
      kind: 'link',
      names: ['Biblioteket', 'Asylmottaket'],
      label: 'Språkkafé',
    });
    expect(parseQuickAdd('A -- B -- C').kind === 'link' && parseQuickAdd('A -- B -- C')).toEqual({
      kind: 'link',
      names: ['A', 'B', 'C'],
      label: '',
    });
  });
});

describe('guessType', () => {
  it('guesses from word starts, including Norwegian definite forms', () => {
    expect(guessType(miniTemplate, 'Biblioteket')).toEqual({
      sectorId: 'culture',
      typeId: 'library',
    });
    expect(guessType(miniTemplate, 'Eksempel barnehage')).toEqual({
      sectorId: 'education',
      typeId: 'kindergarten',
    });
    expect(guessType(miniTemplate, 'Glogerfestspillene')?.typeId).toBe('festival');
    expect(guessType(miniTemplate, 'Krimfestivalen')?.typeId).toBe('festival');
  });

  it('does not read the culture school as a school, and prefers the longest keyword', () => {
    expect(guessType(miniTemplate, 'Kulturskolen')?.typeId).toBe('culture-school');
    expect(guessType(miniTemplate, 'Nordby barneskole')?.typeId).toBe('primary-school');
    expect(guessType(miniTemplate, 'Ola Nordmann')).toBeNull();
  });
});

describe('applyQuickAdd', () => {
  it("reads another place's culture school as a neighbour, with the shipped template", () => {
    const kulturskole = templateSchema.parse(templateJson) as Template;
    const doc = newDoc();
    const add = (name: string, from: MapDocument) =>
      applyQuickAdd(from, parseQuickAdd(name), kulturskole, testMeta());
    const sorvik = add('Sørvik kulturskole', doc);
    const [id] = sorvik.addedActorIds;
    expect(id && sorvik.doc.actors[id]?.typeId).toBe('neighbour-municipalities');
    const own = add('Testby kulturskole', doc);
    expect(own.addedActorIds[0] && own.doc.actors[own.addedActorIds[0]]?.typeId).toBe(
      'culture-school',
    );
  });

  it('adds an actor with the guessed sector and type', () => {
    const out = applyQuickAdd(newDoc(), parseQuickAdd('Biblioteket'), miniTemplate, testMeta());
    const [id] = out.addedActorIds;
    expect(id && out.doc.actors[id]).toMatchObject({ name: 'Biblioteket', typeId: 'library' });
    expect(out.focus).toEqual({ kind: 'actor', id });
  });

  it('links existing actors by name and creates the missing one', () => {
    const doc = newDoc();
    const entry = parseQuickAdd('kulturskolen -- Solsikken barnehage: Sangskattekista');
    const out = applyQuickAdd(doc, entry, miniTemplate, testMeta('2026-01-02T00:00:00.000Z', 'q'));
    expect(out.addedActorIds).toHaveLength(1);
    expect(out.addedCollaborationIds).toHaveLength(1);
    const link = out.doc.collaborations[out.addedCollaborationIds[0] ?? ''];
    expect(link?.sourceId).toBe(doc.map.focalActorId);
    expect(link?.label).toBe('Sangskattekista');
    expect(out.doc.actors[link?.targetId ?? '']?.typeId).toBe('kindergarten');
  });

  it('does not duplicate an existing link', () => {
    const once = applyQuickAdd(newDoc(), parseQuickAdd('A -- B'), miniTemplate, testMeta());
    const twice = applyQuickAdd(once.doc, parseQuickAdd('B -- A'), miniTemplate, testMeta());
    expect(twice.addedCollaborationIds).toHaveLength(0);
    expect(Object.keys(twice.doc.collaborations)).toHaveLength(1);
  });

  it('findActorByName refuses an ambiguous prefix', () => {
    let doc = newDoc();
    doc = applyQuickAdd(doc, parseQuickAdd('Nordby skole'), miniTemplate, testMeta('t', 'a')).doc;
    doc = applyQuickAdd(doc, parseQuickAdd('Nordby kirke'), miniTemplate, testMeta('t', 'b')).doc;
    expect(findActorByName(doc, 'nordby')).toBeNull();
    expect(findActorByName(doc, 'NORDBY  skole')?.name).toBe('Nordby skole');
    expect(findActorByName(doc, 'Kulturskolen')?.id).toBe(doc.map.focalActorId);
  });
});
