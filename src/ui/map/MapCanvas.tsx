import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { visibleItems } from '../../analysis/visibility';
import { moveActors } from '../../domain/commands';
import { withComparison } from '../../render/compare';
import { toElements } from '../../render/elements';
import { MapView } from '../../render/mapView';
import { createMeasure, LABEL_FONT_SIZE } from '../../render/nodeGeometry';
import { edit, editUntracked } from '../../state/documentStore';
import { select, uiStore } from '../../state/uiStore';
import { useDoc, useLocale, useTemplate, useUi } from '../hooks';
import { exposeDiagnostics } from './diagnostics';
import { useFixedLayout } from './fixedLayouts';
import { useGapOverlay } from './gapOverlay';
import { setLiveMap } from './liveMap';
import { MapControls } from './MapControls';
import { UnscoredList } from './UnscoredList';
import { useCentrality } from './useCentrality';

/** Smallest label height on a projector (issue #6). */
const PROJECTOR_LABEL_PX = 18;

/** Room under the fitted map for the zoom and layout buttons along the bottom edge. */
const CONTROLS_HEIGHT = 80;

/** Hosts the Cytoscape view and keeps it in step with the stores. */
export function MapCanvas() {
  const { t } = useLocale();
  const doc = useDoc();
  const template = useTemplate();
  const sizeBy = useUi((s) => s.sizeBy);
  const filters = useUi((s) => s.filters);
  const selection = useUi((s) => s.selection);
  const hoverId = useUi((s) => s.hoverId);
  const focusRequest = useUi((s) => s.focusRequest);
  const cameraRequest = useUi((s) => s.cameraRequest);
  const layoutMode = useUi((s) => s.layoutMode);
  const ringsBy = useUi((s) => s.ringsBy);
  const showGaps = useUi((s) => s.showGaps);
  // Presenting: labels twice as large; a workshop's projector view: 24 px labels, never drawn
  // under 18 px. The layout keeps the larger boxes apart.
  const labelScale = useUi((s) => (s.presenting !== null ? 2 : s.workshop ? 1.6 : 1));
  const ghostLabel = useCallback((type: string) => t('map.ghost', { type }), [t]);
  const text = useCallback((key: string) => t(key as 'map.layout'), [t]);
  const { locale } = useLocale();
  const overlay = useGapOverlay(doc, template, locale, showGaps, ghostLabel);
  const container = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<MapView | null>(null);
  const [ready, setReady] = useState(false);
  const measure = useMemo(() => createMeasure(), []);

  useEffect(() => {
    if (!container.current) return;
    const v = new MapView(container.current, {
      select: (sel) => select(sel),
      hover: (id) => uiStore.setState({ hoverId: id }),
      dragEnd: (moves) => edit((d, meta) => moveActors(d, moves, meta)),
      settled: (moves) => editUntracked((d, meta) => moveActors(d, moves, meta)),
      ready: () => setReady(true),
    });
    setView(v);
    const hide = exposeDiagnostics(v);
    const side = container.current.parentElement?.parentElement?.querySelector('.map-side');
    const observer = new ResizeObserver(() => {
      // The legend and controls float over the canvas; the fitted map keeps clear of them.
      v.setInsets({
        left: (side?.getBoundingClientRect().width ?? 0) + 24,
        bottom: CONTROLS_HEIGHT,
      });
      v.resize();
    });
    observer.observe(container.current);
    if (side) observer.observe(side);
    return () => {
      observer.disconnect();
      hide();
      setLiveMap(null);
      v.destroy();
    };
  }, []);

  const centrality = useCentrality(doc, sizeBy === 'centrality');
  const compare = useUi((s) => s.compare);
  const model = useMemo(() => {
    if (!doc) return null;
    const base = toElements(doc, template, centrality, measure, overlay, labelScale);
    return compare ? withComparison(base, compare.doc, measure) : base;
  }, [doc, template, centrality, measure, overlay, labelScale, compare]);
  const fixed = useFixedLayout(layoutMode, ringsBy, doc, model, template, locale, text);

  useEffect(() => {
    view?.setStyle({ labelScale, contrast: labelScale > 1 });
    view?.setLocked(labelScale === 2);
    view?.setReadableZoom(labelScale === 1.6 ? PROJECTOR_LABEL_PX / (LABEL_FONT_SIZE * 1.6) : 0);
  }, [view, labelScale]);

  useEffect(() => {
    if (!view || !model) return;
    view.update(model);
    view.setFixedLayout(fixed?.positions ?? null, fixed?.decorations, fixed?.key);
  }, [view, model, fixed]);

  useEffect(() => {
    if (!view || !doc || !model) return;
    const visible = visibleItems(doc, filters);
    // Ghosts belong to no filter: they show while "Show gaps" is on.
    for (const n of model.nodes) if (n.ghost) visible.actors.add(n.id);
    for (const e of model.edges) {
      if (e.mark === 'ghost' || e.change === 'removed') visible.collaborations.add(e.id);
    }
    view.setVisible(visible.actors, visible.collaborations);
    setLiveMap({ view, model, fixed, visible });
  }, [view, doc, filters, model, fixed]);

  // After the layout and filter effects above, so the camera frames the view's own map.
  useEffect(() => {
    if (view && cameraRequest) view.showCamera(cameraRequest.camera);
  }, [view, cameraRequest]);

  useEffect(() => view?.select(selection), [view, selection]);
  useEffect(() => view?.highlight(hoverId ?? selection?.id ?? null), [view, hoverId, selection]);
  useEffect(() => {
    if (view && focusRequest) view.focus(focusRequest.ids);
  }, [view, focusRequest]);

  return (
    <div className="map-canvas-wrap">
      <div
        ref={container}
        className="map-canvas"
        role="application"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: role="application" takes keyboard focus for the map's shortcuts
        tabIndex={0}
        aria-label={t('map.canvas')}
        aria-describedby="map-canvas-description"
        data-ready={ready ? 'true' : 'false'}
        data-actor-count={model?.nodes.length ?? 0}
      />
      <p id="map-canvas-description" className="visually-hidden">
        {t('map.canvasDescription')}
      </p>
      {view && <MapControls view={view} />}
      {fixed && fixed.unscored.length > 0 && doc && <UnscoredList ids={fixed.unscored} doc={doc} />}
    </div>
  );
}
