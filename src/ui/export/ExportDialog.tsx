import { useId, useMemo, useState } from 'react';
import { orderedViews } from '../../domain/viewCommands';
import { formatDate } from '../../i18n';
import { copyPngToClipboard, pngPixelSize } from '../../render/export/raster';
import type { Background, PageSize } from '../../render/export/scene';
import { createMeasure } from '../../render/nodeGeometry';
import { showToast } from '../../state/uiStore';
import { savedVersions } from '../analysis/useScoreHistory';
import { Dialog } from '../common/Dialog';
import { downloadBlob } from '../common/download';
import { todayIso } from '../dates';
import { useDoc, useLocale, usePlainT, useTemplate } from '../hooks';
import { DATA_FORMATS, type DataFormat, isDataFormat } from '../import/dataFormats';
import { useMapView } from '../map/MapViewContext';
import { useSession } from '../SessionContext';
import { BackupOnlyDialog } from './BackupOnlyDialog';
import { deckInput } from './deck';
import { fileName, type ImageFormat, type PictureOptions, renderPicture } from './pictures';
import { layoutPicture, legendFor, liveSource, previewScene } from './scenes';
import './export.css';
import { useExportJob } from './useExportJob';

type Format = ImageFormat | 'pptx' | DataFormat;

/**
 * Export the map as PNG, SVG, PDF or a PowerPoint deck, with the options a slide needs; or its
 * data: a backup of every map, this map, CSV, Excel, GEXF or GraphML.
 */
