import { lazy, Suspense } from 'react';
import { viewStore } from '../state/viewStore';
import { useLocale, useView } from './hooks';
import { Inspector } from './inspector/Inspector';
import { useDailySnapshot } from './snapshots/useDailySnapshot';
import { VersionsPanel } from './snapshots/VersionsPanel';
import { ViewsPanel } from './views/ViewsPanel';

// The panel, its d3 chart and the report load after the map: the map comes first.
const GapPanel = lazy(() => import('./analysis/GapPanel').then((m) => ({ default: m.GapPanel })));

/** The right-hand column: the gap analysis, the selection's details or the saved views. */
export function SidePanel() {
  const { t } = useLocale();
  const tab = useView((s) => s.sideTab);
  useDailySnapshot();
  const tabs = [
    { id: 'gaps', label: t('toolbar.gapsTab') },
    { id: 'details', label: t('toolbar.detailsTab') },
    { id: 'views', label: t('views.tab') },
    { id: 'versions', label: t('versions.tab') },
  ] as const;
  return (
    <div className="side-panel">
      <div className="view-tabs side-tabs" role="tablist" aria-label={t('toolbar.sidePanel')}>
        {tabs.map((x) => (
          <button
            key={x.id}
            type="button"
            role="tab"
            id={`side-tab-${x.id}`}
            aria-selected={tab === x.id}
            aria-controls={`side-panel-${x.id}`}
            className="tab"
            onClick={() => viewStore.setState({ sideTab: x.id })}
          >
            {x.label}
          </button>
        ))}
      </div>
      <div
        id={`side-panel-${tab}`}
        role="tabpanel"
        aria-labelledby={`side-tab-${tab}`}
        className="side-panel-body"
      >
        {tab === 'gaps' ? (
          <Suspense fallback={<p className="muted panel">{t('app.loading')}</p>}>
            <GapPanel />
          </Suspense>
        ) : tab === 'views' ? (
          <ViewsPanel />
        ) : tab === 'versions' ? (
          <VersionsPanel />
        ) : (
          <Inspector />
        )}
      </div>
    </div>
  );
}
