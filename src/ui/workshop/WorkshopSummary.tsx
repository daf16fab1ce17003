import { useMemo, useState } from 'react';
import { getRecord } from '../../domain/records';
import { diffSnapshots } from '../../domain/snapshotDiff';
import type { Collaboration, MapDocument } from '../../domain/types';
import { formatDate } from '../../i18n';
import { withComparison } from '../../render/compare';
import { createMeasure } from '../../render/nodeGeometry';
import { analysisOf } from '../analysis/useGapAnalysis';
import { Dialog } from '../common/Dialog';
import { downloadBlob } from '../common/download';
import { todayIso } from '../dates';
import { deckInput } from '../export/deck';
import { blobToDataUrl, fileName } from '../export/pictures';
import { layoutPicture, liveSource, type PictureSource } from '../export/scenes';
import { useDoc, useLocale, useMode, usePlainT, useTemplate } from '../hooks';
import { useMapView } from '../map/MapViewContext';
import { ChangeList } from '../snapshots/ChangeList';
import { roomEntries } from './participation';
import { SUMMARY_MAP, type SummaryContent, summaryPng } from './summarySlide';

const link = (c: Collaboration, a: MapDocument, b: MapDocument) => {
  const name = (id: string) => getRecord(b.actors, id)?.name ?? getRecord(a.actors, id)?.name ?? id;
  return `${name(c.sourceId)} – ${name(c.targetId)}`;
};

