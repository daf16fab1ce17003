/**
 * Render bench baseline (suites/render.mjs): bare Cytoscape drawing the elements the app drew,
 * at the same canvas places, canvas size and viewport, with a plain stylesheet (coloured circles
 * with their labels, grey lines) and the app's wheel sensitivity. No classes, no events, no
 * frame-fit layout: what Cytoscape itself costs for this graph.
 */
import cytoscape from 'cytoscape';

interface Shown {
  nodes: { id: string; x: number; y: number; label: string; colour: string; size: number }[];
  edges: { id: string; source: string; target: string }[];
  zoom: number;
  pan: { x: number; y: number };
  width: number;
  height: number;
}

const longTasks: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
}).observe({ type: 'longtask', buffered: true });

let cy: cytoscape.Core | null = null;

/** Draws the map; resolves when the first frame with it is on screen. */
async function show(s: Shown) {
  cy?.destroy();
  const box = document.getElementById('cy') as HTMLElement;
  box.style.width = `${s.width}px`;
  box.style.height = `${s.height}px`;
  const t0 = performance.now();
  cy = cytoscape({
    container: box,
    wheelSensitivity: 0.3,
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
    style: [
      {
        selector: 'node',
        style: {
          width: 'data(size)',
          height: 'data(size)',
          'background-color': 'data(colour)',
          label: 'data(label)',
          'font-size': 12,
          'text-valign': 'bottom',
          'text-wrap': 'wrap',
        },
      },
      { selector: 'edge', style: { width: 1.5, 'line-color': '#999', opacity: 0.7 } },
    ],
    elements: [
      ...s.nodes.map((n) => ({
        group: 'nodes' as const,
        data: { id: n.id, label: n.label, colour: n.colour, size: n.size },
        position: { x: n.x, y: n.y },
      })),
      ...s.edges.map((e) => ({ group: 'edges' as const, data: e })),
    ],
    layout: { name: 'preset' },
    zoom: s.zoom,
    pan: s.pan,
  });
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const ms = performance.now() - t0;
  const tasks = longTasks.filter((t) => t.start + t.duration >= t0);
  return {
    ms: Math.round(ms),
    longestTask: Math.round(Math.max(0, ...tasks.map((t) => t.duration))),
    tasksOver200: tasks.filter((t) => t.duration > 200).length,
  };
}

declare global {
  interface Window {
    samspillRenderBench: { show: typeof show; cy: () => cytoscape.Core | null };
  }
}

window.samspillRenderBench = { show, cy: () => cy };
