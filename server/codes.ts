import { randomBytes } from 'node:crypto';
import { hashSecret } from './secrets';

/**
 * Workshop codes (issue 17): 8 characters of Crockford base32, 40 random bits, shown to people
 * as `XXXX-XXXX`. A code is a participant secret a room can type; the lookup's rate limit, not
 * its length, is what keeps it from being guessed.
 */
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 8;

/** Raw secrets are 22+ characters, so nothing this short is mistaken for one. */
const MAX_RAW_CODE = 16;

export function generateCode(): string {
  const bytes = randomBytes(5);
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  let code = '';
  for (let i = CODE_LENGTH - 1; i >= 0; i--) {
    code += CODE_ALPHABET[Number((bits >> BigInt(i * 5)) & 31n)];
  }
  return code;
}

/**
 * The code as stored (hashed): upper case without `-` and spaces. Crockford's look-alikes
 * (`O` → 0, `I`/`L` → 1) are read as the digits, since issued codes never hold those letters.
 * Undefined when the text is not a code.
 */
export function normaliseCode(raw: string): string | undefined {
  if (raw.length > MAX_RAW_CODE) return undefined;
  const code = raw.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (code.length !== CODE_LENGTH) return undefined;
  for (const char of code) if (!CODE_ALPHABET.includes(char)) return undefined;
  return code;
}

/** What a token's secret is stored as: a code's hash is that of its normalised form. */
export function hashOfSecret(secret: string): string {
  return hashSecret(normaliseCode(secret) ?? secret);
}
