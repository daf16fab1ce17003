import { formatDate } from '../../i18n';
import { documentStore } from '../../state/documentStore';
import type { Session } from '../../state/session';
import { showToast, uiStore } from '../../state/uiStore';
import type { Text } from '../export/scenes';

/** Starts a workshop: the map as it is now is kept as a version, named with the date. */
export async function startWorkshop(session: Session, t: Text, locale: 'nb' | 'en') {
  const doc = documentStore.getState().doc;
  if (!doc) return;
  const now = new Date().toISOString();
  const name = t('workshop.snapshotName', { date: formatDate(now, locale) });
  const snapshot = await session.snapshots.take(doc, name, 'workshop');
  uiStore.setState({
    workshop: { snapshotId: snapshot.id, startedAt: now, before: doc },
    view: 'map',
    selection: null,
    compare: null,
  });
  showToast({ message: t('workshop.started', { name }) });
}
