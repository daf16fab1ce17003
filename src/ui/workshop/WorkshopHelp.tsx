import { Dialog } from '../common/Dialog';
import { DialogClose } from '../common/DialogClose';
import { useLocale } from '../hooks';

/** The keyboard map of a workshop, opened with "?". */
export function WorkshopHelp({ onClose }: { onClose: () => void }) {
  const { t } = useLocale();
  const rows: [string, string][] = [
    ['Enter', t('workshop.keys.add')],
    ['Ctrl+Z / Ctrl+Shift+Z', t('workshop.keys.undo')],
    ['Alt+T', t('workshop.keys.timer')],
    ['Alt+R', t('workshop.keys.reset')],
    ['Alt+F', t('workshop.keys.fit')],
    ['Alt+E', t('workshop.keys.end')],
    ['?', t('workshop.keys.help')],
    ['Esc', t('workshop.keys.close')],
  ];
  return (
    <Dialog title={t('workshop.helpTitle')} onClose={onClose}>
      <dl className="ws-keys">
        {rows.map(([key, what]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <DialogClose label={t('workshop.helpClose')} onClick={onClose} primary />
    </Dialog>
  );
}
