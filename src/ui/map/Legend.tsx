import { useState } from 'react';
import { FOCAL_COLOUR, SECTOR_COLOURS } from '../../render/palette';
import { useLocale, useTemplate, useView } from '../hooks';

/** The mark's class and its words: link styles, then what only the gap view draws. */
const LINKS = [
  ['line line-active', 'legend.active'],
  ['line line-planned', 'legend.planned'],
  ['line line-ended', 'legend.ended'],
] as const;
const GAP_MARKS = [
  ['line line-weak', 'legend.weak'],
  ['line line-stale', 'legend.stale'],
  ['swatch swatch-ghost', 'legend.ghost'],
] as const;

/** Sector colours and link styles; the same entries go into exported images later. */
export function Legend() {
  const { t, locale } = useLocale();
  const template = useTemplate();
  const [open, setOpen] = useState(true);
  const showGaps = useView((s) => s.showGaps);
  const swatches = [
    {
      key: 'focal',
      className: 'swatch swatch-focal',
      colour: FOCAL_COLOUR,
      label: t('legend.focal'),
    },
    ...template.sectors.map((s, i) => ({
      key: s.id,
      className: 'swatch',
      colour: SECTOR_COLOURS[i % SECTOR_COLOURS.length],
      label: s.labels[locale],
    })),
  ];
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
            {swatches.map((w) => (
              <li key={w.key}>
                <span className={w.className} style={{ background: w.colour }} aria-hidden="true" />
                {w.label}
              </li>
            ))}
          </ul>
          <h3>{t('legend.links')}</h3>
          <ul className="legend-list">
            {(showGaps ? [...LINKS, ...GAP_MARKS] : LINKS).map(([mark, key]) => (
              <li key={key}>
                <span className={mark} aria-hidden="true" />
                {t(key)}
              </li>
            ))}
          </ul>
          <p className="muted small">{t('legend.strength')}</p>
        </>
      )}
    </section>
  );
}
