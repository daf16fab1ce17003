import type { FrameOptions, Scene, SceneNode } from '../../../src/render/export/scene';
import {
  LABEL_MAX_WIDTH,
  labelFont,
  labelLines,
  type Measure,
} from '../../../src/render/nodeGeometry';

/** Deterministic width estimate: tests must not depend on a canvas or installed fonts. */
export const measure: Measure = (text, font) =>
  text.length * 0.58 * Number.parseFloat(/(\d+)px/.exec(font)?.[1] ?? '15');

export function node(id: string, label: string, extra: Partial<SceneNode> = {}): SceneNode {
  return {
    id,
    label,
    x: 0,
    y: 0,
    size: 40,
    shape: 'ellipse',
    fill: '#44AA99',
    focal: false,
    ghost: false,
    person: false,
    // Wrapped as the model wraps them (toElements), so long names take several lines.
    lines: labelLines(label, LABEL_MAX_WIDTH, labelFont(extra.focal ?? false), measure),
    side: 'below',
    ...extra,
  };
}

export function sampleScene(): Scene {
  return {
    nodes: [
      node('primary-school', 'Bærum kulturskole og kunstfagsenter for alle', {
        x: 0,
        y: 0,
        size: 72,
        fill: '#1b1b1f',
        focal: true,
      }),
      node('ghost', 'Kor', { x: 300, y: -100, shape: 'round-hexagon', ghost: true }),
      node('person', 'Åse Øvrebø', { x: -250, y: 150, person: true, fill: '#CC6677' }),
      node('project', 'Sommerprosjekt', { x: 200, y: 200, shape: 'round-diamond' }),
    ],
    edges: [
      {
        id: 'e1',
        x1: 0,
        y1: 0,
        x2: -250,
        y2: 150,
        width: 6,
        role: 'active',
        dash: 'solid',
        opacity: 0.75,
      },
      {
        id: 'e2',
        x1: 0,
        y1: 0,
        x2: 200,
        y2: 200,
        width: 3.75,
        role: 'active',
        dash: 'dashed',
        opacity: 0.75,
      },
      {
        id: 'e3',
        x1: 0,
        y1: 0,
        x2: 300,
        y2: -100,
        width: 1.5,
        role: 'ghost',
        dash: 'dashed',
        opacity: 0.9,
      },
      {
        id: 'e4',
        x1: -250,
        y1: 150,
        x2: 200,
        y2: 200,
        width: 1.5,
        role: 'ended',
        dash: 'dashdot',
        opacity: 1,
      },
      {
        id: 'e5',
        x1: -250,
        y1: 150,
        x2: 300,
        y2: -100,
        width: 3.75,
        role: 'weak',
        dash: 'dotted',
        opacity: 0.95,
      },
      {
        id: 'e6',
        x1: 200,
        y1: 200,
        x2: 300,
        y2: -100,
        width: 1.5,
        role: 'stale',
        dash: 'dotted',
        opacity: 0.95,
      },
    ],
    texts: [{ text: 'Kunst og kultur', x: 0, y: -250, fontSize: 26 }],
    rects: [{ x: -400, y: -300, w: 400, h: 300, fill: '#332288', label: 'Hold tett kontakt' }],
    bounds: { x: -400, y: -300, w: 800, h: 600 },
  };
}

export function sampleFrame(extra: Partial<FrameOptions> = {}): FrameOptions {
  return {
    page: '16:9',
    background: 'light',
    region: { x: -400, y: -300, w: 800, h: 600 },
    title: 'Samspill – Bærum kulturskole',
    legend: {
      heading: 'Forklaring',
      entries: [
        { kind: 'sector', colour: '#332288', label: 'Kunst og kultur' },
        { kind: 'sector', colour: '#88CCEE', label: 'Skole og barnehage' },
        { kind: 'link', role: 'active', dash: 'solid', label: 'Aktivt samarbeid' },
        { kind: 'link', role: 'active', dash: 'dashed', label: 'Planlagt' },
        { kind: 'link', role: 'stale', dash: 'dotted', label: 'Ikke fulgt opp' },
      ],
    },
    footer: { date: '05.03.2025', source: 'Kilde: Samspill' },
    lang: 'nb',
    ...extra,
  };
}
