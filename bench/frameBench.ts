/**
 * Frame bench page (docs/legibility.md): a whole-map 16:9 export of the same map made two ways in
 * one page. Ours: the frame-fit layout in the layout worker, for the page's map area. Baseline:
 * the export before it, the network layout scaled into the page with labels grown where room
 * allows. Both SVGs are measured the same way (getBBox × getCTM at 1920 px wide). Driven by
 * suites/frame.mjs.
 */

import type { MapDocument } from '../src/domain/types';
import { parseImport, planImport } from '../src/io/import';
import { toElements } from '../src/render/elements';
import { buildScene } from '../src/render/export/buildScene';
import { sceneToSvg, svgToString } from '../src/render/export/svg';
import { lastFrameMs } from '../src/render/layout/frameService';
import { frameFor, type PictureOptions } from '../src/ui/export/pictures';
import { layoutPicture, legendFor, type MapSource, previewScene } from '../src/ui/export/scenes';
import { measureSvgLegibility } from '../tests/e2e/svgLegibility';
import graphml80 from '../tests/fixtures/io/kommune80.graphml?raw';
import { bigMap, laidOut, loadDemo, measure, now, template } from './maps';

const t = (key: string) => key;

async function graphmlMap(): Promise<MapDocument> {
  const parsed = await parseImport(
    [{ name: 'kommune80.graphml', bytes: new TextEncoder().encode(graphml80) }],
    template,
  );
  if (!parsed.ok || parsed.value.kind !== 'graph') throw new Error('the GraphML did not import');
  let n = 0;
  const plan = planImport(
    parsed.value,
    null,
    template,
    { now, newId: () => `g-${++n}` },
    {
      mapName: 'Fjordvik',
    },
  );
  if (!plan.ok) throw new Error('the GraphML did not plan');
  return laidOut(plan.value.doc);
}

const maps = new Map<string, MapDocument>();

async function mapOf(kind: string): Promise<MapDocument> {
  let doc = maps.get(kind);
  if (!doc) {
    doc =
      kind === 'demo'
        ? loadDemo()
        : kind === 'graphml80'
          ? await graphmlMap()
          : bigMap(Number(kind));
    maps.set(kind, doc);
  }
  return doc;
}

function sourceOf(doc: MapDocument): MapSource {
  const model = toElements(doc, template, null, measure);
  const positions = new Map(
    model.nodes.flatMap((n) => (n.position ? [[n.id, n.position] as const] : [])),
  );
  return { model, positions, decorations: [], visible: null, layout: 'force' };
}

function options(source: MapSource, doc: MapDocument): PictureOptions {
  return {
    page: '16:9',
    scale: 2,
    background: 'light',
    title: doc.map.name,
    legend: {
      heading: 'Legend',
      entries: legendFor(previewScene(source, measure), template, 'nb', t),
    },
    footer: { date: '05.12.2026', source: 'Kilde: Samspill' },
    lang: 'nb',
  };
}

/** The export as it was before the frame-fit layout: network places, labels grown where they fit. */
function baselineSvg(source: MapSource, o: PictureOptions): string {
  const input = { ...source, decorations: [] };
  const first = buildScene(input, measure);
  const b = first.bounds;
  const cap = Math.min(2.5, Math.max(1, 11 / (15 * Math.min(720 / b.w, 450 / b.h))));
  const scene = buildScene({ ...input, maxLabelScale: cap }, measure);
  const region = { x: b.x - 24, y: b.y - 24, w: b.w + 48, h: b.h + 48 };
  return svgToString(sceneToSvg(scene, frameFor({ scene, region, unlabelled: [] }, o), measure));
}

async function run(kind: string) {
  const doc = await mapOf(kind);
  const source = sourceOf(doc);
  const o = options(source, doc);
  const t0 = performance.now();
  const picture = await layoutPicture(source, o, measure);
  const totalMs = performance.now() - t0;
  const workerMs = lastFrameMs();
  const ours = svgToString(sceneToSvg(picture.scene, frameFor(picture, o), measure));
  const base = baselineSvg(source, o);
  return {
    actors: Object.keys(doc.actors).length,
    collaborations: Object.keys(doc.collaborations).length,
    workerMs: Math.round(workerMs),
    totalMs: Math.round(totalMs),
    ours: measureSvgLegibility(ours),
    baseline: measureSvgLegibility(base),
    unlabelled: picture.unlabelled.length,
    svg: ours,
  };
}

/** Shows an SVG at 1920 px wide, for a screenshot. */
function show(svg: string): void {
  const host = document.getElementById('shot') as HTMLElement;
  host.replaceChildren();
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const el = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
  el.setAttribute('width', '1920');
  el.setAttribute('height', '1080');
  host.appendChild(el);
}

const api = { run, show };
declare global {
  interface Window {
    samspillFrameBench?: typeof api;
  }
}
window.samspillFrameBench = api;
