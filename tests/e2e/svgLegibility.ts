/**
 * How legible an exported SVG is, measured in the browser as docs/legibility.md says: each
 * label's and node's box from `getBBox` × `getCTM`, scaled to a page `width` pixels wide.
 * Self-contained, so it can be passed to `page.evaluate` (browser tests) or called in a page (the
 * frame bench).
 */
export interface SvgLegibility {
  /** Non-ghost actors drawn, and how many of them have a label. */
  nodes: number;
  labelled: number;
  /** Smallest label font size, in pixels of the page `width` wide. */
  minLabelPx: number;
  /** Pairs of labels that overlap, and labels that cover another actor's node (> 0.5 px). */
  labelLabel: number;
  labelNode: number;
  /** Nodes reaching outside the map area. */
  outside: number;
  /** Span of the drawing (nodes and labels) along its limiting axis, as a share of the map area. */
  fill: number;
}

export function measureSvgLegibility(svgText: string, width = 1920): SvgLegibility {
  type Rect = { x1: number; y1: number; x2: number; y2: number };
  const host = document.createElement('div');
  host.style.cssText = 'position:absolute;left:0;top:0;visibility:hidden';
  document.body.appendChild(host);
  try {
    const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    const svg = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
    host.appendChild(svg);
    const viewBox = svg.viewBox.baseVal;
    const k = width / viewBox.width;
    const rootCtm = svg.getCTM() ?? new DOMMatrix();
    const toRoot = (el: SVGGraphicsElement): Rect => {
      const b = el.getBBox();
      const m = rootCtm.inverse().multiply(el.getCTM() ?? new DOMMatrix());
      const p = [
        new DOMPoint(b.x, b.y).matrixTransform(m),
        new DOMPoint(b.x + b.width, b.y + b.height).matrixTransform(m),
      ];
      const [a, c] = p as [DOMPoint, DOMPoint];
      return {
        x1: Math.min(a.x, c.x) * k,
        y1: Math.min(a.y, c.y) * k,
        x2: Math.max(a.x, c.x) * k,
        y2: Math.max(a.y, c.y) * k,
      };
    };
    const union = (rs: Rect[]): Rect =>
      rs.reduce(
        (u, r) => ({
          x1: Math.min(u.x1, r.x1),
          y1: Math.min(u.y1, r.y1),
          x2: Math.max(u.x2, r.x2),
          y2: Math.max(u.y2, r.y2),
        }),
        { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity },
      );
    const hit = (a: Rect, b: Rect) =>
      Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > 0.5 &&
      Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > 0.5;

    const nodes = new Map<string, { box: Rect; ghost: boolean }>();
    for (const g of svg.querySelectorAll<SVGGElement>('[data-layer="nodes"] > g[data-node]')) {
      const shapes = [...g.children] as SVGGraphicsElement[];
      const ghost = shapes.some((s) => s.getAttribute('stroke-dasharray') !== null);
      nodes.set(g.getAttribute('data-node') ?? '', { box: union(shapes.map(toRoot)), ghost });
    }
    const labels = [...svg.querySelectorAll<SVGTextElement>('[data-layer="labels"] text')].map(
      (t) => {
        const m = rootCtm.inverse().multiply(t.getCTM() ?? new DOMMatrix());
        const font = Number.parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b) * k;
        return { node: t.getAttribute('data-node') ?? '', box: toRoot(t), font };
      },
    );
    let labelLabel = 0;
    let labelNode = 0;
    labels.forEach((a, i) => {
      for (let j = i + 1; j < labels.length; j++) {
        const b = labels[j];
        if (b && hit(a.box, b.box)) labelLabel++;
      }
      for (const [id, n] of nodes) if (id !== a.node && hit(a.box, n.box)) labelNode++;
    });
    const clip = svg.querySelector<SVGRectElement>('clipPath rect');
    const area = clip ? toRoot(clip) : { x1: 0, y1: 0, x2: width, y2: viewBox.height * k };
    const inside = (r: Rect) =>
      r.x1 >= area.x1 - 0.5 &&
      r.y1 >= area.y1 - 0.5 &&
      r.x2 <= area.x2 + 0.5 &&
      r.y2 <= area.y2 + 0.5;
    const drawn = union([...[...nodes.values()].map((n) => n.box), ...labels.map((l) => l.box)]);
    const actors = [...nodes.entries()].filter(([, n]) => !n.ghost);
    const labelledIds = new Set(labels.map((l) => l.node));
    return {
      nodes: actors.length,
      labelled: actors.filter(([id]) => labelledIds.has(id)).length,
      minLabelPx: labels.length ? Math.min(...labels.map((l) => l.font)) : 0,
      labelLabel,
      labelNode,
      outside: [...nodes.values()].filter((n) => !inside(n.box)).length,
      fill: Math.max(
        (drawn.x2 - drawn.x1) / (area.x2 - area.x1),
        (drawn.y2 - drawn.y1) / (area.y2 - area.y1),
      ),
    };
  } finally {
    host.remove();
  }
}
