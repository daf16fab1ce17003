import { useEffect, useState } from 'react';
import type { MapDocument } from '../../domain/types';
import type { ImportResult } from '../../io/import';
import type { ImportChoice, PlanSummary } from '../../io/import/preview';
import type { ImportJob } from '../../state/importStore';

/**
 * The plan for the preview, asked of the import job (its worker) whenever the choice changes;
 * null while it is being worked out. An answer to an older choice is dropped.
 */
export function usePlan(
  job: ImportJob,
  choice: ImportChoice | null,
  target: MapDocument | null,
): ImportResult<PlanSummary> | null {
  const [planned, setPlanned] = useState<ImportResult<PlanSummary> | null>(null);
  const mode = choice?.mode;
  const focalKey = choice?.focalKey ?? null;
  const mapName = choice?.mapName ?? '';
  useEffect(() => {
    setPlanned(null);
    if (!mode) return;
    let current = true;
    job.plan({ mode, focalKey, mapName }, mode === 'merge' ? target : null).then(
      (result) => current && setPlanned(result),
      // The worker failed (or the job was closed as the dialog goes): say so rather than wait.
      (error: unknown) =>
        current &&
        setPlanned({ ok: false, error: { code: 'crash', file: '', value: String(error) } }),
    );
    return () => {
      current = false;
    };
  }, [job, mode, focalKey, mapName, target]);
  return planned;
}
