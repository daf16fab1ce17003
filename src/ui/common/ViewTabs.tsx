import { viewStore } from '../../state/viewStore';
import { useView } from '../hooks';
import { Tabs, type TabsSpec } from './Tabs';

const VIEWS: TabsSpec<'map' | 'lists'> = {
  label: 'toolbar.views',
  className: 'view-tabs',
  idPrefix: '',
  tabs: [
    ['map', 'toolbar.mapView'],
    ['lists', 'toolbar.listsView'],
  ],
};

export function ViewTabs() {
  const view = useView((s) => s.view);
  return <Tabs spec={VIEWS} current={view} onSelect={(id) => viewStore.setState({ view: id })} />;
}
