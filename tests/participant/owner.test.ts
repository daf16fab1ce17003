import { describe, expect, it } from 'vitest';
import { ownerOf as serverOwnerOf } from '../../server/token';
import {
  base64url,
  newParticipantId,
  ownerOf,
  ownerWithoutSubtle,
  randomId,
} from '../../src/participant/owner';

describe("the phone's id and owner value", () => {
  it('an id is 43 characters of base64url, a fresh one each time', () => {
    const a = newParticipantId();
    const b = newParticipantId();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
  });

  it('its owner value is the server’s, by Web Crypto and without it', async () => {
    for (const id of [
      newParticipantId(),
      'alice-participant-id-0000001',
      'æøå-ÆØÅ-participant-id-01',
    ]) {
      const expected = serverOwnerOf(id);
      expect(await ownerOf(id)).toBe(expected);
      expect(await ownerWithoutSubtle(id)).toBe(expected);
      expect(expected).toMatch(/^[A-Za-z0-9_-]{43}$/);
    }
  });

  it('the owner of one id is not the owner of another', async () => {
    expect(await ownerOf('a'.repeat(43))).not.toBe(await ownerOf(`${'a'.repeat(42)}b`));
  });

  it('base64url has no padding and no + or /', () => {
    expect(base64url(new Uint8Array([251, 255, 191]))).toBe('-_-_');
    expect(base64url(new Uint8Array([1]))).toBe('AQ');
  });

  it('record ids are version 4 UUIDs from getRandomValues', () => {
    const zeros = randomId((b) => b.fill(0));
    expect(zeros).toBe('00000000-0000-4000-8000-000000000000');
    const ids = new Set(Array.from({ length: 100 }, () => randomId()));
    expect(ids.size).toBe(100);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
