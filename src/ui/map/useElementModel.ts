import { useEffect, useMemo, useState } from 'react';
import type { MapDocument, Template } from '../../domain/types';
import { isBigMap, nextTask, SLICE_MS } from '../../render/bigMap';
import { withComparison } from '../../render/compare';
import {
  type ElementModel,
  type GapOverlay,
  toElements,
  toElementsInSteps,
} from '../../render/elements';
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

/** Ends a model in steps that is no longer wanted. */
class Superseded extends Error {}

/**
 * What the canvas draws of the open map. A big map's model is worked out after the render that
 * brought the change, in tasks of their own (SLICE_MS each): on opening a 20,000-actor map its
 * labels took half a second to measure (docs/big-maps.md). Until then the model before stands.
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
    let live = true;
    const pause = () =>
      new Promise<void>((resolve, reject) =>
        nextTask(() => (live ? resolve() : reject(new Superseded()))),
      );
    const args = [doc, template, centrality, measure, overlay, labelScale] as const;
    void pause()
      .then(() => toElementsInSteps([...args], pause, SLICE_MS))
      .then((base) => {
        if (live) setLater(before ? withComparison(base, before, measure) : base);
      })
      .catch((error: unknown) => {
        if (!(error instanceof Superseded)) throw error;
      });
    return () => {
      live = false;
    };
  }, [big, doc, template, centrality, measure, overlay, labelScale, before]);
  return big ? later : now;
}
