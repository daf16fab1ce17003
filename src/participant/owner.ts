/**
 * The phone's identity in a workshop (server/README.md). Phones on a plain-http page have no
 * `crypto.subtle` and no `crypto.randomUUID` (secure contexts only): there hashing is
 * @noble/hashes, loaded only then, and ids always come from `getRandomValues`, which every
 * context has.
 */

type Random = (bytes: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer>;

const defaultRandom: Random = (bytes) => crypto.getRandomValues(bytes);

export function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** 32 random bytes in base64url (43 characters): picked once per workshop code. */
export function newParticipantId(random: Random = defaultRandom): string {
  return base64url(random(new Uint8Array(32)));
}

/**
 * What the phone's records carry as `addedBy`: SHA-256 of its id, base64url without padding,
 * as the server's `ownerOf` computes it. The id itself never enters the map, so a room-mate who
 * reads the map cannot pose as this phone.
 */
export async function ownerOf(participantId: string): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle) {
    try {
      const digest = await subtle.digest('SHA-256', new TextEncoder().encode(participantId));
      return base64url(new Uint8Array(digest));
    } catch {
      // Some browsers have the object but refuse outside a secure context: hash it here.
    }
  }
  return ownerWithoutSubtle(participantId);
}

/** The same hash by @noble/hashes, for pages without Web Crypto's subtle. */
export async function ownerWithoutSubtle(participantId: string): Promise<string> {
  const { sha256 } = await import('@noble/hashes/sha2.js');
  return base64url(sha256(new TextEncoder().encode(participantId)));
}

/** A random (version 4) UUID for a new record. */
export function randomId(random: Random = defaultRandom): string {
  const b = random(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
