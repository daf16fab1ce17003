import type { ReactNode } from 'react';
import { uiStore } from '../../state/uiStore';
import { useLocale, useMode, useUi } from '../hooks';
import { MapKeysHelp } from '../map/MapKeysHelp';
import { Dialog } from './Dialog';
import { DialogClose } from './DialogClose';
import { setSingleKeys } from './keyPrefs';

type Rows = readonly (readonly [string, string])[];

function Keys({ title, rows, children }: { title: string; rows: Rows; children?: ReactNode }) {
  return (
    <section className="keys-section" aria-label={title}>
      <h3>{title}</h3>
      <dl className="keys-list">
        {rows.map(([key, what]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      {children}
    </section>
  );
}

/** Every key the app answers, where it answers it, and the switch for single-key shortcuts. */
export function KeyboardHelp() {
  const { t } = useLocale();
  const open = useUi((s) => s.help);
  const singleKeys = useUi((s) => s.singleKeys);
  const workshop = useMode((s) => s.workshop !== null);
  if (!open) return null;
  const close = () => uiStore.setState({ help: false });
  const general: Rows = [
    ['Ctrl+Z', t('access.help.undo')],
    ['Ctrl+Shift+Z / Ctrl+Y', t('access.help.redo')],
    ['F1', t('access.help.help')],
    ...(singleKeys ? ([['?', t('access.help.helpSingle')]] as const) : []),
    ['Esc', t('access.help.escape')],
    ['Tab', t('access.help.skip')],
    ['← → ↑ ↓', t('access.help.tabs')],
  ];
  const lists: Rows = [['Delete / Backspace', t('access.help.rowDelete')]];
  const room: Rows = [
    ['Enter', t('workshop.keys.add')],
    ['Alt+T', t('workshop.keys.timer')],
    ['Alt+R', t('workshop.keys.reset')],
    ['Alt+F', t('workshop.keys.fit')],
    ['Alt+E', t('workshop.keys.end')],
  ];
  return (
    <Dialog
      title={workshop ? t('access.help.workshopTitle') : t('access.help.title')}
      onClose={close}
    >
      <div className="keys-help">
        {workshop && <Keys title={t('access.help.workshop')} rows={room} />}
        <Keys title={t('access.help.general')} rows={general}>
          <label className="keys-single">
            <input
              type="checkbox"
              checked={singleKeys}
              onChange={(e) => setSingleKeys(e.target.checked)}
              aria-describedby="keys-single-hint"
            />
            {t('access.help.singleKeys')}
          </label>
          <p id="keys-single-hint" className="muted">
            {t('access.help.singleKeysHint')}
          </p>
        </Keys>
        <section className="keys-section" aria-label={t('access.help.map')}>
          <h3>{t('access.help.map')}</h3>
          <MapKeysHelp />
        </section>
        <Keys title={t('access.help.lists')} rows={lists} />
      </div>
      <DialogClose label={t('access.help.close')} onClick={close} primary />
    </Dialog>
  );
}
