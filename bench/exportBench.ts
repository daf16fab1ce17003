/**
 * Export bench page: the app's own export code (scene → SVG → PNG, deck) against Cytoscape's
 * built-in `cy.png()` on the same elements and positions, in one page. Driven by suites/export.mjs.
 */
import cytoscape from 'cytoscape';
import i18next from 'i18next';
import { visibleItems } from '../src/analysis/visibility';
import type { MapDocument } from '../src/domain/types';
import { initI18n } from '../src/i18n';
import { buildDeck } from '../src/io/pptx';
import { type ElementModel, toElements } from '../src/render/elements';
import { MapView } from '../src/render/mapView';
import { mapStyle } from '../src/render/style';
import { deckInput } from '../src/ui/export/deck';
import { type PictureOptions, renderPicture } from '../src/ui/export/pictures';
import {
  layoutPicture,
  legendFor,
  type MapSource,
  previewScene,
  type Text,
} from '../src/ui/export/scenes';
import type { LiveMap } from '../src/ui/map/MapViewContext';
import { bigMap, loadDemo, measure, template } from './maps';

function positionsOf(model: ElementModel) {
  return new Map(model.nodes.flatMap((n) => (n.position ? [[n.id, n.position] as const] : [])));
}

/** A Cytoscape instance with the app's stylesheet and the same places: the baseline renderer. */
function baselineCy(model: ElementModel): cytoscape.Core {
  const cy = cytoscape({
    container: document.getElementById('cy'),
    style: mapStyle(),
    elements: [
      ...model.nodes.map((n) => ({
        group: 'nodes' as const,
        data: { id: n.id, label: n.label, colour: n.colour, size: n.size, kind: n.kind },
        position: n.position ?? { x: 0, y: 0 },
        classes: n.focal ? 'focal' : '',
      })),
      ...model.edges.map((e) => ({ group: 'edges' as const, data: { ...e } })),
    ],
    layout: { name: 'preset' },
  });
  return cy;
}

let t: Text = (k) => k;

async function setup(): Promise<void> {
  await initI18n('nb');
  t = (key, options) => String(i18next.t(key as 'app.name', options));
}

const ms = (t0: number) => Math.round(performance.now() - t0);

/** Our 4K PNG of an n-actor map (scene, SVG, raster, PNG encode), with the legend and footer. */
async function png4k(n: number) {
  const doc = bigMap(n);
  const model = toElements(doc, template, null, measure);
  const t0 = performance.now();
  // The app's own path: the picture laid out for the page by the frame-fit layout (in the layout
  // worker), then drawn as SVG and rasterised.
  const source: MapSource = {
    model,
    positions: positionsOf(model),
    decorations: [],
    visible: null,
    layout: 'force',
  };
  const options: PictureOptions = {
    page: '16:9',
    scale: 4,
    background: 'light',
    title: doc.map.name,
    legend: {
      heading: t('legend.title'),
      entries: legendFor(previewScene(source, measure), template, 'nb', t),
    },
    footer: { date: '26.11.2026', source: 'Kilde: Samspill' },
    lang: 'nb',
  };
  const picture = await layoutPicture(source, options, measure);
  const blob = await renderPicture('png', picture, options, measure);
  const ours = ms(t0);
  const cy = baselineCy(model);
  const t1 = performance.now();
  const base = (await cy.png({
    output: 'blob-promise',
    full: true,
    maxWidth: 3840,
    maxHeight: 2160,
    bg: '#ffffff',
  })) as Blob;
  const baseline = ms(t1);
  cy.destroy();
  return {
    actors: Object.keys(doc.actors).length,
    ours,
    baseline,
    bytes: blob.size,
    baselineBytes: base.size,
  };
}

let view: MapView | null = null;
let live: LiveMap | null = null;

/** The demo map drawn by the app's MapView, kept as the live map the deck reads. */
async function liveDemo(): Promise<MapDocument> {
  const doc = loadDemo();
  if (!view) {
    const model = toElements(doc, template, null, measure);
    await new Promise<void>((resolve) => {
      view = new MapView(document.getElementById('map') as HTMLElement, {
        select: () => {},
        hover: () => {},
        dragEnd: () => {},
        settled: () => {},
        ready: resolve,
      });
      view.update(model);
    });
    if (view)
      live = {
        view,
        model,
        fixed: null,
        visible: visibleItems(doc, { sectors: [], statuses: [], purposes: [] }),
      };
  }
  return doc;
}

/** The demo deck: cover, one slide per saved view, gaps with a native chart, suggestions. */
async function deck() {
  const doc = await liveDemo();
  const t0 = performance.now();
  const input = await deckInput(doc, template, 'nb', t, measure, {
    source: 'Kilde: Samspill',
    gaps: true,
    suggestions: true,
    today: '2026-11-26',
    live,
  });
  const blob = (await buildDeck(input, 'blob')) as Blob;
  const ours = ms(t0);
  // Baseline: the same deck with every picture taken by Cytoscape's cy.png() instead.
  const model = toElements(doc, template, null, measure);
  const cy = baselineCy(model);
  const t1 = performance.now();
  const shot = async () => {
    const b64 = cy.png({
      output: 'base64uri',
      full: true,
      maxWidth: 1920,
      maxHeight: 1080,
      bg: '#ffffff',
    });
    return { data: b64, width: 1920, height: 1080 };
  };
  const views = [];
  for (const v of input.views) views.push({ ...v, image: await shot() });
  const baseDeck = (await buildDeck({ ...input, cover: await shot(), views }, 'blob')) as Blob;
  const baseline = ms(t1);
  cy.destroy();
  return {
    views: Object.keys(doc.views).length,
    slides: 1 + input.views.length + 2,
    ours,
    baseline,
    bytes: blob.size,
    baselineBytes: baseDeck.size,
  };
}

const api = { setup, png4k, deck };
declare global {
  interface Window {
    samspillExportBench?: typeof api;
  }
}
window.samspillExportBench = api;
