import { z } from 'zod';

/**
 * The envelope of a message from another tab (src/state/tabSync.ts). Only what every version
 * sends is checked here, so that a newer tab is recognised before its payload is read; the
 * change set of a `changes` message is checked by `checkRemoteChange` (./changeSet.ts).
 */
export const tabEnvelopeSchema = z.object({
  tab: z.string().min(1).max(100),
  db: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  schema: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  kind: z.string().min(1).max(40),
});
