import { projecting } from '../../state/modeStore';
import { useLocale, useMode, useView } from '../hooks';

/**
 * "14 names hidden for room – zoom in" (docs/legibility.md). At the desk it sits under the
 * legend, beside the map, so showing it never takes room from the map; on a projector, where the
 * legend is gone, in the band the map leaves free at the bottom.
 */
export function HiddenNamesNote({ where }: { where: 'side' | 'corner' }) {
  const { t } = useLocale();
  const count = useView((s) => (s.layoutMode === 'force' ? s.hiddenNames : 0));
  // A big map has no frame: its names come by level of detail (docs/big-maps.md).
  const big = useView((s) => s.bigMap);
  const desk = useMode((s) => !projecting(s));
  if ((count === 0 && !big) || desk !== (where === 'side')) return null;
  return (
    <p className={`map-hidden-note map-hidden-${where}`} aria-live="polite">
      {big ? t('map.bigMapNames') : t('map.hiddenNames', { count })}
    </p>
  );
}
