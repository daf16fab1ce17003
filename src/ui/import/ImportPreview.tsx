import { useId, useRef, useState } from 'react';
import { canMerge, defaultMapName, type ImportMode } from '../../io/import/preview';
import { documentStore, undo } from '../../state/documentStore';
import { describeFailure, type ImportJob, importStore } from '../../state/importStore';
import { showToast, uiStore } from '../../state/uiStore';
import { Dialog } from '../common/Dialog';
import { RadioOption } from '../common/RadioOption';
import { useLocale, usePlainT, useTemplate } from '../hooks';
import { useSession } from '../SessionContext';
import { applyImport } from './applyImport';
import { FocalField } from './FocalField';
import { ImportProgress } from './ImportProgress';
import { CountsTable, EndsFound, MatchedList, NativeMaps, WarningList } from './PreviewParts';
import { problemText } from './problems';
import { usePlan } from './usePlan';

const reasonOf = (e: unknown) => {
  const { name, message } = describeFailure(e);
  return `${name}: ${message}`;
};

/** What an import will do, before anything is written: counts, matches, warnings, and where to. */
export function ImportPreview({ job, onClose }: { job: ImportJob; onClose: () => void }) {
  const { locale } = useLocale();
  const t = usePlainT();
  const session = useSession();
  const template = useTemplate();
  const id = useId();
  const { preview } = job;
  // The preview describes the map as it was opened; "Merge" plans again against the map as it is.
  const [target] = useState(() => documentStore.getState().doc);
  const [stored] = useState(() => new Set(uiStore.getState().maps.map((m) => m.id)));
  const native = preview.kind === 'native' ? preview : null;
  // Links to actors only the open map has make sense only in a merge: start there.
  const [mode, setMode] = useState<ImportMode>(() =>
    preview.kind === 'graph' && preview.mapEnds > 0 && target ? 'merge' : 'new',
  );
  const [mapName, setMapName] = useState(() => defaultMapName(preview));
  const [focalKey, setFocalKey] = useState('');
  const [busy, setBusy] = useState(false);
  const [written, setWritten] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const writing = useRef<AbortController | null>(null);

  const restoring = native !== null && mode === 'new';
  // The name is not part of the plan, so typing it does not plan again.
  const choice = restoring ? null : { mode, mapName: '', focalKey: focalKey || null };
  const planned = usePlan(job, choice, target);
  const askFocal = preview.kind === 'graph' && preview.needsFocal && mode === 'new';
  const mergeable = canMerge(preview) && target !== null;
  const ready =
    !busy && (restoring || planned?.ok === true) && (mode !== 'new' || !!mapName.trim());

  const confirm = async () => {
    setBusy(true);
    setFailure(null);
    const controller = new AbortController();
    writing.current = controller;
    try {
      const chosen = { mode, mapName: mapName.trim(), focalKey: focalKey || null };
      const applied = await applyImport(session, job, template, chosen, t, {
        signal: controller.signal,
        onProgress: setWritten,
      });
      if (!applied.ok && applied.problem.code === 'aborted') {
        showToast({ message: t('importer.cancelled') });
        onClose();
      } else if (!applied.ok) {
        importStore.setState({ step: 'error', problem: applied.problem }, true);
      } else {
        showToast(
          mode === 'merge'
            ? { message: applied.message, undo, undoLabel: t('toast.undo') }
            : { message: applied.message },
        );
        onClose();
      }
    } catch (e) {
      // Written in one transaction: a failure means nothing was written.
      setFailure(t('importer.failed', { reason: reasonOf(e) }));
    } finally {
      writing.current = null;
      setBusy(false);
      setWritten(null);
    }
  };
  // While the new map is being written, closing the dialog cancels the write (it rolls back).
  const close = () => (writing.current ? writing.current.abort() : onClose());

  return (
    <Dialog title={t('importer.previewTitle')} onClose={close}>
      <form
        className="dialog-form import-form"
        aria-busy={busy || (!restoring && planned === null)}
        onSubmit={(e) => {
          e.preventDefault();
          if (ready) void confirm();
        }}
      >
        <p className="muted">{t('importer.files', { files: preview.files.join(', ') })}</p>
        {mergeable && (
          <fieldset className="import-mode" disabled={busy}>
            <legend>{t('importer.mode')}</legend>
            {(['new', 'merge'] as const).map((m) => (
              <RadioOption
                key={m}
                name={`${id}-mode`}
                checked={mode === m}
                onSelect={() => setMode(m)}
              >
                {m === 'new'
                  ? t('importer.modeNew')
                  : t('importer.modeMerge', { name: target?.map.name ?? '' })}
              </RadioOption>
            ))}
          </fieldset>
        )}
        {mode === 'new' && !native && (
          <label className="field">
            <span>{t('importer.mapName')}</span>
            <input
              value={mapName}
              maxLength={300}
              disabled={busy}
              onChange={(e) => setMapName(e.target.value)}
            />
          </label>
        )}
        {askFocal && (
          <FocalField
            candidates={preview.candidates}
            value={focalKey}
            onChange={setFocalKey}
            disabled={busy}
          />
        )}
        {restoring && native && (
          <NativeMaps parsed={native} stored={stored} t={t} locale={locale} />
        )}
        {!restoring && planned === null && <p className="muted">{t('importer.planning')}</p>}
        {planned?.ok === false && <p role="alert">{problemText(planned.error, t, locale)}</p>}
        {planned?.ok && <CountsTable plan={planned.value} t={t} locale={locale} />}
        {planned?.ok && mode === 'merge' && <MatchedList plan={planned.value} t={t} />}
        {planned?.ok && mode === 'merge' && (
          <EndsFound plan={planned.value} t={t} locale={locale} />
        )}
        <WarningList
          warnings={planned?.ok ? planned.value.warnings : preview.warnings}
          t={t}
          locale={locale}
        />
        {written !== null && (
          <div className="import-writing">
            <p>{t('importer.writing')}</p>
            <ImportProgress value={written} />
          </div>
        )}
        {failure && <p role="alert">{failure}</p>}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={close}>
            {t('importer.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={!ready}>
            {restoring
              ? t('importer.restore')
              : mode === 'merge'
                ? t('importer.merge')
                : t('importer.createMap')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
