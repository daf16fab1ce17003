// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { type FrameOptions, PAGE_POINTS, type Scene } from '../../../src/render/export/scene';
import { sceneToSvg, svgToString } from '../../../src/render/export/svg';
import { measure, node, sampleFrame, sampleScene } from './fixtures';

function render(scene: Scene = sampleScene(), frame: FrameOptions = sampleFrame()) {
  const text = svgToString(sceneToSvg(scene, frame, measure));
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  return { text, doc, root: doc.documentElement };
}

const texts = (doc: Document) =>
  [...doc.querySelectorAll('text')].map((t) => {
    const spans = [...t.querySelectorAll('tspan')];
    return spans.length ? spans.map((s) => s.textContent).join(' ') : (t.textContent ?? '');
  });

/** Reads `translate(tx ty) scale(s)` from the map group. */
function mapTransform(doc: Document) {
  const g = doc.querySelector('[data-layer="map"] > g');
  const m = /translate\(([-\d.]+) ([-\d.]+)\) scale\(([-\d.e]+)\)/.exec(
    g?.getAttribute('transform') ?? '',
  );
  if (!m) throw new Error('no map transform');
  const clip = doc.querySelector('clipPath rect');
  const n = (name: string) => Number(clip?.getAttribute(name));
  return {
    tx: Number(m[1]),
    ty: Number(m[2]),
    s: Number(m[3]),
    area: { x: n('x'), y: n('y'), w: n('width'), h: n('height') },
  };
}

