import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 bits: far beyond guessing, and short enough for a link (43 characters). */
const SECRET_BYTES = 32;

/** A fresh unguessable secret (link secret, map id or access key), base64url without padding. */
export function generateSecret(bytes = SECRET_BYTES): string {
  return randomBytes(bytes).toString('base64url');
}

/** The only form in which a link secret is ever stored: SHA-256, hex. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/**
 * Constant-time comparison of two secrets through their hashes: equal-length digests make
 * `timingSafeEqual` applicable whatever the inputs' lengths.
 */
export function secretsMatch(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}

/** Constant-time comparison of two hex SHA-256 hashes (false for anything malformed). */
export function hashesMatch(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === 32 && right.length === 32 && timingSafeEqual(left, right);
}
