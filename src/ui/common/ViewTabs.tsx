import { viewStore } from '../../state/viewStore';
import { useLocale, useView } from '../hooks';

export function ViewTabs() {
  const { t } = useLocale();
  const view = useView((s) => s.view);
  const tabs = [
    { id: 'map', label: t('toolbar.mapView') },
    { id: 'lists', label: t('toolbar.listsView') },
  ] as const;
  return (
    <div className="view-tabs" role="tablist" aria-label={t('toolbar.views')}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          id={`tab-${tab.id}`}
          aria-selected={view === tab.id}
          aria-controls={`panel-${tab.id}`}
          className="tab"
          onClick={() => viewStore.setState({ view: tab.id })}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
