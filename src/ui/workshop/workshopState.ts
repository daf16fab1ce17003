import type { Locale } from '../../domain/types';
import { formatDate } from '../../i18n';
import { documentStore } from '../../state/documentStore';
import { modeStore } from '../../state/modeStore';
import type { Session } from '../../state/session';
import { showToast } from '../../state/uiStore';
import { viewStore } from '../../state/viewStore';
import type { Text } from '../export/scenes';

/** Starts a workshop: the map as it is now is kept as a version, named with the date. */
export async function startWorkshop(session: Session, t: Text, locale: Locale) {
  const doc = documentStore.getState().doc;
  if (!doc) return;
  const now = new Date().toISOString();
  const name = t('workshop.snapshotName', { date: formatDate(now, locale) });
  const snapshot = await session.snapshots.take(doc, name, 'workshop');
  modeStore.setState({
    workshop: { snapshotId: snapshot.id, startedAt: now, before: doc },
    compare: null,
  });
  viewStore.setState({ view: 'map', selection: null });
  showToast({ message: t('workshop.started', { name }) });
}
