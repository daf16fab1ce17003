import type { GapAnalysis } from '../../analysis/gap';
import type { MapDocument } from '../../domain/types';
import { useLocale } from '../hooks';
import { stakeholderGroups } from './findings';
import { FindingGroups, GapSection } from './GapSection';

/** Mendelow's grid: who to manage closely, keep satisfied or keep informed, and why. */
export function Stakeholders({ analysis, doc }: { analysis: GapAnalysis; doc: MapDocument }) {
  const { t } = useLocale();
  const groups = stakeholderGroups(analysis, doc, t);
  if (groups.length === 0) return null;
  return (
    <GapSection title={t('gap.stakeholders.title')}>
      <p className="muted small">{t('gap.stakeholders.hint')}</p>
      <FindingGroups groups={groups} />
    </GapSection>
  );
}