export function ExportDialog({ onClose }: { onClose: () => void }) {
  const { t, locale } = useLocale();
  const doc = useDoc();
  const template = useTemplate();
  const session = useSession();
  const measure = useMemo(() => createMeasure(), []);
  const mapView = useMapView();
  // The typed `t` is too deep for generic helpers; they take plain keys.
  const text = usePlainT();
  const id = useId();
  const [format, setFormat] = useState<Format>('png');
  const [part, setPart] = useState<'whole' | 'current'>('whole');
  const [page, setPage] = useState<PageSize>('16:9');
  const [scale, setScale] = useState<2 | 4>(2);
  const [title, setTitle] = useState(doc?.map.name ?? '');
  const [legend, setLegend] = useState(true);
  const [footer, setFooter] = useState(true);
  const [source, setSource] = useState(t('exporter.sourceDefault'));
  const [background, setBackground] = useState<Background>('light');
  const [gaps, setGaps] = useState(true);
  const [suggestions, setSuggestions] = useState(true);
  const { busy, run } = useExportJob();
  if (!doc) return <BackupOnlyDialog onClose={onClose} />;
  const today = todayIso();
  const viewCount = orderedViews(doc).length;

  const picture = async (as: ImageFormat) => {
    const src = liveSource(mapView.live(), part);
    if (!src) throw new Error('no map');
    const entries = legend ? legendFor(previewScene(src, measure), template, locale, text) : [];
    const options: PictureOptions = {
      page,
      scale,
      background,
      title: title.trim(),
      legend: legend ? { heading: t('legend.title'), entries } : null,
      footer: footer ? { date: formatDate(today, locale), source: source.trim() } : null,
      lang: locale,
    };
    return renderPicture(as, await layoutPicture(src, options, measure), options, measure);
  };

  const saveData = (as: DataFormat) =>
    run(async () => {
      const writers = await import('../import/dataExport');
      if (as === 'backup') {
        const { file, unreadable } = await writers.downloadBackup(session);
        const missing = unreadable.length
          ? ` ${t('data.unreadable', { names: unreadable.join(', ') })}`
          : '';
        showToast({ message: `${t('backup.done', { file })}${missing}` });
      } else {
        const files = await writers.downloadMap(as, doc, template, locale);
        showToast({ message: t('exporter.done', { file: files.join(', ') }) });
      }
      onClose();
    });

  const save = () =>
    run(async () => {
      if (isDataFormat(format)) return saveData(format);
      const name = fileName(doc.map.name, today, format);
      if (format === 'pptx') {
        const input = await deckInput(doc, template, locale, text, measure, {
          source: source.trim(),
          gaps,
          suggestions,
          today,
          versions: gaps ? await savedVersions(session, doc.map.id) : [],
          live: mapView.live(),
        });
        const { buildDeck } = await import('../../io/pptx');
        downloadBlob((await buildDeck(input, 'blob')) as Blob, name);
      } else {
        downloadBlob(await picture(format), name);
      }
      showToast({ message: t('exporter.done', { file: name }) });
      onClose();
    });

  const copy = () =>
    run(async () => {
      const ok = await copyPngToClipboard(await picture('png'));
      showToast({ message: ok ? t('exporter.copied') : t('exporter.copyFailed') });
    });

  const data = isDataFormat(format);
  const image = !data && format !== 'pptx';
  // One radio group over two fieldsets: pictures and decks, then the map's data.
  const formatGroups: { legend: string; formats: (readonly [Format, string])[] }[] = [
    {
      legend: t('exporter.format'),
      formats: (['png', 'svg', 'pdf', 'pptx'] as const).map((f) => [f, t(`exporter.${f}`)]),
    },
    {
      legend: t('data.heading'),
      formats: DATA_FORMATS.map(([f, label]) => [f, text(`data.${label}`)]),
    },
  ];
  return (
    <Dialog title={t('exporter.title')} onClose={onClose}>
      <form
        className="dialog-form export-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        aria-busy={busy}
      >
        {formatGroups.map((group) => (
          <fieldset key={group.legend} className="export-formats">
            <legend>{group.legend}</legend>
            {group.formats.map(([f, label]) => (
              <label key={f} className="check">
                <input
                  type="radio"
                  name={`${id}-format`}
                  checked={format === f}
                  onChange={() => setFormat(f)}
                />
                {label}
              </label>
            ))}
          </fieldset>
        ))}
        {data ? (
          <>
            {format === 'backup' && <p className="muted">{t('data.backupNote')}</p>}
            {format === 'csv' && <p className="muted">{t('data.csvNote')}</p>}
            <p className="muted">{t('data.privacy')}</p>
          </>
        ) : image ? (
          <>
            <Choice label={t('exporter.contents')} value={part} onChange={setPart}>
              <option value="whole">{t('exporter.wholeMap')}</option>
              <option value="current">{t('exporter.currentView')}</option>
            </Choice>
            <Choice label={t('exporter.page')} value={page} onChange={setPage}>
              <option value="16:9">{t('exporter.page169')}</option>
              <option value="a4">{t('exporter.pageA4')}</option>
            </Choice>
            {format === 'png' && (
              <Choice
                label={t('exporter.resolution')}
                value={String(scale)}
                onChange={(v) => setScale(v === '4' ? 4 : 2)}
              >
                {([2, 4] as const).map((s) => (
                  <option key={s} value={s}>
                    {t('exporter.scale', { scale: s, ...pngPixelSize(page, s) })}
                  </option>
                ))}
              </Choice>
            )}
            <label className="field">
              <span>{t('exporter.imageTitle')}</span>
              <input value={title} maxLength={300} onChange={(e) => setTitle(e.target.value)} />
            </label>
            <Choice label={t('exporter.background')} value={background} onChange={setBackground}>
              <option value="light">{t('exporter.light')}</option>
              <option value="dark">{t('exporter.dark')}</option>
              <option value="transparent">{t('exporter.transparent')}</option>
            </Choice>
            <Check label={t('exporter.legend')} checked={legend} onChange={setLegend} />
            <Check label={t('exporter.footer')} checked={footer} onChange={setFooter} />
          </>
        ) : (
          <>
            <p className="muted">{t('exporter.deckViews', { count: viewCount })}</p>
            <Check label={t('exporter.deckGaps')} checked={gaps} onChange={setGaps} />
            <Check
              label={t('exporter.deckSuggestions')}
              checked={suggestions}
              onChange={setSuggestions}
            />
          </>
        )}
        {!data && (footer || !image) && (
          <label className="field">
            <span>{t('exporter.source')}</span>
            <input value={source} maxLength={300} onChange={(e) => setSource(e.target.value)} />
          </label>
        )}
        {busy && (
          <p className="muted" role="status">
            {t('exporter.working')}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>
            {t('exporter.cancel')}
          </button>
          {format === 'png' && (
            <button type="button" className="btn" onClick={() => void copy()} disabled={busy}>
              {t('exporter.copy')}
            </button>
          )}
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {t('exporter.download')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function Choice<T extends string>(props: {
  label: string;
  value: T;
  onChange: (value: T) => void;
  children: React.ReactNode;
}) {
  return (
    <label className="field">
      <span>{props.label}</span>
      <select value={props.value} onChange={(e) => props.onChange(e.target.value as T)}>
        {props.children}
      </select>
    </label>
  );
}

function Check(props: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label className="check">
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      {props.label}
    </label>
  );
}
