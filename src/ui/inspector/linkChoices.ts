import { type CollaborationStatus, STATUSES, STRENGTHS, type Strength } from '../../domain/types';
import type { Translate } from '../../i18n';
import type { Option } from './fields';

/** A collaboration's strength and status as select options, for the inspector and the list. */
export const strengthOptions = (t: Translate): Option[] =>
  STRENGTHS.map((s) => ({ value: String(s), label: t(`strength.${s}`) }));

export const statusOptions = (t: Translate): Option[] =>
  STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }));

/** The change a chosen option makes; the select offers only the values above. */
export const strengthPatch = (value: string) => ({ strength: Number(value) as Strength });

export const statusPatch = (value: string) => ({ status: value as CollaborationStatus });
