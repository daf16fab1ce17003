import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { visibleItems } from '../../analysis/visibility';
import { moveActors } from '../../domain/commands';
import { isBigMap } from '../../render/bigMap';
import { MapView } from '../../render/mapView';
import { createMeasure } from '../../render/nodeGeometry';
import { edit, editUntracked } from '../../state/documentStore';
import { select, viewStore } from '../../state/viewStore';
import { useDoc, useLocale, useMode, useTemplate, useView } from '../hooks';
import { exposeDiagnostics } from './diagnostics';
import { useFixedLayout } from './fixedLayouts';
import { useGapOverlay } from './gapOverlay';
import { HiddenNamesNote } from './HiddenNamesNote';
import { MapControls } from './MapControls';
import { MapLoading } from './MapLoading';
import { MapTooltip } from './MapTooltip';
import { type CameraMove, useMapViewHub } from './MapViewContext';
import './map.css';
import { UnscoredList } from './UnscoredList';
import { useCanvasKeys } from './useCanvasKeys';
import { useCentrality } from './useCentrality';
import { useElementModel } from './useElementModel';

/**
 * Label sizes on screen, in CSS pixels (docs/legibility.md): at the desk the whole map fits with
 * labels of at least 11 px; on a projector at least 18 px; presenting at least 20 px.
 */
const PROFILES = {
  desk: { minPx: 11, maxPx: 16 },
  workshop: { minPx: 18, maxPx: 28 },
  present: { minPx: 20, maxPx: 36 },
} as const;

/**
 * Room the framed map leaves at the bottom: at the desk for the zoom and layout buttons (as tall
 * as they are: they wrap on a narrow canvas), on a projector for the "names hidden" note. At the
 * top, a workshop keeps a band for the chips of the names just added.
 */
const TOP_INSET = { desk: 16, present: 16, workshop: 56 } as const;
const EDGE_INSET = 24;
/** On a projector the note sits in the bottom corner, in a band the map leaves free. */
const NOTE_BAND = 16;
/** Space between the workshop's invitation panel and the map beside it. */
const OVERLAY_GAP = 16;

