import type { Core } from 'cytoscape';

/**
 * Cytoscape's canvas renderer draws a frame by passing over every element and asking each for
 * its bounding box, to skip those out of view. Zoomed in on a 5,000-actor map that pass was
 * most of every frame while panning: 17,500 boxes looked up through a hash of their places, to
 * draw a few hundred (docs/big-maps.md). Here the boxes are kept, and only the elements whose
 * box meets the view are handed on; the renderer checks those as before.
 *
 * A box changes when its element moves, is restyled or gets other data: a move drops the kept
 * boxes (a node's links move with it), a restyle or new data the element's own. Links are straight haystack lines (style.ts), so a link's box follows its ends
 * alone: adding or removing other elements changes no kept box, and a big map going onto the
 * canvas in slices keeps the boxes of what is already there.
 */
interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

type Draw = (context: unknown, eles: Element[], pxRatio: number, extent: Box | null) => void;

interface Element {
  boundingBox(): Box;
}

interface Renderer {
  drawCachedElements?: Draw;
  drawCachedNodes?: Draw;
}

export function cullOffscreen(cy: Core): void {
  const renderer = (cy as unknown as { renderer(): Renderer | null }).renderer();
  if (typeof renderer?.drawCachedElements !== 'function') return;
  let boxes = new WeakMap<Element, Box>();
  const boxOf = (ele: Element): Box => {
    let box = boxes.get(ele);
    if (!box) {
      const { x1, y1, x2, y2 } = ele.boundingBox();
      box = { x1, y1, x2, y2 };
      boxes.set(ele, box);
    }
    return box;
  };
  cy.on('position', () => {
    boxes = new WeakMap();
  });
  // A restyle or new data changes the element's own box. Cytoscape also says 'style' when it
  // first styles a new element: for every element of a big map as it loads.
  cy.on('style data', (event) => {
    boxes.delete(event.target as unknown as Element);
  });
  // As it is added: a big map's slice measures it then anyway, and the frame after the slices
  // need not look up thousands of new boxes (0.1-0.16 s a frame at 20,000 actors).
  cy.on('add', (event) => {
    boxOf(event.target as unknown as Element);
  });
  const inView = (eles: Element[], view: Box): Element[] => {
    const out: Element[] = [];
    for (const ele of eles) {
      const box = boxOf(ele);
      if (box.x1 <= view.x2 && view.x1 <= box.x2 && box.y1 <= view.y2 && view.y1 <= box.y2) {
        out.push(ele);
      }
    }
    return out;
  };
  for (const name of ['drawCachedElements', 'drawCachedNodes'] as const) {
    const draw = renderer[name]?.bind(renderer);
    if (!draw) continue;
    // Without a view (an image of the whole map) every element is drawn, as before.
    renderer[name] = (context, eles, pxRatio, extent) =>
      draw(context, extent ? inView(eles, extent) : eles, pxRatio, extent);
  }
}
