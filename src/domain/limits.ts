/**
 * Caps on untrusted input (docs/architecture.md, rules that protect the data). Each has its own
 * error code so the message can name it.
 */
export const LIMITS = {
  shortText: 300,
  longText: 20_000,
  tags: 50,
  actors: 50_000,
  collaborations: 200_000,
  activities: 200_000,
  views: 200,
} as const;
