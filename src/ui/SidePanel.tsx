import { lazy, Suspense } from 'react';
import { type ViewState, viewStore } from '../state/viewStore';
import { Tabs, type TabsSpec } from './common/Tabs';
import { useLocale, useView } from './hooks';
import { Inspector } from './inspector/Inspector';
import { ViewOnlyNote } from './share/ViewOnlyNote';
import { useDailySnapshot } from './snapshots/useDailySnapshot';
import { VersionsPanel } from './snapshots/VersionsPanel';
import { ViewsPanel } from './views/ViewsPanel';

// The panel, its d3 chart and the report load after the map: the map comes first.
const GapPanel = lazy(() => import('./analysis/GapPanel').then((m) => ({ default: m.GapPanel })));

const SIDE_TABS: TabsSpec<ViewState['sideTab']> = {
  label: 'toolbar.sidePanel',
  className: 'view-tabs side-tabs',
  idPrefix: 'side-',
  tabs: [
    ['gaps', 'toolbar.gapsTab'],
    ['details', 'toolbar.detailsTab'],
    ['views', 'views.tab'],
    ['versions', 'versions.tab'],
  ],
};

/** The right-hand column: the gap analysis, the selection's details or the saved views. */
export function SidePanel() {
  const { t } = useLocale();
  const tab = useView((s) => s.sideTab);
  useDailySnapshot();
  return (
    <div id="side-panel" className="side-panel">
      <Tabs spec={SIDE_TABS} current={tab} onSelect={(id) => viewStore.setState({ sideTab: id })} />
      <div
        id={`side-panel-${tab}`}
        role="tabpanel"
        aria-labelledby={`side-tab-${tab}`}
        className="side-panel-body"
      >
        <ViewOnlyNote />
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