describe('sceneToSvg', () => {
  it('produces well-formed SVG with an XML declaration, title and language', () => {
    const { text, doc, root } = render();
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(root.localName).toBe('svg');
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(root.querySelector(':scope > title')?.textContent).toBe('Samspill – Bærum kulturskole');
    expect(texts(doc)).toContain('Samspill – Bærum kulturskole');
    expect(root.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang')).toBe('nb');
  });

  it.each(['16:9', 'a4'] as const)('sizes the %s page in points', (page) => {
    const { root } = render(sampleScene(), sampleFrame({ page }));
    const { w, h } = PAGE_POINTS[page];
    expect(root.getAttribute('width')).toBe(String(w));
    expect(root.getAttribute('height')).toBe(String(h));
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${w} ${h}`);
  });

  it('writes every node label as a <text>, its lines as tspans', () => {
    const scene = sampleScene();
    const { doc } = render(scene);
    const labels = doc.querySelectorAll('[data-layer="labels"] text');
    expect(labels).toHaveLength(scene.nodes.length);
    const all = texts(doc);
    for (const n of scene.nodes) expect(all).toContain(n.lines.join(' '));
    const focal = [...labels].find((t) => t.textContent?.startsWith('Bærum'));
    // "Bærum kulturskole og kunstfagsenter for alle" needs four lines: three, the last cut.
    const spans = [...(focal?.querySelectorAll('tspan') ?? [])].map((t) => t.textContent ?? '');
    expect(spans).toHaveLength(3);
    expect(spans[2]?.endsWith('…')).toBe(true);
    expect(focal?.getAttribute('font-weight')).toBe('700');
    for (const span of focal?.querySelectorAll('tspan') ?? [])
      expect(span.hasAttribute('x')).toBe(true);
    const layer = doc.querySelector('[data-layer="labels"]');
    expect(layer?.getAttribute('text-anchor')).toBe('middle');
    expect(layer?.getAttribute('paint-order')).toBe('stroke');
    expect(layer?.getAttribute('stroke')).toBe('#ffffff');
  });

  it('draws in order: rects, texts, edges, nodes, labels', () => {
    const { doc } = render();
    const layers = [...doc.querySelectorAll('[data-layer="map"] > g > g')].map((g) =>
      g.getAttribute('data-layer'),
    );
    expect(layers).toEqual(['rects', 'texts', 'edges', 'nodes', 'labels']);
  });

  it('shows the legend, the footer and the background labels as text', () => {
    const frame = sampleFrame();
    const all = texts(render(sampleScene(), frame).doc);
    for (const entry of frame.legend?.entries ?? []) expect(all).toContain(entry.label);
    expect(all).toContain('Forklaring');
    expect(all).toContain('05.03.2025 · Kilde: Samspill');
    expect(all).toContain('Kunst og kultur');
    expect(all).toContain('Hold tett kontakt');
  });

  it('draws node shapes, rings and ghosts as on screen', () => {
    const { doc } = render();
    const nodes = doc.querySelector('[data-layer="nodes"]');
    expect(nodes?.querySelectorAll('path')).toHaveLength(2); // hexagon + diamond
    expect(nodes?.querySelectorAll('[stroke="#f2b705"]')).toHaveLength(2); // focal double ring
    const ghost = nodes?.querySelector('[fill-opacity="0.12"]');
    expect(ghost?.getAttribute('stroke-dasharray')).toBe('4 2');
    // The fill's darker twin: Tol's teal alone is 2.8:1 on white.
    expect(ghost?.getAttribute('stroke')).toBe('#0d8575');
    expect(ghost?.hasAttribute('opacity')).toBe(false);
    const ghostLabel = [...doc.querySelectorAll('[data-layer="labels"] text')].find(
      (t) => t.textContent === 'Kor',
    );
    expect(ghostLabel?.getAttribute('font-style')).toBe('italic');
    expect(ghostLabel?.hasAttribute('opacity')).toBe(false);
  });

  it('draws edges with their role colour and dash', () => {
    const { doc } = render();
    const lines = [...doc.querySelectorAll('[data-layer="edges"] line')];
    expect(lines).toHaveLength(6);
    expect(lines[1]?.getAttribute('stroke-dasharray')).toBe('8 5');
    expect(lines[4]?.getAttribute('stroke-linecap')).toBe('round');
    expect(lines.map((l) => l.getAttribute('stroke'))).toEqual([
      '#4a4a55',
      '#4a4a55',
      '#7c7c86',
      '#8a8a94',
      '#b57c00',
      '#bf6e9b',
    ]);
    expect(lines[3]?.getAttribute('stroke-dasharray')).toBe('12 4 2 4');
  });

  it('uses light text and grey links on the dark theme', () => {
    const { doc } = render(sampleScene(), sampleFrame({ background: 'dark' }));
    expect(doc.querySelector('[data-layer="background"]')?.getAttribute('fill')).toBe('#1b1b1f');
    expect(doc.querySelector('[data-layer="labels"]')?.getAttribute('fill')).toBe('#f2f2f5');
    expect(doc.querySelector('[data-layer="edges"] line')?.getAttribute('stroke')).toBe('#b8b8c4');
    // The near-black culture school would vanish into the page.
    expect(doc.querySelector('[data-layer="nodes"] [fill="#1b1b1f"]')).toBeNull();
  });

  it('has no background rect when transparent', () => {
    const { doc } = render(sampleScene(), sampleFrame({ background: 'transparent' }));
    expect(doc.querySelector('[data-layer="background"]')).toBeNull();
    const { w, h } = PAGE_POINTS['16:9'];
    const full = [...doc.querySelectorAll('rect')].filter(
      (r) => r.getAttribute('width') === String(w) && r.getAttribute('height') === String(h),
    );
    expect(full).toHaveLength(0);
  });

  it('fits the region into the map area with one scale, centred', () => {
    const region = { x: -400, y: -300, w: 800, h: 600 };
    const { doc } = render(sampleScene(), sampleFrame({ region }));
    const { tx, ty, s, area } = mapTransform(doc);
    const { w, h } = PAGE_POINTS['16:9'];
    expect(area.x).toBeGreaterThanOrEqual(0);
    expect(area.y + area.h).toBeLessThanOrEqual(h);
    expect(area.x + area.w).toBeLessThanOrEqual(w);
    const left = tx + region.x * s;
    const top = ty + region.y * s;
    const right = left + region.w * s;
    const bottom = top + region.h * s;
    const eps = 0.05;
    expect(left).toBeGreaterThanOrEqual(area.x - eps);
    expect(top).toBeGreaterThanOrEqual(area.y - eps);
    expect(right).toBeLessThanOrEqual(area.x + area.w + eps);
    expect(bottom).toBeLessThanOrEqual(area.y + area.h + eps);
    // One dimension fills the area; the other is centred.
    expect(Math.max(region.w * s - area.w, region.h * s - area.h)).toBeCloseTo(0, 1);
    expect(left - area.x).toBeCloseTo(area.x + area.w - right, 1);
    expect(top - area.y).toBeCloseTo(area.y + area.h - bottom, 1);
    // The map is clipped to its area, so nodes outside a "current view" region are cut.
    expect(doc.querySelector('[data-layer="map"]')?.getAttribute('clip-path')).toMatch(/^url\(#/);
  });

  it('reserves room for the legend only when there is one', () => {
    const withLegend = mapTransform(render().doc).area;
    const without = mapTransform(render(sampleScene(), sampleFrame({ legend: null })).doc).area;
    expect(without.w).toBeGreaterThan(withLegend.w);
    expect(without.w).toBe(PAGE_POINTS['16:9'].w - 48);
    expect(
      render(sampleScene(), sampleFrame({ legend: null })).doc.querySelector(
        '[data-layer="legend"]',
      ),
    ).toBeNull();
  });

  it('leaves out an empty title and a missing footer', () => {
    const { doc } = render(sampleScene(), sampleFrame({ title: '', footer: null }));
    expect(doc.querySelector('title')).toBeNull();
    expect(doc.querySelector('[data-layer="title"]')).toBeNull();
    expect(doc.querySelector('[data-layer="footer"]')).toBeNull();
  });
});

describe('sceneToSvg with hostile text', () => {
  const evil = [
    '<img src=x onerror=alert(1)>',
    '"><script>alert(1)</script>',
    'javascript:alert(1)',
  ];

  function hostile() {
    const scene = sampleScene();
    scene.nodes = evil.map((label, i) => node(`n${i}`, label, { x: i * 100 }));
    scene.texts = [{ text: evil[1] ?? '', x: 0, y: 0, fontSize: 26 }];
    const frame = sampleFrame({
      title: evil[0] ?? '',
      legend: {
        heading: evil[1] ?? '',
        entries: [{ kind: 'sector', colour: '#fff', label: evil[0] ?? '' }],
      },
      footer: { date: '01.01.2025', source: evil[1] ?? '' },
    });
    return render(scene, frame);
  }

  it('keeps names as literal text content', () => {
    const { doc, text } = hostile();
    expect(doc.querySelector('parsererror')).toBeNull();
    const all = texts(doc);
    for (const label of evil) expect(all).toContain(label);
    expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(text).toContain('"&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(text).not.toContain('<img');
    expect(text).not.toContain('<script');
  });

  it('drops characters XML cannot hold, so the file still parses', () => {
    const scene = sampleScene();
    scene.nodes = [node('a', 'Kor\u0001\u0008 og\ud800 band')];
    const { doc } = render(scene);
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(texts(doc)).toContain('Kor og band');
  });

  it('has no scripts, event handlers, script URLs or outside references', () => {
    const { doc } = hostile();
    expect(doc.querySelector('script, image, foreignObject, a, use, style')).toBeNull();
    for (const element of doc.querySelectorAll('*')) {
      for (const attr of element.attributes) {
        expect(attr.name.toLowerCase().startsWith('on')).toBe(false);
        expect(attr.value.toLowerCase()).not.toContain('javascript:');
        if (attr.name.endsWith('href')) expect(attr.value.startsWith('#')).toBe(true);
        expect(attr.value).not.toMatch(/url\((?!#)/);
      }
    }
  });
});
