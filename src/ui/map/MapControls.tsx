import { setPinned } from '../../domain/commands';
import type { MapView } from '../../render/mapView';
import { documentStore, edit } from '../../state/documentStore';
import { viewStore } from '../../state/viewStore';
import { useLocale, useView } from '../hooks';

export function MapControls({ view }: { view: MapView }) {
  const { t } = useLocale();
  const sizeBy = useView((s) => s.sizeBy);
  const layoutMode = useView((s) => s.layoutMode);
  const ringsBy = useView((s) => s.ringsBy);
  const showGaps = useView((s) => s.showGaps);
  const unpinAll = () => {
    const doc = documentStore.getState().doc;
    if (!doc) return;
    const pinned = Object.values(doc.actors)
      .filter((a) => a.position?.pinned)
      .map((a) => a.id);
    edit((d, meta) => setPinned(d, pinned, false, meta));
  };
  return (
    <div className="map-controls" role="toolbar" aria-label={t('map.canvas')}>
      <button
        type="button"
        className="icon-btn"
        onClick={() => view.zoomBy(1.25)}
        aria-label={t('map.zoomIn')}
        title={t('map.zoomIn')}
      >
        +
      </button>
      <button
        type="button"
        className="icon-btn"
        onClick={() => view.zoomBy(0.8)}
        aria-label={t('map.zoomOut')}
        title={t('map.zoomOut')}
      >
        −
      </button>
      <button type="button" className="btn" onClick={() => view.fit()}>
        {t('map.fit')}
      </button>
      <button type="button" className="btn" onClick={unpinAll}>
        {t('map.unpinAll')}
      </button>
      <button
        type="button"
        className="btn"
        onClick={() => view.relayout()}
        disabled={layoutMode !== 'force'}
      >
        {t('map.relayout')}
      </button>
      <label className="size-by">
        <span>{t('map.layout')}</span>
        <select
          value={layoutMode}
          onChange={(e) => {
            const mode = e.target.value;
            if (mode === 'force' || mode === 'rings' || mode === 'power') {
              viewStore.setState({ layoutMode: mode });
            }
          }}
        >
          <option value="force">{t('map.layoutForce')}</option>
          <option value="rings">{t('map.layoutRings')}</option>
          <option value="power">{t('map.layoutPower')}</option>
        </select>
      </label>
      {layoutMode === 'rings' && (
        <label className="size-by">
          <span>{t('map.ringsBy')}</span>
          <select
            value={ringsBy}
            onChange={(e) =>
              viewStore.setState({
                ringsBy: e.target.value === 'strength' ? 'strength' : 'distance',
              })
            }
          >
            <option value="distance">{t('map.ringsDistance')}</option>
            <option value="strength">{t('map.ringsStrength')}</option>
          </select>
        </label>
      )}
      <label className="check show-gaps">
        <input
          type="checkbox"
          checked={showGaps}
          onChange={(e) => viewStore.setState({ showGaps: e.target.checked })}
        />
        {t('map.showGaps')}
      </label>
      <label className="size-by">
        <span>{t('map.sizeBy')}</span>
        <select
          value={sizeBy}
          onChange={(e) =>
            viewStore.setState({
              sizeBy: e.target.value === 'centrality' ? 'centrality' : 'degree',
            })
          }
        >
          <option value="degree">{t('map.sizeDegree')}</option>
          <option value="centrality">{t('map.sizeCentrality')}</option>
        </select>
      </label>
    </div>
  );
}
