import { lazy, Suspense } from 'react';
import { LanguageSwitch } from './common/LanguageSwitch';
import { QuickAdd } from './common/QuickAdd';
import { SaveStatus } from './common/SaveStatus';
import { Search } from './common/Search';
import { Toast } from './common/Toast';
import { UndoRedo } from './common/UndoRedo';
import { useShortcuts } from './common/useShortcuts';
import { ViewTabs } from './common/ViewTabs';
import { ExportButton } from './export/ExportButton';
import { useDoc, useLocale, useUi } from './hooks';
import { BackupReminder } from './import/BackupReminder';
import { ImportButton } from './import/ImportButton';
import { ImportFlow } from './import/ImportFlow';
import { DropOverlay, useFileDrop } from './import/useFileDrop';
import { ListsView } from './lists/ListsView';
import { Filters } from './map/Filters';
import { HiddenNamesNote } from './map/HiddenNamesNote';
import { Legend } from './map/Legend';
import { MapCanvas } from './map/MapCanvas';
import { MapsMenu } from './maps/MapsMenu';
import { AppAlerts } from './offline/AppAlerts';
import { StorageButton } from './offline/StorageButton';
import { PresentationMode } from './present/PresentationMode';
import { SidePanel } from './SidePanel';
import { WorkshopButton } from './workshop/WorkshopButton';

// The workshop's summary pulls in the export code: it loads when a workshop starts.
const WorkshopMode = lazy(() =>
  import('./workshop/WorkshopMode').then((m) => ({ default: m.WorkshopMode })),
);

export function App() {
  const { t } = useLocale();
  const doc = useDoc();
  const view = useUi((s) => s.view);
  const presenting = useUi((s) => s.presenting !== null);
  const workshop = useUi((s) => s.workshop !== null);
  const drop = useFileDrop();
  useShortcuts();
  return (
    <div
      className={presenting ? 'app presenting' : workshop ? 'app workshop' : 'app'}
      {...drop.handlers}
    >
      <header className="topbar">
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
        <MapsMenu />
        <QuickAdd />
        <UndoRedo />
        {/* Below 1440 px these go to a second row: nothing is squeezed under anything else. */}
        <div className="topbar-tools">
          <Search />
          <ViewTabs />
          <div className="topbar-end">
            <WorkshopButton />
            <ImportButton />
            <ExportButton />
            <SaveStatus />
            <StorageButton />
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main className="workspace">
        <div
          id="panel-map"
          role="tabpanel"
          aria-labelledby="tab-map"
          className="map-panel"
          hidden={view !== 'map'}
        >
          <MapCanvas />
          <div className="map-side">
            <Filters />
            <Legend />
            <HiddenNamesNote where="side" />
          </div>
        </div>
        {view === 'lists' && (
          <div id="panel-lists" role="tabpanel" aria-labelledby="tab-lists" className="lists-panel">
            <ListsView />
          </div>
        )}
        <SidePanel />
        {/* Under the side panel, in the layout: it covers nothing, and hides in a workshop. */}
        <BackupReminder />
      </main>
      {presenting && <PresentationMode />}
      {workshop && !presenting && (
        <Suspense fallback={null}>
          <WorkshopMode />
        </Suspense>
      )}
      {!doc && <p className="loading">{t('app.loading')}</p>}
      <Toast />
      <AppAlerts />
      <ImportFlow />
      {drop.dragging && <DropOverlay />}
    </div>
  );
}
