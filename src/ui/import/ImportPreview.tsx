import { useId, useMemo, useState } from 'react';
import type { ParsedImport } from '../../io/import';
import { documentStore, undo } from '../../state/documentStore';
import { showToast, uiStore } from '../../state/uiStore';
import { Dialog } from '../common/Dialog';
import { useLocale, usePlainT, useTemplate } from '../hooks';
import { useSession } from '../SessionContext';
import { applyImport, defaultMapName, type ImportMode, mergeableGraph, plan } from './applyImport';
import { importStore } from './importFlow';
import { CountsTable, MatchedList, NativeMaps, WarningList } from './PreviewParts';
import { problemText } from './problems';

const reasonOf = (e: unknown) => {
  const cause = e instanceof Error && e.cause instanceof Error ? e.cause : e;
  return cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
};

/** What an import will do, before anything is written: counts, matches, warnings, and where to. */
export function ImportPreview({ parsed, onClose }: { parsed: ParsedImport; onClose: () => void }) {
  const { locale } = useLocale();
  const t = usePlainT();
  const session = useSession();
  const template = useTemplate();
  const id = useId();
  // The preview describes the map as it was opened; "Merge" plans again against the map as it is.
  const [target] = useState(() => documentStore.getState().doc);
  const [stored] = useState(() => new Set(uiStore.getState().maps.map((m) => m.id)));
  const graph = useMemo(() => mergeableGraph(parsed), [parsed]);
  const native = parsed.kind === 'native' ? parsed : null;
  const [mode, setMode] = useState<ImportMode>('new');
  const [mapName, setMapName] = useState(() => defaultMapName(parsed));
  const [focalKey, setFocalKey] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const restoring = native !== null && mode === 'new';
  const planned = useMemo(() => {
    if (!graph || restoring) return null;
    const choice = { mode, mapName: defaultMapName(parsed), focalKey: focalKey || null };
    return plan(graph, mode === 'merge' ? target : null, template, choice);
  }, [graph, restoring, mode, target, template, focalKey, parsed]);
  const askFocal = parsed.kind === 'graph' && parsed.needsFocal && mode === 'new';
  const canMerge = graph !== null && target !== null;
  const ready =
    !busy && (restoring || planned?.ok === true) && (mode !== 'new' || !!mapName.trim());

  const confirm = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const choice = { mode, mapName: mapName.trim(), focalKey: focalKey || null };
      const applied = await applyImport(session, parsed, template, choice, t);
      if (!applied.ok) {
        importStore.setState({ step: 'error', problem: applied.problem }, true);
        return;
      }
      showToast(
        mode === 'merge'
          ? { message: applied.message, undo, undoLabel: t('toast.undo') }
          : { message: applied.message },
      );
      onClose();
    } catch (e) {
      // Written in one transaction: a failure means nothing was written.
      setFailure(t('importer.failed', { reason: reasonOf(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('importer.previewTitle')} onClose={onClose}>
      <form
        className="dialog-form import-form"
        aria-busy={busy}
        onSubmit={(e) => {
          e.preventDefault();
          if (ready) void confirm();
        }}
      >
        <p className="muted">{t('importer.files', { files: parsed.files.join(', ') })}</p>
        {canMerge && (
          <fieldset className="import-mode">
            <legend>{t('importer.mode')}</legend>
            {(['new', 'merge'] as const).map((m) => (
              <label key={m} className="check">
                <input
                  type="radio"
                  name={`${id}-mode`}
                  checked={mode === m}
                  onChange={() => setMode(m)}
                />
                {m === 'new'
                  ? t('importer.modeNew')
                  : t('importer.modeMerge', { name: target?.map.name ?? '' })}
              </label>
            ))}
          </fieldset>
        )}
        {mode === 'new' && !native && (
          <label className="field">
            <span>{t('importer.mapName')}</span>
            <input value={mapName} maxLength={300} onChange={(e) => setMapName(e.target.value)} />
          </label>
        )}
        {askFocal && graph && (
          <label className="field">
            <span>{t('importer.focal')}</span>
            <select value={focalKey} onChange={(e) => setFocalKey(e.target.value)}>
              <option value="">{t('importer.focalNone')}</option>
              {graph.actors.map((a) => (
                <option key={a.key} value={a.key}>
                  {a.name}
                </option>
              ))}
            </select>
            <span className="muted small">{t('importer.focalHint')}</span>
          </label>
        )}
        {restoring && native && (
          <NativeMaps parsed={native} stored={stored} t={t} locale={locale} />
        )}
        {planned?.ok === false && <p role="alert">{problemText(planned.error, t, locale)}</p>}
        {planned?.ok && <CountsTable plan={planned.value} t={t} />}
        {planned?.ok && mode === 'merge' && <MatchedList plan={planned.value} t={t} />}
        <WarningList
          warnings={planned?.ok ? planned.value.warnings : parsed.warnings}
          t={t}
          locale={locale}
        />
        {failure && <p role="alert">{failure}</p>}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>
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
