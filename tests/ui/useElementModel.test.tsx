// @vitest-environment jsdom
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { kulturskoleTemplate } from '../../src/app/template';
import { updateActor } from '../../src/domain/commands';
import type { MapDocument } from '../../src/domain/types';
import { BIG_MAP_NODES } from '../../src/render/bigMap';
import { createMeasure } from '../../src/render/nodeGeometry';
import { type ModelInputs, useElementModel } from '../../src/ui/map/useElementModel';
import { testMeta } from '../fixtures/meta';
import { bigMap } from '../render/harness';

const meta = testMeta();

const inputs = (doc: MapDocument): ModelInputs => ({
  doc,
  template: kulturskoleTemplate,
  centrality: null,
  measure: createMeasure(),
  overlay: null,
  labelScale: 1,
  before: null,
});

describe('the canvas model', () => {
  it('of a small map comes with the render', () => {
    const { result } = renderHook(() => useElementModel(inputs(bigMap(40))));
    expect(result.current?.nodes).toHaveLength(40);
  });

  it('of a big map comes in a task of its own, and an edit keeps the last one meanwhile', async () => {
    const big = bigMap(BIG_MAP_NODES + 1);
    const base = inputs(big);
    const { result, rerender } = renderHook((i: ModelInputs) => useElementModel(i), {
      initialProps: base,
    });
    expect(result.current).toBeNull();
    await waitFor(() => expect(result.current?.nodes).toHaveLength(BIG_MAP_NODES + 1));
    const first = result.current;
    const id = Object.keys(big.actors)[5] as string;
    rerender({ ...base, doc: updateActor(big, id, { name: 'Nytt navn' }, meta) });
    expect(result.current).toBe(first);
    await waitFor(() =>
      expect(result.current?.nodes.find((n) => n.id === id)?.label).toBe('Nytt navn'),
    );
  });
});
