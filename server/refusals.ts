/**
 * Machine-readable reasons the server gives a client, stable for the app to translate. Auth
 * refusals reach the provider's `onAuthenticationFailed({ reason })`; limit breaches reach its
 * `onClose({ event })` as `event.reason` and close the socket with `LIMIT_CLOSE_CODE`.
 */
export const Refusal = {
  badToken: 'bad-token',
  unknownLink: 'unknown-link',
  linkRevoked: 'link-revoked',
  sharingStopped: 'sharing-stopped',
  tooManyConnections: 'too-many-connections',
  updateTooLarge: 'update-too-large',
  documentTooLarge: 'document-too-large',
  rateLimited: 'rate-limited',
  /** The participant link was ended (`DELETE /maps/:id/participants`) or revoked. */
  workshopEnded: 'workshop-ended',
  /** A participant's update changes what participants may not change; nothing of it applied. */
  participantForbidden: 'participant-forbidden',
  /** A participant added or changed more entries than its per-minute budget allows. */
  entryRateLimited: 'entry-rate-limited',
} as const;

export type RefusalReason = (typeof Refusal)[keyof typeof Refusal];

/** Application close codes (4000–4999 are free for applications in RFC 6455). */
export const ACCESS_CLOSE_CODE = 4403;
export const LIMIT_CLOSE_CODE = 4413;
/** Too many connections from one address, or messages too fast on one connection. */
export const TOO_MANY_CODE = 4429;

/** Thrown from hooks: Hocuspocus forwards `reason` (auth) or `code` and `reason` (messages). */
export class SyncRefusal extends Error {
  readonly reason: RefusalReason;
  readonly code: number;

  constructor(reason: RefusalReason, code = ACCESS_CLOSE_CODE) {
    super(reason);
    this.name = 'SyncRefusal';
    this.reason = reason;
    this.code = code;
  }
}
