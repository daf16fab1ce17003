import { setPinned } from '../../domain/commands';
import { ZOOM_IN, ZOOM_OUT } from '../../render/canvasKeys';
import type { MapView } from '../../render/mapView';
import { documentStore, edit } from '../../state/documentStore';
import { viewStore } from '../../state/viewStore';
import { Toolbar } from '../common/Toolbar';
import { useLocale, useView } from '../hooks';
import { SettingSelect } from './SettingSelect';

export function MapControls({ view }: { view: MapView }) {
  const { t } = useLocale();
  const layoutMode = useView((s) => s.layoutMode);
  const showGaps = useView((s) => s.showGaps);
  const unpinAll = () => {
    const doc = documentStore.getState().doc;
    if (!doc) return;
    const pinned = Object.values(doc.actors)
      .filter((a) => a.position?.pinned)
      .map((a) => a.id);
    edit((d, meta) => setPinned(d, pinned, false, meta));
  };
  const zooms = [
    ['map.zoomIn', ZOOM_IN, '+'],
    ['map.zoomOut', ZOOM_OUT, '−'],
  ] as const;
  const actions = [
    ['map.fit', () => view.fit(), false],
    ['map.unpinAll', unpinAll, false],
    ['map.relayout', () => view.relayout(), layoutMode !== 'force'],
  ] as const;
  return (
    <Toolbar className="map-controls" label={t('access.toolbar')}>
      {zooms.map(([name, factor, sign]) => (
        <button
          key={name}
          type="button"
          className="icon-btn"
          onClick={() => view.zoomBy(factor)}
          aria-label={t(name)}
          title={t(name)}
        >
          {sign}
        </button>
      ))}
      {actions.map(([words, run, disabled]) => (
        <button key={words} type="button" className="btn" onClick={run} disabled={disabled}>
          {t(words)}
        </button>
      ))}
      <SettingSelect setting="layoutMode" />
      {layoutMode === 'rings' && <SettingSelect setting="ringsBy" />}
      <label className="check show-gaps">
        <input
          type="checkbox"
          checked={showGaps}
          onChange={(e) => viewStore.setState({ showGaps: e.target.checked })}
        />
        {t('map.showGaps')}
      </label>
      <SettingSelect setting="sizeBy" />
    </Toolbar>
  );
}
