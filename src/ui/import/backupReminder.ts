/** When to remind the user to download a backup (docs/architecture.md: the data lives only here). */

export const BACKUP_MAX_AGE_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Remind when someone edited a map since the last backup and that backup is older than 14 days
 * or was never made. A demo nobody edited has no edit on record, so it is never nagged about.
 */
export function needsBackupReminder(
  lastBackupAt: string | undefined,
  lastEditAt: string | undefined,
  now: Date,
): boolean {
  if (!lastEditAt) return false;
  if (!lastBackupAt) return true;
  if (lastEditAt <= lastBackupAt) return false;
  const age = now.getTime() - Date.parse(lastBackupAt);
  return !(age < BACKUP_MAX_AGE_DAYS * DAY_MS);
}
