/**
 * A table's header row → what each column means: a known field (by the aliases of
 * src/io/csv/columns), a custom field, or nothing (blank, repeated or reserved names, with a
 * warning). Checked once per table, not per row.
 */
import { LIMITS } from '../../schema/limits';
import { actorFieldOf, collaborationFieldOf, customName, type TableKind } from '../csv/columns';
import { isReservedKey } from '../text/cells';
import { fail } from './failure';
import type { ImportProblem, Origin } from './types';

/** What each column of a table means: a known field, a custom field, or nothing. */
export interface Column<F> {
  header: string;
  field?: F;
  custom?: string;
}

/** Longest id or custom field name, as in the saved-map schema. */
export const ID_MAX = 100;

export function planColumns<F extends string>(
  headers: readonly string[],
  kind: TableKind,
  origin: Origin,
  warn: (p: ImportProblem) => void,
): Column<F>[] {
  const fieldOf = (kind === 'actors' ? actorFieldOf : collaborationFieldOf) as (
    h: string,
  ) => F | undefined;
  const seen = new Set<string>();
  let customs = 0;
  return headers.map((header) => {
    const field = fieldOf(header);
    const key = field ?? `custom:${customName(header)}`;
    if (!header.trim()) return { header };
    if (seen.has(key)) {
      warn({ code: 'duplicate-column', ...origin, field: header });
      return { header };
    }
    seen.add(key);
    if (field) return { header, field };
    const name = customName(header);
    if (!name || isReservedKey(name)) {
      warn({ code: 'reserved-name', ...origin, field: header });
      return { header };
    }
    if (name.length > ID_MAX) fail({ code: 'too-long', ...origin, field: header, limit: ID_MAX });
    if (++customs > LIMITS.tags) {
      fail({ code: 'too-many-columns', ...origin, field: header, limit: LIMITS.tags });
    }
    return { header, custom: name };
  });
}
