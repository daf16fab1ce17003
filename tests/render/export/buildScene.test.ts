import type { ElementModel, NodeModel } from '../../../src/render/elements';
import { buildScene } from '../../../src/render/export/buildScene';
import { fitLabelScale } from '../../../src/render/export/labelScale';
import type { SceneNode } from '../../../src/render/export/scene';
import { DECORATION } from '../../../src/render/tokens';

const measure = (text: string) => text.length * 8;

function node(id: string, extra: Partial<NodeModel> = {}): NodeModel {
  return {
    id,
    label: id,
    sectorId: 'a',
    colour: '#332288',
    size: 30,
    focal: false,
    kind: 'organisation',
    degree: 0,
    pinned: false,
    position: null,
    w: 60,
    h: 60,
    dy: 10,
    lines: [id],
    labelW: 8 * id.length,
    labelH: 15,
    body: 32,
    ...extra,
  };
}

const model: ElementModel = {
  nodes: [
    node('A'),
    node('B', { kind: 'project' }),
    node('C', { kind: 'person' }),
    node('G', { ghost: true, kind: 'ghost' }),
  ],
  edges: [
    { id: 'ab', source: 'A', target: 'B', label: '', strength: 3, status: 'active' },
    { id: 'bc', source: 'B', target: 'C', label: '', strength: 1, status: 'planned', mark: 'weak' },
    { id: 'ac', source: 'A', target: 'C', label: '', strength: 2, status: 'ended' },
    { id: 'ag', source: 'A', target: 'G', label: '', strength: 1, status: 'idea', mark: 'ghost' },
  ],
  sectorOrder: ['a'],
};
const positions = new Map([
  ['A', { x: 0, y: 0 }],
  ['B', { x: 400, y: 0 }],
  ['C', { x: 0, y: 400 }],
  ['G', { x: 400, y: 400 }],
]);

test('the scene resolves shapes and link styles as the stylesheet does', () => {
  const scene = buildScene({ model, positions, decorations: [], visible: null }, measure);
  expect(scene.nodes.map((n) => n.shape)).toEqual([
    'ellipse',
    'round-diamond',
    'ellipse',
    'ellipse',
  ]);
  expect(scene.nodes.find((n) => n.id === 'C')?.person).toBe(true);
  const edge = (id: string) => scene.edges.find((e) => e.id === id);
  expect(edge('ab')).toMatchObject({ role: 'active', dash: 'solid', width: 6 });
  expect(edge('bc')).toMatchObject({ role: 'weak', dash: 'dashed', width: 1.5 });
  expect(edge('ac')).toMatchObject({ role: 'ended', dash: 'dashdot', width: 3.75, opacity: 1 });
  expect(edge('ag')).toMatchObject({ role: 'ghost', dash: 'dashed' });
  expect(scene.bounds.x).toBeLessThanOrEqual(-15);
  expect(scene.bounds.y + scene.bounds.h).toBeGreaterThan(415);
});

test('a filter hides actors and links, never ghosts, and links to hidden actors go too', () => {
  const visible = { actors: new Set(['A', 'B']), collaborations: new Set(['ab', 'ac']) };
  const scene = buildScene({ model, positions, decorations: [], visible }, measure);
  expect(scene.nodes.map((n) => n.id)).toEqual(['A', 'B', 'G']);
  expect(scene.edges.map((e) => e.id)).toEqual(['ab', 'ag']);
});

test('quadrants become rects and segment labels become texts', () => {
  const decorations = [
    {
      group: 'nodes' as const,
      data: { id: 'q', label: 'Følg tett', w: 200, h: 100, colour: '#eee' },
      position: { x: 100, y: 50 },
    },
    { group: 'nodes' as const, data: { id: 's', label: 'Kultur' }, position: { x: -300, y: 0 } },
  ];
  const scene = buildScene({ model, positions, decorations, visible: null }, measure);
  expect(scene.rects).toEqual([{ x: 0, y: 0, w: 200, h: 100, fill: '#eee', label: 'Følg tett' }]);
  // The decoration size of the tokens, as the canvas draws it.
  expect(scene.texts).toEqual([{ text: 'Kultur', x: -300, y: 0, fontSize: DECORATION.size }]);
  expect(scene.bounds.x).toBeLessThanOrEqual(-300 - 24);
});

describe('label scale', () => {
  const at = (id: string, x: number, y: number): SceneNode => ({
    id,
    label: id,
    x,
    y,
    size: 20,
    shape: 'ellipse',
    fill: '#000',
    focal: false,
    ghost: false,
    person: false,
    lines: [id],
    side: 'below',
  });
  const size = { w: 100, h: 20 };

  it('grows labels until the nearest neighbour would be covered, and no further', () => {
    const nodes = [at('a', 0, 0), at('b', 300, 0)];
    const s = fitLabelScale(nodes, [size, size], 5, 2.5);
    // 300 px apart: labels 100 px wide fit up to 3×, so the cap of 2.5 wins.
    expect(s).toBe(2.5);
    const close = [at('a', 0, 0), at('b', 150, 0)];
    const t = fitLabelScale(close, [size, size], 5, 2.5);
    expect(t).toBeGreaterThanOrEqual(1);
    expect(t).toBeLessThan(1.5);
    // At the found scale the two labels (100·t wide, centred 150 apart) do not overlap.
    expect(100 * t).toBeLessThanOrEqual(150);
  });

  it('keeps 1 when labels already overlap, and `max` when nothing is near', () => {
    expect(fitLabelScale([at('a', 0, 0), at('b', 50, 0)], [size, size], 5, 2)).toBe(1);
    expect(fitLabelScale([at('a', 0, 0), at('b', 5000, 0)], [size, size], 5, 2)).toBe(2);
  });

  it('keeps a label off the node below it', () => {
    const nodes = [at('a', 0, 0), at('b', 0, 60)];
    const s = fitLabelScale(nodes, [size, size], 5, 3);
    // Label of a starts at y = 15 and may reach b's top at y = 50: 20·s ≤ 35.
    expect(20 * s).toBeLessThanOrEqual(35);
    expect(s).toBeGreaterThan(1.5);
  });
});
