/**
 * Nothing restyles elements that need not be (issue 18): every restyled element loses
 * Cytoscape's cached drawing of it and of its layer, and a zoom or pan then redraws the whole
 * map. Counted with Cytoscape's own `style` events; no timings.
 */
import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { updateActor } from '../../src/domain/commands';
import { syncElements } from '../../src/render/elementSync';
import { applySides } from '../../src/render/framing';
import { HOVER_FADE_MAX_NODES, highlightAround, highlightTarget } from '../../src/render/highlight';
import {
  bindSelection,
  type MapViewEvents,
  VIEWPORT_REST_MS,
} from '../../src/render/mapViewEvents';
import { mapStyle } from '../../src/render/style';
import { meta, model, noEvents, placedMap } from './harness';

/** A path a – b – c – d and a few more, headless with the app's stylesheet. */
function graph(extra = 0): Core {
  const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
  for (let i = 0; i < extra; i++) ids.push(`x${i}`);
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: mapStyle({ labelScale: 1, contrast: false, transitions: false }),
    elements: [
      ...ids.map((id, i) => ({
        group: 'nodes' as const,
        data: { id, label: id, colour: '#88c', size: 20 },
        position: { x: i * 40, y: 0 },
      })),
      ...['ab', 'bc', 'cd', 'de', 'ef'].map(([s, t]) => ({
        group: 'edges' as const,
        data: { id: `${s}${t}`, source: s as string, target: t as string, strength: 2 },
      })),
    ],
  });
}

/** Counts element `style` events from now on. */
function styles(cy: Core) {
  let n = 0;
  cy.on('style', () => {
    n++;
  });
  return () => n;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('highlighting a neighbourhood', () => {
  it('restyles nothing when the same neighbourhood is shown again', () => {
    const cy = graph();
    highlightAround(cy, 'a');
    expect(cy.nodes('.faded').map((n) => n.id())).toEqual(['c', 'd', 'e', 'f']);
    const count = styles(cy);
    highlightAround(cy, 'a');
    expect(count()).toBe(0);
    expect(cy.nodes('.faded').map((n) => n.id())).toEqual(['c', 'd', 'e', 'f']);
    expect(cy.edges('.highlighted').map((e) => e.id())).toEqual(['ab']);
  });

  it('restyles only the elements whose state changes', () => {
    const cy = graph();
    highlightAround(cy, 'a');
    const count = styles(cy);
    // a's neighbourhood is a, b, ab; b's adds c and bc, and bc is highlighted too.
    highlightAround(cy, 'b');
    expect(count()).toBe(2);
    expect(cy.nodes('.faded').map((n) => n.id())).toEqual(['d', 'e', 'f']);
    expect(cy.edges('.highlighted').map((e) => e.id())).toEqual(['ab', 'bc']);
    highlightAround(cy, null);
    expect(cy.elements('.faded, .highlighted')).toHaveLength(0);
  });
});

describe('hovering while the viewport moves', () => {
  /** The map view's wiring: a hover highlights, as the map canvas does with the view store. */
  function hovered(cy: Core) {
    const reported: (string | null)[] = [];
    const events: MapViewEvents = {
      ...noEvents(),
      hover: (id) => {
        reported.push(id);
        highlightAround(cy, highlightTarget(cy, id, null));
      },
    };
    bindSelection(cy, events, () => {});
    return reported;
  }

  it('restyles nothing while a zoom and a pan sweep nodes past a still pointer', () => {
    vi.useFakeTimers();
    const cy = graph();
    const reported = hovered(cy);
    cy.getElementById('a').emit('mouseover');
    expect(cy.nodes('.faded')).toHaveLength(4);
    const count = styles(cy);
    // The wheel zooms about the pointer: a slides away from under it, then c and d pass by.
    cy.zoom({ level: 2, renderedPosition: { x: 10, y: 10 } });
    cy.getElementById('a').emit('mouseout');
    cy.getElementById('c').emit('mouseover');
    cy.getElementById('c').emit('mouseout');
    cy.panBy({ x: 30, y: 0 });
    cy.getElementById('d').emit('mouseover');
    expect(count()).toBe(0);
    expect(reported).toEqual(['a']);
    // At rest, what the pointer is over then counts.
    vi.advanceTimersByTime(VIEWPORT_REST_MS);
    expect(reported).toEqual(['a', 'd']);
    expect(cy.nodes('.faded').map((n) => n.id())).toEqual(['a', 'b', 'f']);
  });

  it('does not fade a big map on hover, but does for a selection', () => {
    const cy = graph(HOVER_FADE_MAX_NODES);
    expect(highlightTarget(cy, 'a', null)).toBeNull();
    expect(highlightTarget(cy, 'a', 'c')).toBe('c');
    expect(highlightTarget(graph(), 'a', 'c')).toBe('a');
  });
});

describe('label sides', () => {
  it('restyles only the labels that change side', () => {
    const cy = graph();
    const ids = ['a', 'b', 'c', 'd'];
    applySides(cy, ids, ['right', 'left', null, 'below']);
    const count = styles(cy);
    applySides(cy, ids, ['right', 'left', null, 'below']);
    expect(count()).toBe(0);
    applySides(cy, ids, ['right', 'above', null, 'below']);
    expect(count()).toBe(1);
    expect(cy.getElementById('b').classes()).toEqual(['label-above']);
  });
});

describe('fades on a big map', () => {
  it('come without transitions', () => {
    const duration = (transitions?: boolean) => {
      const cy = cytoscape({
        headless: true,
        styleEnabled: true,
        style: mapStyle({
          labelScale: 1,
          contrast: false,
          ...(transitions === undefined ? {} : { transitions }),
        }),
        elements: [{ data: { id: 'a', label: 'a', colour: '#88c', size: 20 } }],
      });
      return cy.getElementById('a').style('transition-duration');
    };
    expect(duration()).toBe('150ms');
    expect(duration(false)).toBe('0ms');
  });
});

describe('an edit', () => {
  it('restyles only the actors it changes (Cytoscape restyled every node on every edit)', () => {
    const { doc, ids } = placedMap();
    const cy = cytoscape({ headless: true, styleEnabled: true, style: mapStyle() });
    const host = {
      framed: () => false,
      nodeScale: () => 1,
      dragging: () => false,
      moved: () => {},
      unpin: () => {},
    };
    const before = model(doc);
    syncElements(cy, before, new Map(), host);
    const count = styles(cy);
    const noted = model(updateActor(doc, ids.band, { description: 'Ny dirigent' }, meta));
    syncElements(cy, noted, new Map(before.nodes.map((n) => [n.id, n])), host);
    expect(count()).toBe(0);
    const renamed = model(updateActor(doc, ids.band, { name: 'Storbandet' }, meta));
    syncElements(cy, renamed, new Map(noted.nodes.map((n) => [n.id, n])), host);
    expect(count()).toBe(1);
  });
});
