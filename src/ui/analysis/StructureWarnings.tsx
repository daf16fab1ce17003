import type { GapAnalysis } from '../../analysis/gap';
import type { MapDocument } from '../../domain/types';
import { useLocale } from '../hooks';
import { structureGroups } from './findings';
import { FindingGroups, GapSection } from './GapSection';

/** Vulnerable points, no ongoing collaboration, one person carrying the network, stale and stalled links. */
export function StructureWarnings({ analysis, doc }: { analysis: GapAnalysis; doc: MapDocument }) {
  const { t, locale } = useLocale();
  const groups = structureGroups(analysis, doc, locale, t);
  return (
    <GapSection
      title={t('gap.structure.title')}
      empty={groups.length === 0 ? t('gap.structure.none') : null}
    >
      <FindingGroups groups={groups} />
    </GapSection>
  );
}
