import { useState } from 'react';
import { FOCAL_COLOUR, SECTOR_COLOURS } from '../../render/palette';
import { useLocale, useTemplate, useView } from '../hooks';

/** Sector colours and link styles; the same entries go into exported images later. */
export function Legend() {
  const { t, locale } = useLocale();
  const template = useTemplate();
  const [open, setOpen] = useState(true);
  const showGaps = useView((s) => s.showGaps);
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
              <span
                className="swatch swatch-focal"
                style={{ background: FOCAL_COLOUR }}
                aria-hidden="true"
              />
              {t('legend.focal')}
            </li>
            {template.sectors.map((s, i) => (
              <li key={s.id}>
                <span
                  className="swatch"
                  style={{ background: SECTOR_COLOURS[i % SECTOR_COLOURS.length] }}
                  aria-hidden="true"
                />
                {s.labels[locale]}
              </li>
            ))}
          </ul>
          <h3>{t('legend.links')}</h3>
          <ul className="legend-list">
            <li>
              <span className="line line-active" aria-hidden="true" />
              {t('legend.active')}
            </li>
            <li>
              <span className="line line-planned" aria-hidden="true" />
              {t('legend.planned')}
            </li>
            <li>
              <span className="line line-ended" aria-hidden="true" />
              {t('legend.ended')}
            </li>
            {showGaps && (
              <>
                <li>
                  <span className="line line-weak" aria-hidden="true" />
                  {t('legend.weak')}
                </li>
                <li>
                  <span className="line line-stale" aria-hidden="true" />
                  {t('legend.stale')}
                </li>
                <li>
                  <span className="swatch swatch-ghost" aria-hidden="true" />
                  {t('legend.ghost')}
                </li>
              </>
            )}
          </ul>
          <p className="muted small">{t('legend.strength')}</p>
        </>
      )}
    </section>
  );
}