/** Hosts the Cytoscape view and keeps it in step with the stores. */
export function MapCanvas() {
  const { t } = useLocale();
  const doc = useDoc();
  const template = useTemplate();
  const sizeBy = useView((s) => s.sizeBy);
  const filters = useView((s) => s.filters);
  const selection = useView((s) => s.selection);
  const hoverId = useView((s) => s.hoverId);
  const layoutMode = useView((s) => s.layoutMode);
  const ringsBy = useView((s) => s.ringsBy);
  const showGaps = useView((s) => s.showGaps);
  const hub = useMapViewHub();
  // The camera move asked last: applied by the effects below, after the map took the store
  // changes of the same event. A new object per move, so asking again moves again.
  const [move, setMove] = useState<CameraMove | null>(null);
  useEffect(() => hub?.attach(setMove), [hub]);
  // Presenting: labels twice as large; a workshop's projector view: 24 px labels, never drawn
  // under 18 px. The layout keeps the larger boxes apart.
  const room: keyof typeof PROFILES = useMode((s) =>
    s.presenting !== null ? 'present' : s.workshop ? 'workshop' : 'desk',
  );
  const labelScale = room === 'present' ? 2 : room === 'workshop' ? 1.6 : 1;
  const ghostLabel = useCallback((type: string) => t('map.ghost', { type }), [t]);
  const text = useCallback((key: string) => t(key as 'map.layout'), [t]);
  const { locale } = useLocale();
  const overlay = useGapOverlay(doc, template, locale, showGaps, ghostLabel);
  const container = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<MapView | null>(null);
  const [ready, setReady] = useState(false);
  const [pointer, setPointer] = useState<{ id: string; x: number; y: number } | null>(null);
  const measure = useMemo(() => createMeasure(), []);
  const roomRef = useRef(room);
  roomRef.current = room;
  const refreshInsets = useRef<() => void>(() => {});

  useEffect(() => {
    if (!container.current) return;
    const v = new MapView(container.current, {
      select: (sel) => select(sel),
      hover: (id, at) => {
        viewStore.setState({ hoverId: id });
        setPointer(id && at ? { id, ...at } : null);
      },
      dragEnd: (moves) => edit((d, meta) => moveActors(d, moves, meta)),
      settled: (moves) => editUntracked((d, meta) => moveActors(d, moves, meta)),
      ready: () => setReady(true),
      framed: (info) => viewStore.setState({ hiddenNames: info.hidden }),
      loading: (progress) => viewStore.setState({ mapLoading: progress }),
    });
    setView(v);
    const hide = exposeDiagnostics(v);
    const wrap = container.current.parentElement;
    const side = wrap?.parentElement?.querySelector('.map-side');
    // The legend and controls float over the canvas; the fitted map keeps clear of them.
    refreshInsets.current = () => {
      const controls = wrap?.querySelector('.map-controls');
      const below =
        roomRef.current === 'desk' ? (controls?.getBoundingClientRect().height ?? 0) : NOTE_BAND;
      // A workshop's invitation (the QR code) stands on the right and its likely duplicates at
      // the bottom: the map frames beside and above them.
      const panel = wrap?.parentElement;
      const invite = panel?.querySelector('.ws-invite');
      const dupes = panel?.querySelector('.ws-dupes');
      v.setInsets({
        top: TOP_INSET[roomRef.current],
        left: (side?.getBoundingClientRect().width ?? 0) + EDGE_INSET,
        bottom: below + EDGE_INSET + (dupes ? dupes.getBoundingClientRect().height : 0),
        right: (invite ? invite.getBoundingClientRect().width + OVERLAY_GAP : 0) + EDGE_INSET,
      });
    };
    const observer = new ResizeObserver(() => {
      refreshInsets.current();
      v.resize();
    });
    observer.observe(container.current);
    if (side) observer.observe(side);
    // The controls appear with the view; watch them from their first layout on.
    const watchControls = new MutationObserver(() => {
      const controls = wrap?.querySelector('.map-controls');
      if (controls) {
        observer.observe(controls);
        watchControls.disconnect();
      }
    });
    if (wrap) watchControls.observe(wrap, { childList: true });
    // The workshop's panels come and go as children of the map's panel: frame the map again.
    let overlays = '';
    const watchInvite = new MutationObserver(() => {
      const panel = wrap?.parentElement;
      const now = ['.ws-invite', '.ws-dupes'].filter((c) => panel?.querySelector(c)).join();
      if (now === overlays) return;
      overlays = now;
      refreshInsets.current();
      v.fit();
    });
    if (wrap?.parentElement) watchInvite.observe(wrap.parentElement, { childList: true });
    return () => {
      observer.disconnect();
      watchControls.disconnect();
      watchInvite.disconnect();
      hide();
      hub?.publish(null);
      v.destroy();
    };
  }, [hub]);

  const centrality = useCentrality(doc, sizeBy === 'centrality');
  const compare = useMode((s) => s.compare);
  const before = compare?.doc ?? null;
  const model = useElementModel({
    doc,
    template,
    centrality,
    measure,
    overlay,
    labelScale,
    before,
  });
  const fixed = useFixedLayout(layoutMode, ringsBy, doc, model, template, locale, text);

  useEffect(() => {
    view?.setStyle({ labelScale, contrast: labelScale > 1 });
    view?.setLocked(room === 'present');
    refreshInsets.current();
    view?.setFrameProfile(PROFILES[room]);
  }, [view, labelScale, room]);

  const big = isBigMap(model?.nodes.length ?? 0);
  useEffect(() => viewStore.setState({ bigMap: big }), [big]);

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
    hub?.publish({ view, model, fixed, visible });
  }, [hub, view, doc, filters, model, fixed]);

  // After the layout and filter effects above, so the camera frames the view's own map.
  useEffect(() => {
    if (view && move?.kind === 'camera') view.showCamera(move.camera);
  }, [view, move]);

  const keys = useCanvasKeys(view);
  useEffect(() => view?.select(selection), [view, selection]);
  useEffect(() => view?.highlight(selection?.id ?? null, hoverId), [view, hoverId, selection]);
  useEffect(() => {
    if (view && move?.kind === 'focus') view.focus(move.ids);
  }, [view, move]);

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
        {...keys.handlers}
      />
      <p id="map-canvas-description" className="visually-hidden">
        {t('map.canvasDescription')}
      </p>
      {/* The actor the arrow keys moved to, for screen readers. */}
      <p id="map-canvas-current" className="visually-hidden" aria-live="polite">
        {keys.said}
      </p>
      <MapLoading />
      <HiddenNamesNote where="corner" />
      {pointer && model && (
        <MapTooltip pointer={pointer} model={model} hidden={view?.hiddenLabels() ?? []} />
      )}
      {view && <MapControls view={view} />}
      {fixed && fixed.unscored.length > 0 && doc && <UnscoredList ids={fixed.unscored} doc={doc} />}
    </div>
  );
}
