import { useLocale, useView } from '../hooks';

/** "Drawing the map: 1,200 of 5,000 actors" while a big map comes to the canvas in slices. */
export function MapLoading() {
  const { t, locale } = useLocale();
  const loading = useView((s) => s.mapLoading);
  if (!loading) return null;
  const n = new Intl.NumberFormat(locale);
  const total = n.format(loading.total);
  return (
    <p className="map-loading" role="status">
      {loading.shown === 0
        ? t('map.loadingLayout', { total })
        : t('map.loadingDrawing', { shown: n.format(loading.shown), total })}
    </p>
  );
}