/** "End workshop": what the room changed, the coverage before and after, and a slide of it. */
export function WorkshopSummary(props: { onContinue: () => void; onEnd: () => void }) {
  const { t, locale } = useLocale();
  const doc = useDoc();
  const template = useTemplate();
  const workshop = useMode((s) => s.workshop);
  const mapView = useMapView();
  const measure = useMemo(() => createMeasure(), []);
  const text = usePlainT();
  // One download at a time. A failure is said here, in the dialog: toasts never show at the
  // projector.
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const run = async (job: () => Promise<void>) => {
    setBusy(true);
    setFailure(null);
    try {
      await job();
    } catch (error) {
      setFailure(t('workshop.downloadFailed', { reason: (error as Error).message }));
    } finally {
      setBusy(false);
    }
  };
  const scores = useMemo(() => {
    if (!doc || !workshop) return null;
    const percent = (d: MapDocument) => Math.round(analysisOf(d, template).score * 100);
    return { before: percent(workshop.before), after: percent(doc) };
  }, [doc, workshop, template]);
  const room = useMemo(
    () => (doc && workshop ? roomEntries(doc, workshop.before) : null),
    [doc, workshop],
  );
  if (!doc || !workshop || !scores || !room) return null;
  const before = workshop.before;
  const today = todayIso();
  const merged = workshop.merged ?? 0;
  const people = room.participants.map((p) => ({
    owner: p.owner,
    name: p.nickname ?? t('room.participant', { number: p.number }),
    count: p.entries,
  }));
  // Said on the slide too: how many took part, and what the leader merged.
  const roomLines =
    room.entries > 0 || merged > 0
      ? [
          t('workshop.line', {
            label: t('room.fromRoom'),
            names: t('room.summaryLine', {
              entries: room.entries,
              people: people.length,
              list: people.map((p) => t('room.perPerson', p)).join(', '),
            }),
          }),
          ...(merged > 0 ? [t('room.mergedCount', { count: merged })] : []),
        ]
      : [];

  const content = (): SummaryContent => {
    const d = diffSnapshots(before, doc);
    const groups: [string, string[]][] = [
      [t('versions.actorsAdded'), d.actors.added.map((a) => a.name)],
      [t('versions.linksAdded'), d.collaborations.added.map((c) => link(c, before, doc))],
      [t('versions.actorsRemoved'), d.actors.removed.map((a) => a.name)],
      [t('versions.linksRemoved'), d.collaborations.removed.map((c) => link(c, before, doc))],
      [t('versions.actorsChanged'), d.actors.changed.map((c) => c.after.name)],
      [t('versions.linksChanged'), d.collaborations.changed.map((c) => link(c.after, before, doc))],
    ];
    return {
      title: t('workshop.slideTitle', { date: formatDate(today, locale) }),
      before: {
        label: t('workshop.scoreBefore'),
        value: t('workshop.score', { percent: scores.before }),
      },
      after: {
        label: t('workshop.scoreAfter'),
        value: t('workshop.score', { percent: scores.after }),
      },
      // The room's counts first: the picture drops what does not fit, and long name lists come last.
      lines: [
        ...roomLines,
        ...groups
          .filter(([, names]) => names.length)
          .map(([label, names]) =>
            t('workshop.line', { label: `${label} (${names.length})`, names: names.join(', ') }),
          ),
      ],
    };
  };

  /** The map now, laid out beside the text, with what the room added ringed in green. */
  const summaryMap = async (): Promise<PictureSource | null> => {
    const source = liveSource(mapView.live(), 'whole');
    if (!source) return null;
    const compared = withComparison(source.model, before, measure);
    const model = {
      ...compared,
      nodes: compared.nodes.filter((n) => n.change !== 'removed'),
      edges: compared.edges.filter((e) => e.change !== 'removed'),
    };
    const page = {
      page: '16:9' as const,
      background: 'light' as const,
      title: '',
      legend: null,
      footer: null,
      lang: locale,
    };
    return layoutPicture({ ...source, model }, page, measure, SUMMARY_MAP);
  };
  const picture = async () => summaryPng(content(), measure, await summaryMap());

  const png = () =>
    run(async () => downloadBlob(await picture(), fileName(doc.map.name, today, 'png')));
  const deck = () =>
    run(async () => {
      const c = content();
      const image = await blobToDataUrl(await picture());
      const input = await deckInput(doc, template, locale, text, measure, {
        source: t('exporter.sourceDefault'),
        gaps: true,
        suggestions: true,
        today,
        live: mapView.live(),
      });
      input.summary = {
        title: c.title,
        image: { data: image, width: 1920, height: 1080 },
        lines: [
          `${c.before.label}: ${c.before.value}`,
          `${c.after.label}: ${c.after.value}`,
          ...c.lines,
        ],
      };
      const { buildDeck } = await import('../../io/pptx');
      downloadBlob((await buildDeck(input, 'blob')) as Blob, fileName(doc.map.name, today, 'pptx'));
    });

  return (
    <Dialog title={t('workshop.summaryTitle')} onClose={props.onContinue}>
      <div className="ws-summary">
        <dl className="ws-scores">
          <div>
            <dt>{t('workshop.scoreBefore')}</dt>
            <dd>{t('workshop.score', { percent: scores.before })}</dd>
          </div>
          <div>
            <dt>{t('workshop.scoreAfter')}</dt>
            <dd>{t('workshop.score', { percent: scores.after })}</dd>
          </div>
        </dl>
        {(room.entries > 0 || merged > 0) && (
          <section className="ws-room-summary" aria-label={t('room.fromRoom')}>
            <h3>{t('room.fromRoom')}</h3>
            <p>
              {t('room.counter', { count: room.entries, people: people.length })}
              {merged > 0 && ` · ${t('room.mergedCount', { count: merged })}`}
            </p>
            <ul>
              {people.map((p) => (
                <li key={p.owner}>{t('room.perPerson', p)}</li>
              ))}
            </ul>
          </section>
        )}
        <ChangeList before={before} after={doc} />
      </div>
      {failure && (
        <p className="ws-failure" role="alert">
          {failure}
        </p>
      )}
      <div className="dialog-actions ws-summary-actions">
        <button type="button" className="btn" onClick={() => void png()} disabled={busy}>
          {t('workshop.exportPng')}
        </button>
        <button type="button" className="btn" onClick={() => void deck()} disabled={busy}>
          {t('workshop.exportPptx')}
        </button>
        <button type="button" className="btn" onClick={props.onContinue}>
          {t('workshop.keepGoing')}
        </button>
        <button type="button" className="btn btn-primary" onClick={props.onEnd}>
          {t('workshop.close')}
        </button>
      </div>
    </Dialog>
  );
}
