import { lazy, Suspense, useEffect } from 'react';
import { useStore } from 'zustand';
import { appStatus } from '../state/appStatus';
import { HelpButton } from './common/HelpButton';
import { KeyboardHelp } from './common/KeyboardHelp';
import { loadKeyPrefs } from './common/keyPrefs';
import { LanguageSwitch } from './common/LanguageSwitch';
import { QuickAdd } from './common/QuickAdd';
import { SaveStatus } from './common/SaveStatus';
import { Search } from './common/Search';
import { SkipLinks } from './common/SkipLinks';
import { Toast } from './common/Toast';
import { UndoRedo } from './common/UndoRedo';
import { useShortcuts } from './common/useShortcuts';
import { ViewTabs } from './common/ViewTabs';
import { ExportButton } from './export/ExportButton';
import { useDoc, useLocale, useMode, useView } from './hooks';
import { BackupReminder } from './import/BackupReminder';
import { ImportButton } from './import/ImportButton';
import { ImportFlow } from './import/ImportFlow';
import { DropOverlay, useFileDrop } from './import/useFileDrop';
import { ListsView } from './lists/ListsView';
import { Filters } from './map/Filters';
import { HiddenNamesNote } from './map/HiddenNamesNote';
import { Legend } from './map/Legend';
import { MapCanvas } from './map/MapCanvas';
import { MapViewProvider } from './map/MapViewContext';
import { MapsMenu } from './maps/MapsMenu';
import { AppAlerts } from './offline/AppAlerts';
import { StorageButton } from './offline/StorageButton';
import { PresentationMode } from './present/PresentationMode';
import { ErrorBoundary } from './recovery/ErrorBoundary';
import { Notices } from './recovery/Notices';
import { RecoveryScreen } from './recovery/RecoveryScreen';
import { useDrawnMark } from './recovery/useDrawnMark';
import { useSession } from './SessionContext';
import { SidePanel } from './SidePanel';
import { SyncStatus } from './share/SyncStatus';
import { WorkshopButton } from './workshop/WorkshopButton';

// The workshop's summary pulls in the export code: it loads when a workshop starts.
const WorkshopMode = lazy(() =>
  import('./workshop/WorkshopMode').then((m) => ({ default: m.WorkshopMode })),
);

/**
 * The app inside a last-resort error boundary: whatever fails to render, the recovery screen
 * shows instead of a white page.
 */
export function App() {
  const session = useSession();
  const mapId = useDoc()?.map.id;
  return (
    <ErrorBoundary
      resetKey={mapId}
      onError={() => session.noteCrash()}
      fallback={({ details, retry }) => (
        <div className="app">
          <RecoveryScreen details={details} retry={retry} />
        </div>
      )}
    >
      <MapViewProvider>
        <Shell />
      </MapViewProvider>
    </ErrorBoundary>
  );
}

/** The map, the lists and the side panel, which a render error replaces with the recovery screen. */
function Workspace() {
  const session = useSession();
  const mapId = useDoc()?.map.id;
  const view = useView((s) => s.view);
  return (
    <ErrorBoundary
      resetKey={mapId}
      onError={() => session.noteCrash()}
      fallback={({ details, retry }) => <RecoveryScreen details={details} retry={retry} />}
    >
      <div
        id="panel-map"
        role="tabpanel"
        aria-labelledby="tab-map"
        className="map-panel"
        hidden={view !== 'map'}
      >
        {/* Before the canvas in the focus order: it reads top left to bottom. */}
        <div className="map-side">
          <Filters />
          <Legend />
          <HiddenNamesNote where="side" />
        </div>
        <MapCanvas />
        <DrawnMark mapId={mapId} />
      </div>
      {view === 'lists' && (
        <div
          id="panel-lists"
          role="tabpanel"
          aria-labelledby="tab-lists"
          className="lists-panel"
          // A skip link's target.
          tabIndex={-1}
        >
          <ListsView />
        </div>
      )}
      <SidePanel />
    </ErrorBoundary>
  );
}

/** After the map view in the tree, so its effects run after the view took the new map. */
function DrawnMark({ mapId }: { mapId: string | undefined }) {
  useDrawnMark(mapId);
  return null;
}

function Shell() {
  const { t } = useLocale();
  const doc = useDoc();
  const noticeCount = useStore(appStatus, (s) => s.notices.length);
  const presenting = useMode((s) => s.presenting !== null);
  const workshop = useMode((s) => s.workshop !== null);
  const drop = useFileDrop();
  useShortcuts();
  useEffect(loadKeyPrefs, []);
  return (
    <div
      className={presenting ? 'app presenting' : workshop ? 'app workshop' : 'app'}
      {...drop.handlers}
    >
      <SkipLinks />
      <h1 className="visually-hidden">
        {doc ? t('access.heading', { app: t('app.name'), map: doc.map.name }) : t('app.name')}
      </h1>
      <header className="topbar">
        {/* The h1 above says the app's name to assistive technology. */}
        <div className="brand" aria-hidden="true">
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
            <SyncStatus />
            <StorageButton />
            <LanguageSwitch />
            <HelpButton />
          </div>
        </div>
      </header>
      <main className="workspace">
        <Workspace />
        <Notices />
        {/* Under the side panel, in the layout: they cover nothing, and hide in a workshop. */}
        <Toast />
        <BackupReminder />
      </main>
      {presenting && <PresentationMode />}
      {workshop && !presenting && (
        <Suspense fallback={null}>
          <WorkshopMode />
        </Suspense>
      )}
      {!doc && noticeCount === 0 && <p className="loading">{t('app.loading')}</p>}
      {!doc && noticeCount > 0 && <p className="no-map">{t('recovery.noMap')}</p>}
      <AppAlerts />
      <ImportFlow />
      <KeyboardHelp />
      {drop.dragging && <DropOverlay />}
    </div>
  );
}
