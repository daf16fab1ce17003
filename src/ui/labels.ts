import { sectorLabel, typeLabel } from '../domain/template';
import { CUSTOM_SECTOR, type Locale, type Template } from '../domain/types';

/** Display names for template ids, falling back to "Other" for custom or unknown ids. */
export function sectorName(template: Template, sectorId: string, locale: Locale, other: string) {
  return sectorLabel(template, sectorId, locale) ?? other;
}

export function typeName(template: Template, typeId: string, locale: Locale, other: string) {
  return typeLabel(template, typeId, locale) ?? other;
}

/** Sector choices for a select: the template's sectors, then the focal sector and "Other". */
export function sectorOptions(template: Template, locale: Locale, other: string) {
  return [
    ...template.sectors.map((s) => ({ id: s.id, label: s.labels[locale] })),
    { id: template.focal.sectorId, label: template.focal.sectorLabels[locale] },
    { id: CUSTOM_SECTOR, label: other },
  ];
}

/** Type choices within a sector. */
export function typeOptions(template: Template, sectorId: string, locale: Locale, other: string) {
  if (sectorId === template.focal.sectorId) {
    return [{ id: template.focal.typeId, label: template.focal.labels[locale] }];
  }
  const sector = template.sectors.find((s) => s.id === sectorId);
  return [
    ...(sector?.types.map((t) => ({ id: t.id, label: t.labels[locale] })) ?? []),
    { id: 'custom', label: other },
  ];
}
