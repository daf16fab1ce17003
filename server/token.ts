import { z } from 'zod';

/**
 * The WebSocket token a client sends when it opens a shared map (document name = map id):
 * `{"v":1,"secret":"<link secret>"}` as a JSON string. The role comes from the server's record
 * of the secret, never from the token.
 */
const tokenSchema = z.object({
  v: z.literal(1),
  secret: z.string().regex(/^[A-Za-z0-9_-]{22,128}$/),
});

export type JoinToken = z.infer<typeof tokenSchema>;

export function encodeJoinToken(secret: string): string {
  return JSON.stringify({ v: 1, secret } satisfies JoinToken);
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
