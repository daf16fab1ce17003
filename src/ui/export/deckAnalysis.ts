/** The deck's analysis slides of issue 13: what to do now, and the change over time. */
import type { GapAnalysis } from '../../analysis/gap';
import type { Locale, MapDocument, Template } from '../../domain/types';
import type { Translate } from '../../i18n';
import type { DeckHistory, DeckSuggestions } from '../../io/pptx/types';
import { historyStatusKey, pointLabel } from '../analysis/HistoryChart';
import { changedTypes, columnIndices, type ScoreHistory } from '../analysis/history';
import { NOW_MAX, nowItems } from '../analysis/nowItems';
import { typeName } from '../labels';

export function deckNow(
  analysis: GapAnalysis,
  doc: MapDocument,
  template: Template,
  locale: Locale,
  t: Translate,
): DeckSuggestions {
  return {
    title: t('deck.nowTitle'),
    items: nowItems(analysis, doc, template, locale, t, NOW_MAX).map((item) => ({
      text: item.text,
      detail: [item.firstStep, item.nextStep, item.plan].filter(Boolean).join(' · '),
    })),
    empty: t('deck.noActions'),
    moreItems: t('deck.moreRows', { count: '{{count}}' }),
  };
}

/** At most this many version columns beside the type: the first, the last, and evenly between. */
const STATUS_COLUMNS = 4;

export function deckHistory(
  history: ScoreHistory,
  template: Template,
  locale: Locale,
  t: Translate,
): DeckHistory {
  const columns = columnIndices(history.points.length, STATUS_COLUMNS);
  return {
    title: t('deck.historyTitle'),
    chartTitle: t('deck.historyChartTitle'),
    seriesName: t('deck.series'),
    valueAxis: t('gap.history.axisScore'),
    categoryAxis: t('gap.history.axisVersions'),
    labels: history.points.map((p) => pointLabel(p, locale, t)),
    values: history.points.map((p) => Math.round(p.score * 100)),
    table: {
      header: [
        t('deck.colType'),
        ...columns.map((i) => {
          const p = history.points[i];
          return p ? pointLabel(p, locale, t) : '';
        }),
      ],
      rows: changedTypes(history).map((type) => [
        typeName(template, type.typeId, locale, type.typeId),
        ...columns.map((i) =>
          t(`gap.history.status.${historyStatusKey(type.statuses[i] ?? null)}`),
        ),
      ]),
    },
    emptyTable: t('deck.historyNoTypes'),
    moreRows: t('deck.moreRows', { count: '{{count}}' }),
  };
}
