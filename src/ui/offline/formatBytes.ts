import type { Locale } from '../../domain/types';
import { intlLocale } from '../../i18n';

const UNITS = [
  ['terabyte', 1e12],
  ['gigabyte', 1e9],
  ['megabyte', 1e6],
  ['kilobyte', 1e3],
] as const;

/** "3,2 MB" in bokmål and nynorsk, "3.2 MB" in English: decimal units, as browsers report quotas. */
export function formatBytes(bytes: number, locale: Locale): string {
  const tag = intlLocale(locale);
  const [unit, size] = UNITS.find(([, s]) => bytes >= s) ?? ['kilobyte', 1e3];
  const value = bytes / size;
  return new Intl.NumberFormat(tag, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}
