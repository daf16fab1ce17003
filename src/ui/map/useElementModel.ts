import { useEffect, useMemo, useState } from 'react';
import type { MapDocument, Template } from '../../domain/types';
import { isBigMap } from '../../render/bigMap';
import { withComparison } from '../../render/compare';
import { type ElementModel, type GapOverlay, toElements } from '../../render/elements';
import type { Measure } from '../../render/nodeGeometry';

export interface ModelInputs {
  doc: MapDocument | null;
  template: Template;
  centrality: ReadonlyMap<string, number> | null;
  measure: Measure;
  overlay: GapOverlay | null;
  labelScale: number;
  /** A version to compare with, drawn as what was added and removed since. */
  before: MapDocument | null;
}

const bigActors = new WeakMap<object, boolean>();

function bigDoc(doc: MapDocument | null): boolean {
  if (!doc) return false;
  let big = bigActors.get(doc.actors);
  if (big === undefined) {
    big = isBigMap(Object.keys(doc.actors).length);
    bigActors.set(doc.actors, big);
  }
  return big;
}

function modelOf(i: ModelInputs & { doc: MapDocument }): ElementModel {
  const base = toElements(i.doc, i.template, i.centrality, i.measure, i.overlay, i.labelScale);
  return i.before ? withComparison(base, i.before, i.measure) : base;
}

/**
 * What the canvas draws of the open map. A big map's model is worked out in a task of its own
 * after the render that brought the change: on opening a 5,000-actor map it took 70–110 ms of
 * a 250 ms render (docs/big-maps.md). Until then the model before the change stands.
 */
export function useElementModel(inputs: ModelInputs): ElementModel | null {
  const { doc, template, centrality, measure, overlay, labelScale, before } = inputs;
  const big = bigDoc(doc);
  const now = useMemo(
    () =>
      doc && !big
        ? modelOf({ doc, template, centrality, measure, overlay, labelScale, before })
        : null,
    [big, doc, template, centrality, measure, overlay, labelScale, before],
  );
  const [later, setLater] = useState<ElementModel | null>(null);
  useEffect(() => {
    if (!doc || !big) {
      setLater(null);
      return;
    }
    const timer = setTimeout(() => {
      setLater(modelOf({ doc, template, centrality, measure, overlay, labelScale, before }));
    }, 0);
    return () => clearTimeout(timer);
  }, [big, doc, template, centrality, measure, overlay, labelScale, before]);
  return big ? later : now;
}
