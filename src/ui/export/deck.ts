/** The PowerPoint deck of a map: a title, one slide per view, the gap analysis and suggestions. */
import type { GapAnalysis } from '../../analysis/gap';
import { sectorLabel } from '../../domain/template';
import type { Locale, MapDocument, Template } from '../../domain/types';
import { orderedViews } from '../../domain/viewCommands';
import { formatDate, type Translate } from '../../i18n';
import type { DeckInput, DeckView } from '../../io/pptx/types';
import { pngPixelSize } from '../../render/export/raster';
import type { Measure } from '../../render/nodeGeometry';
import { pastPoints, type SavedVersion, scoreHistoryOf } from '../analysis/history';
import { planText } from '../analysis/nowItems';
import { suggestionDetail, suggestionTitle } from '../analysis/suggestionText';
import { analysisOf } from '../analysis/useGapAnalysis';
import { typeName } from '../labels';
import type { LiveMap } from '../map/MapViewContext';
import { deckHistory, deckNow } from './deckAnalysis';
import { blobToDataUrl, renderPicture } from './pictures';
import {
  layoutPicture,
  legendFor,
  liveSource,
  type MapSource,
  previewScene,
  type Text,
  viewSource,
} from './scenes';

export interface DeckOptions {
  source: string;
  gaps: boolean;
  suggestions: boolean;
  today: string;
  /** The map's saved versions, for the change-over-time slide (with the gap slides). */
  versions?: readonly SavedVersion[];
  /** The map on the canvas now: the cover, and the force layout's places of every view. */
  live: LiveMap | null;
}

/**
 * Each slide's picture: 1920×1080, legend inside, no title (the slide has its own), laid out for
 * the slide's map area. The notes list every actor shown, and say which names the slide had no
 * room to write.
 */
async function slideView(
  title: string,
  source: MapSource,
  ctx: { template: Template; locale: Locale; t: Text; measure: Measure },
): Promise<DeckView> {
  const { t, locale, template, measure } = ctx;
  const legend = {
    heading: t('legend.title'),
    entries: legendFor(previewScene(source, measure), template, locale, t),
  };
  const options = {
    page: '16:9' as const,
    scale: 2 as const,
    background: 'light' as const,
    title: '',
    legend,
    footer: null,
    lang: locale,
  };
  const picture = await layoutPicture(source, options, measure);
  const blob = await renderPicture('png', picture, options, measure);
  const names = picture.scene.nodes.filter((n) => !n.ghost).map((n) => n.label);
  names.sort((a, b) => a.localeCompare(b, locale));
  const notes = [t('deck.actorsShown', { count: names.length, names: names.join(', ') })];
  if (picture.unlabelled.length) {
    notes.push(
      t('deck.unlabelled', {
        count: picture.unlabelled.length,
        names: picture.unlabelled.join(', '),
      }),
    );
  }
  return {
    title,
    image: { data: await blobToDataUrl(blob), ...pngPixelSize('16:9', 2) },
    notes: notes.join('\n\n'),
  };
}

/** The change over time, when the map has a saved version to compare with. */
function historySlide(
  versions: readonly SavedVersion[],
  analysis: GapAnalysis,
  template: Template,
  locale: Locale,
  t: Translate,
) {
  const history = scoreHistoryOf(
    pastPoints(versions, template, analysis.today),
    analysis,
    template,
  );
  return history.points.length > 1 ? deckHistory(history, template, locale, t) : null;
}

export async function deckInput(
  doc: MapDocument,
  template: Template,
  locale: Locale,
  t: Text,
  measure: Measure,
  o: DeckOptions,
): Promise<DeckInput> {
  const ctx = { template, locale, t, measure };
  const whole = liveSource(o.live, 'whole');
  const network = o.live?.view.networkPositions() ?? new Map();
  const cover = whole ? (await slideView(doc.map.name, whole, ctx)).image : null;
  const views: DeckView[] = [];
  for (const view of orderedViews(doc)) {
    views.push(
      await slideView(
        view.name,
        await viewSource(doc, template, view, locale, t, measure, network),
        ctx,
      ),
    );
  }
  if (views.length === 0 && whole) views.push(await slideView(t('deck.wholeMap'), whole, ctx));
  const analysis = o.gaps || o.suggestions ? analysisOf(doc, template) : null;
  const percent = (share: number) => Math.round(share * 100);
  const gapTypes =
    analysis?.types.filter(
      (x) => x.status !== 'covered' && x.expectation !== 'optional' && !x.notRelevant,
    ) ?? [];
  const plans = doc.map.planLinks.length > 0;
  const tr = t as Translate;
  return {
    lang: locale,
    title: doc.map.name,
    subtitle: t('deck.subtitle'),
    date: formatDate(o.today, locale),
    source: o.source,
    author: '',
    cover,
    views,
    gap:
      o.gaps && analysis
        ? {
            title: t('deck.gapTitle'),
            score: t('deck.score', {
              score: percent(analysis.score),
              covered: Math.round(analysis.weightCovered),
              total: Math.round(analysis.weightTotal),
            }),
            chartTitle: t('deck.chartTitle'),
            chart: {
              seriesName: t('deck.series'),
              labels: analysis.sectorScores.map(
                (s) => sectorLabel(template, s.sectorId, locale) ?? s.sectorId,
              ),
              values: analysis.sectorScores.map((s) => percent(s.score)),
            },
            table: {
              header: [
                t('deck.colSector'),
                t('deck.colType'),
                t('deck.colStatus'),
                ...(plans ? [t('deck.colPlan')] : []),
              ],
              rows: gapTypes.map((x) => [
                sectorLabel(template, x.sectorId, locale) ?? x.sectorId,
                typeName(template, x.typeId, locale, x.typeId),
                t(`gap.status.${x.status}` as 'gap.status.missing'),
                ...(plans ? [planText(doc, x.typeId, tr) ?? ''] : []),
              ]),
            },
            // The deck writer knows how many rows it cut: it fills in the placeholder kept here.
            moreRows: t('deck.moreRows', { count: '{{count}}' }),
          }
        : null,
    now: o.gaps && analysis ? deckNow(analysis, doc, template, locale, tr) : null,
    history:
      o.gaps && analysis ? historySlide(o.versions ?? [], analysis, template, locale, tr) : null,
    suggestions:
      o.suggestions && analysis
        ? {
            title: t('deck.suggestionsTitle'),
            items: analysis.suggestions.map((s) => ({
              text: suggestionTitle(s, doc, template, locale, t as Translate),
              detail: suggestionDetail(s, doc, template, locale, t as Translate),
            })),
            empty: t('deck.noSuggestions'),
            moreItems: t('deck.moreRows', { count: '{{count}}' }),
          }
        : null,
  };
}
