import type { Locale, Template } from '../../domain/types';
import { sectorOptions, typeOptions } from '../labels';

/**
 * The type an actor keeps when its sector changes: its current type if the new sector has it,
 * else "custom" (or the only type of the focal sector, which has no custom type).
 */
export function typeForSector(template: Template, sectorId: string, currentTypeId: string): string {
  const ids = typeOptions(template, sectorId, 'nb', '').map((o) => o.id);
  if (ids.includes(currentTypeId)) return currentTypeId;
  if (ids.includes('custom')) return 'custom';
  return ids[0] ?? 'custom';
}

/** Sector choices, with the actor's own sector kept even when the template does not know it. */
export function sectorChoices(
  template: Template,
  locale: Locale,
  other: string,
  current: string,
): { value: string; label: string }[] {
  const options = sectorOptions(template, locale, other).map((o) => ({
    value: o.id,
    label: o.label,
  }));
  if (!options.some((o) => o.value === current)) options.push({ value: current, label: other });
  return options;
}

/** Type choices of a sector, with the actor's own type kept when the sector does not list it. */
export function typeChoices(
  template: Template,
  sectorId: string,
  locale: Locale,
  other: string,
  current: string,
  currentLabel: string,
): { value: string; label: string }[] {
  const options = typeOptions(template, sectorId, locale, other).map((o) => ({
    value: o.id,
    label: o.label,
  }));
  if (!options.some((o) => o.value === current)) {
    options.push({ value: current, label: currentLabel });
  }
  return options;
}
