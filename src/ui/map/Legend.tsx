import { useState } from 'react';
import { FOCAL_COLOUR, nodeOutline, SECTOR_COLOURS } from '../../render/palette';
import { COLOURS, DASH, LINK_COLOURS, LINK_OPACITY } from '../../render/tokens';
import { useLocale, useTemplate, useView } from '../hooks';

type Dash = 'solid' | 'dashed' | 'dotted' | 'dashdot';

interface LineLook {
  colour: string;
  opacity: number;
  dash: Dash;
}

/** The canvas's link styles (style.ts), drawn from the same tokens. */
const LEGEND_LINES = {
  active: { colour: LINK_COLOURS.active, opacity: LINK_OPACITY.active, dash: 'solid' },
  planned: { colour: LINK_COLOURS.planned, opacity: LINK_OPACITY.active, dash: 'dashed' },
  ended: { colour: LINK_COLOURS.ended, opacity: LINK_OPACITY.ended, dash: 'dashdot' },
  weak: { colour: LINK_COLOURS.weak, opacity: LINK_OPACITY.marked, dash: 'solid' },
  stale: { colour: LINK_COLOURS.stale, opacity: LINK_OPACITY.marked, dash: 'dotted' },
} as const satisfies Record<string, LineLook>;

const LINE_WIDTH = 4;
const DASH_ARRAY: Record<Dash, string | undefined> = {
  solid: undefined,
  dashed: DASH.dashed.join(' '),
  dashdot: DASH.ended.join(' '),
  dotted: `0 ${LINE_WIDTH * 2}`,
};

function LineMark({ look }: { look: LineLook }) {
  return (
    <svg className="legend-mark" width="28" height="8" aria-hidden="true" focusable="false">
      <line
        x1={look.dash === 'dotted' ? 2 : 0}
        y1="4"
        x2="28"
        y2="4"
        stroke={look.colour}
        strokeOpacity={look.opacity}
        strokeWidth={LINE_WIDTH}
        strokeDasharray={DASH_ARRAY[look.dash]}
        strokeLinecap={look.dash === 'dotted' ? 'round' : 'butt'}
      />
    </svg>
  );
}

/** A node as the canvas draws it: fill and its outline; the culture school with its gold ring. */
function NodeMark({ fill, focal = false }: { fill: string; focal?: boolean }) {
  return (
    <svg className="legend-mark" width="18" height="18" aria-hidden="true" focusable="false">
      {focal && (
        <circle cx="9" cy="9" r="7.5" fill="none" stroke={COLOURS.focalRing} strokeWidth="3" />
      )}
      <circle
        cx="9"
        cy="9"
        r={focal ? 5.5 : 6.5}
        fill={fill}
        stroke={nodeOutline(fill)}
        strokeWidth="2"
      />
    </svg>
  );
}

/** A missing type in "Show gaps": a pale dashed ring, as the canvas draws ghosts. */
function GhostMark() {
  return (
    <svg className="legend-mark" width="18" height="18" aria-hidden="true" focusable="false">
      <circle
        cx="9"
        cy="9"
        r="6.5"
        fill="none"
        stroke={COLOURS.muted}
        strokeWidth="2"
        strokeDasharray={DASH.ghostNode.join(' ')}
      />
    </svg>
  );
}

const LINKS = [
  ['active', 'legend.active'],
  ['planned', 'legend.planned'],
  ['ended', 'legend.ended'],
] as const;
const GAP_LINKS = [
  ['weak', 'legend.weak'],
  ['stale', 'legend.stale'],
] as const;

/** Sector colours and link styles; the same entries go into exported images later. */
export function Legend() {
  const { t, locale } = useLocale();
  const template = useTemplate();
  const [open, setOpen] = useState(true);
  const showGaps = useView((s) => s.showGaps);
  const sectors = template.sectors.map((s, i) => ({
    key: s.id,
    colour: SECTOR_COLOURS[i % SECTOR_COLOURS.length] ?? COLOURS.custom,
    label: s.labels[locale],
  }));
  return (
    <section className="legend" aria-label={t('legend.title')}>
      <button
        type="button"
        className="btn-quiet legend-toggle"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {open ? t('legend.hide') : t('legend.show')}
      </button>
      {open && (
        <>
          <h3>{t('legend.sectors')}</h3>
          <ul className="legend-list">
            <li>
              <NodeMark fill={FOCAL_COLOUR} focal />
              {t('legend.focal')}
            </li>
            {sectors.map((s) => (
              <li key={s.key}>
                <NodeMark fill={s.colour} />
                {s.label}
              </li>
            ))}
          </ul>
          <h3>{t('legend.links')}</h3>
          <ul className="legend-list">
            {(showGaps ? [...LINKS, ...GAP_LINKS] : LINKS).map(([look, key]) => (
              <li key={key}>
                <LineMark look={LEGEND_LINES[look]} />
                {t(key)}
              </li>
            ))}
            {showGaps && (
              <li>
                <GhostMark />
                {t('legend.ghost')}
              </li>
            )}
          </ul>
          <p className="muted small">{t('legend.strength')}</p>
        </>
      )}
    </section>
  );
}
