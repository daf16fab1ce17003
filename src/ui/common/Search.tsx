import { type FormEvent, useId, useMemo, useState } from 'react';
import { showToast } from '../../state/uiStore';
import { select } from '../../state/viewStore';
import { useDoc, useLocale } from '../hooks';
import { useMapView } from '../map/MapViewContext';
import { nameSuggestions } from './nameSuggestions';

/** Finds an actor by name (any part of it) and centres the map on it. */
export function Search() {
  const { t } = useLocale();
  const mapView = useMapView();
  const doc = useDoc();
  const [query, setQuery] = useState('');
  const id = useId();
  const actors = doc?.actors;
  const offered = useMemo(
    () => (actors ? nameSuggestions(Object.values(actors), query) : []),
    [actors, query],
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!query.trim()) return;
    const match = offered[0];
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
          {offered.map((a) => (
            <option key={a.id} value={a.name} />
          ))}
        </datalist>
      </form>
    </search>
  );
}
