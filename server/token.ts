import { createHash } from 'node:crypto';
import { z } from 'zod';
import { normaliseCode } from './codes';

/**
 * The WebSocket token a client sends when it opens a shared map (document name = map id):
 * `{"v":1,"secret":"<link secret>"}` as a JSON string. The role comes from the server's record
 * of the secret, never from the token. A participant link's token adds `"participant"`: a random
 * id the phone chose once and keeps, which its entries carry as `addedBy`. A workshop code
 * (`K7MQ-2PX4`, server/codes.ts) is a participant secret too.
 */
const tokenSchema = z.object({
  v: z.literal(1),
  secret: z
    .string()
    .refine((s) => /^[A-Za-z0-9_-]{22,128}$/.test(s) || normaliseCode(s) !== undefined),
  participant: z
    .string()
    .regex(/^[A-Za-z0-9_-]{22,64}$/)
    .optional(),
});

export type JoinToken = z.infer<typeof tokenSchema>;

export function encodeJoinToken(secret: string, participant?: string): string {
  return JSON.stringify(
    (participant === undefined
      ? { v: 1, secret }
      : { v: 1, secret, participant }) satisfies JoinToken,
  );
}

/** The token, or undefined when it is not valid JSON of the expected shape. */
export function parseJoinToken(raw: string): JoinToken | undefined {
  if (raw.length > 1024) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const parsed = tokenSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/**
 * What a participant's entries carry as `addedBy`: SHA-256 of its id, base64url. Every phone
 * reads the whole map, so the id itself must not appear in it, or any phone could claim it.
 * The phone computes the same with Web Crypto.
 */
export function ownerOf(participant: string): string {
  return createHash('sha256').update(participant, 'utf8').digest('base64url');
}
