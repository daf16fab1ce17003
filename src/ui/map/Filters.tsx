import { useState } from 'react';
import { STATUSES } from '../../domain/types';
import {
  activeFilterCount,
  emptyFilters,
  type Filters as FilterState,
  viewStore,
} from '../../state/viewStore';
import { useLocale, useTemplate, useView } from '../hooks';

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/** Sector, status and purpose filters; an empty group means "all". */
export function Filters() {
  const { t, locale } = useLocale();
  const template = useTemplate();
  const filters = useView((s) => s.filters);
  const [open, setOpen] = useState(false);
  const count = activeFilterCount(filters);
  const set = (patch: Partial<FilterState>) =>
    viewStore.setState({ filters: { ...filters, ...patch } });

  const group = <T extends string>(
    legend: string,
    options: { id: T; label: string }[],
    chosen: readonly T[],
    onToggle: (id: T) => void,
  ) => (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.id} className="check">
          <input type="checkbox" checked={chosen.includes(o.id)} onChange={() => onToggle(o.id)} />
          {o.label}
        </label>
      ))}
    </fieldset>
  );

  return (
    <section className="filters" aria-label={t('filters.title')}>
      <button type="button" className="btn" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('filters.open')}
        {count > 0 && <span className="badge"> {t('filters.activeCount', { count })}</span>}
      </button>
      {open && (
        <div className="filter-panel">
          {group(
            t('filters.sector'),
            template.sectors.map((s) => ({ id: s.id, label: s.labels[locale] })),
            filters.sectors,
            (id) => set({ sectors: toggle(filters.sectors, id) }),
          )}
          {group(
            t('filters.status'),
            STATUSES.map((s) => ({ id: s, label: t(`status.${s}`) })),
            filters.statuses,
            (id) => set({ statuses: toggle(filters.statuses, id) }),
          )}
          {group(
            t('filters.purpose'),
            template.purposes.map((p) => ({ id: p.id, label: p.labels[locale] })),
            filters.purposes,
            (id) => set({ purposes: toggle(filters.purposes, id) }),
          )}
          <button
            type="button"
            className="btn"
            onClick={() => viewStore.setState({ filters: emptyFilters() })}
            disabled={count === 0}
          >
            {t('filters.clear')}
          </button>
        </div>
      )}
    </section>
  );
}
