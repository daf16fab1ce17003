import { type FormEvent, useId, useMemo, useState } from 'react';
import { normalizeName } from '../../domain/names';
import { showToast } from '../../state/uiStore';
import { select } from '../../state/viewStore';
import { useDoc, useLocale } from '../hooks';
import { useMapView } from '../map/MapViewContext';

/** Finds an actor by name (any part of it) and centres the map on it. */
export function Search() {
  const { t } = useLocale();
  const mapView = useMapView();
  const doc = useDoc();
  const [query, setQuery] = useState('');
  const id = useId();
  const names = useMemo(
    () => Object.values(doc?.actors ?? {}).sort((a, b) => a.name.localeCompare(b.name, 'nb')),
    [doc?.actors],
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const key = normalizeName(query);
    if (!key) return;
    const match =
      names.find((a) => normalizeName(a.name) === key) ??
      names.find((a) => normalizeName(a.name).startsWith(key)) ??
      names.find((a) => normalizeName(a.name).includes(key));
    if (match) {
      select({ kind: 'actor', id: match.id });
      mapView.focus([match.id]);
      setQuery('');
    } else {
      showToast({ message: t('search.noMatch', { query }) });
    }
  };

  return (
    <search className="search">
      <form onSubmit={submit}>
        <label className="visually-hidden" htmlFor={id}>
          {t('search.label')}
        </label>
        <input
          id={id}
          type="search"
          list={`${id}-names`}
          value={query}
          placeholder={t('search.placeholder')}
          onChange={(e) => setQuery(e.target.value)}
          autoComplete="off"
        />
        <datalist id={`${id}-names`}>
          {names.map((a) => (
            <option key={a.id} value={a.name} />
          ))}
        </datalist>
      </form>
    </search>
  );
}
