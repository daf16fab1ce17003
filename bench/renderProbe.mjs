/**
 * In-page helpers of the render suite (suites/render.mjs), added to every page before its scripts
 * run, in the app and on the bare-Cytoscape page alike: long tasks, frames counted with
 * requestAnimationFrame during a gesture, and Cytoscape's element `style` events meanwhile. The
 * app's Cytoscape is reached through the registry Cytoscape keeps on its container (`_cyreg`):
 * read only, for counting.
 */
export const RENDER_PROBE = () => {
  const longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const cyOf = () =>
    document.querySelector('.map-canvas')?._cyreg?.cy ?? window.samspillRenderBench?.cy() ?? null;
  const twoFrames = () =>
    new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
  let gesture = null;
  // "Create the map" clicked: where the time to a usable map starts.
  document.addEventListener(
    'click',
    (e) => {
      const b = e.target instanceof Element ? e.target.closest('button') : null;
      if (b?.textContent?.trim() === 'Create the map') window.__createdAt = performance.now();
    },
    true,
  );
  window.__renderBench = {
    cy: cyOf,
    /**
     * Resolves when the app shows `n` actors, at rest: the time from the click and the long tasks.
     * Also the first view: the first slice of a big map drawn (its status line says "Drawing the
     * map", then a frame), from when the map can be panned while the rest goes in.
     */
    usable(n, timeoutMs) {
      return new Promise((resolve, reject) => {
        const until = performance.now() + timeoutMs;
        let firstView = null;
        let looking = true;
        const tasksIn = (from, to) => {
          const ts = longTasks.filter((t) => t.start + t.duration >= from && t.start <= to);
          return {
            longestTask: Math.round(Math.max(0, ...ts.map((t) => t.duration))),
            tasksOver200: ts.filter((t) => t.duration > 200).length,
          };
        };
        const poll = () => {
          const cy = cyOf();
          if (
            looking &&
            /^Drawing the map/.test(document.querySelector('.map-loading')?.textContent ?? '')
          ) {
            looking = false;
            requestAnimationFrame(() => {
              firstView = performance.now();
            });
          }
          // Counted only at rest: counting 20,000 nodes every 50 ms took the page's own time.
          const idle = cy !== null && (window.samspill?.idle() ?? false);
          const shown = idle ? cy.nodes().not('.decoration').length : 0;
          if (idle && shown >= n) {
            const t0 = window.__createdAt ?? 0;
            const at = performance.now();
            const first = firstView ?? at;
            resolve({
              ms: Math.round(at - t0),
              ...tasksIn(t0, at),
              firstView: { ms: Math.round(first - t0), ...tasksIn(t0, first) },
              whileLoading: tasksIn(first, at),
            });
          } else if (performance.now() > until) reject(new Error(`not usable: ${shown} of ${n}`));
          else setTimeout(poll, looking ? 20 : 50);
        };
        poll();
      });
    },
    /** The elements as drawn (canvas places, labels shown), the viewport and the canvas box. */
    drawn() {
      const cy = cyOf();
      const box = cy.container().getBoundingClientRect();
      const nodes = cy
        .nodes(':visible')
        .not('.decoration')
        .map((n) => ({
          id: n.id(),
          ...n.position(),
          label: n.hasClass('label-hidden') ? '' : String(n.data('label') ?? ''),
          colour: String(n.data('colour') ?? '#888'),
          size: Number(n.data('size') ?? 20),
        }));
      const edges = cy
        .edges(':visible')
        .map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() }));
      return {
        nodes,
        edges,
        zoom: cy.zoom(),
        pan: cy.pan(),
        width: box.width,
        height: box.height,
        left: box.left,
        top: box.top,
      };
    },
    /** A point on the canvas far from every node and link, to start a pan from (page px). */
    emptySpot() {
      const cy = cyOf();
      const box = cy.container().getBoundingClientRect();
      const pts = cy.nodes(':visible').map((n) => n.renderedPosition());
      const segs = cy.edges(':visible').map((e) => [e.source(), e.target()]);
      const ends = segs.map(([a, b]) => [a.renderedPosition(), b.renderedPosition()]);
      const segDist = (p, a, b) => {
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const l = dx * dx + dy * dy || 1;
        const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / l));
        return Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
      };
      let best = { x: box.width / 2, y: box.height / 2, d: -1 };
      for (let x = box.width * 0.35; x < box.width * 0.6; x += 12) {
        for (let y = box.height * 0.3; y < box.height * 0.6; y += 12) {
          const el = document.elementFromPoint(box.left + x, box.top + y);
          if (!el || !cy.container().contains(el)) continue;
          let d = Number.POSITIVE_INFINITY;
          for (const p of pts) d = Math.min(d, Math.hypot(p.x - x, p.y - y) - 22);
          for (const [a, b] of ends) if (d > 4) d = Math.min(d, segDist({ x, y }, a, b));
          if (d > best.d) best = { x, y, d };
        }
      }
      return { x: box.left + best.x, y: box.top + best.y, clearance: Math.round(best.d) };
    },
    setViewport(v) {
      cyOf().viewport({ zoom: v.zoom, pan: v.pan });
      return twoFrames();
    },
    /** Starts counting frames and element `style` events. */
    start() {
      const cy = cyOf();
      const g = { t0: performance.now(), frames: [], styles: 0, hovers: 0, on: true, cy };
      g.pan0 = { ...cy.pan() };
      g.onStyle = () => {
        g.styles++;
      };
      g.onHover = () => {
        g.hovers++;
      };
      cy?.on('style', g.onStyle);
      cy?.on('mouseover mouseout', 'node, edge', g.onHover);
      const loop = (t) => {
        if (!g.on) return;
        g.frames.push(t);
        requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
      gesture = g;
    },
    /** After the gesture's last input: two more frames, then fps, the worst frame and restyles. */
    async stop() {
      const g = gesture;
      await twoFrames();
      g.on = false;
      g.cy?.off('style', g.onStyle);
      g.cy?.off('mouseover mouseout', 'node, edge', g.onHover);
      const f = g.frames;
      let worst = (f[0] ?? performance.now()) - g.t0;
      for (let i = 1; i < f.length; i++) worst = Math.max(worst, f[i] - f[i - 1]);
      const ms = (f.at(-1) ?? performance.now()) - g.t0;
      return {
        fps: Math.round((f.length / Math.max(1, ms)) * 10000) / 10,
        worst: Math.round(worst),
        ms: Math.round(ms),
        styles: g.styles,
        hovers: g.hovers,
        // How far the map moved: a pan that grabbed a node instead would not move it.
        panned: { x: Math.round(g.cy.pan().x - g.pan0.x), y: Math.round(g.cy.pan().y - g.pan0.y) },
        zoom: g.cy.zoom(),
      };
    },
  };
};
