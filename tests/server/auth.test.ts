import {
  authorizeJoin,
  decideJoin,
  issueLinks,
  type LinkRecord,
  type LinkStore,
} from '../../server/auth';
import { Refusal } from '../../server/refusals';
import { generateSecret, hashesMatch, hashSecret, secretsMatch } from '../../server/secrets';
import { encodeJoinToken, parseJoinToken } from '../../server/token';

describe('secrets', () => {
  it('are base64url, at least 128 bits, and never repeat', () => {
    const secrets = Array.from({ length: 200 }, () => generateSecret());
    for (const secret of secrets) {
      expect(secret).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(Buffer.from(secret, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    }
    expect(new Set(secrets).size).toBe(secrets.length);
  });

  it('are stored as a SHA-256 hex digest that does not contain the secret', () => {
    const secret = generateSecret();
    const hash = hashSecret(secret);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(hashSecret(secret));
    expect(hash).not.toContain(secret);
    expect(hashSecret(`${secret}x`)).not.toBe(hash);
  });

  it('compare in constant time, whatever the lengths', () => {
    expect(secretsMatch('same-key', 'same-key')).toBe(true);
    expect(secretsMatch('same-key', 'same-kex')).toBe(false);
    expect(secretsMatch('short', 'a much longer key than that')).toBe(false);
    const hash = hashSecret('a');
    expect(hashesMatch(hash, hash)).toBe(true);
    expect(hashesMatch(hash, hashSecret('b'))).toBe(false);
    expect(hashesMatch(hash, 'not hex')).toBe(false);
  });
});

describe('join token', () => {
  it('round-trips a link secret', () => {
    const secret = generateSecret();
    expect(parseJoinToken(encodeJoinToken(secret))).toEqual({ v: 1, secret });
  });

  it.each([
    ['not JSON', 'secret'],
    ['a JSON string', '"abc"'],
    ['no version', JSON.stringify({ secret: generateSecret() })],
    ['another version', JSON.stringify({ v: 2, secret: generateSecret() })],
    ['a too short secret', JSON.stringify({ v: 1, secret: 'abc' })],
    ['characters outside base64url', JSON.stringify({ v: 1, secret: `${generateSecret()}/+` })],
    ['an oversized token', JSON.stringify({ v: 1, secret: 'a'.repeat(2000) })],
  ])('refuses %s', (_what, raw) => {
    expect(parseJoinToken(raw)).toBeUndefined();
  });
});

function record(overrides: Partial<LinkRecord> = {}): LinkRecord {
  return {
    hash: hashSecret('s'),
    mapId: 'map-1',
    role: 'edit',
    revoked: false,
    mapStopped: false,
    ...overrides,
  };
}

describe('decideJoin', () => {
  const hash = hashSecret('s');

  it('admits a live link with its stored role', () => {
    expect(decideJoin(hash, record(), 'map-1')).toEqual({ ok: true, role: 'edit', linkHash: hash });
    expect(decideJoin(hash, record({ role: 'view' }), 'map-1')).toMatchObject({ role: 'view' });
  });

  it('treats a missing record and a secret of another map alike', () => {
    expect(decideJoin(hash, undefined, 'map-1')).toEqual({
      ok: false,
      reason: Refusal.unknownLink,
    });
    expect(decideJoin(hash, record(), 'map-2')).toEqual({ ok: false, reason: Refusal.unknownLink });
  });

  it('names revoked links and stopped maps', () => {
    expect(decideJoin(hash, record({ revoked: true }), 'map-1')).toEqual({
      ok: false,
      reason: Refusal.linkRevoked,
    });
    expect(decideJoin(hash, record({ revoked: true, mapStopped: true }), 'map-1')).toEqual({
      ok: false,
      reason: Refusal.sharingStopped,
    });
  });
});

describe('issueLinks and authorizeJoin', () => {
  function memoryStore(): Pick<LinkStore, 'findLink'> & { records: Map<string, LinkRecord> } {
    const records = new Map<string, LinkRecord>();
    return { records, findLink: async (hash) => records.get(hash) };
  }

  it('stores only the hashes of the secrets it hands out', () => {
    const { issued, stored } = issueLinks('map-1');
    expect(issued.editSecret).not.toBe(issued.viewSecret);
    expect(stored).toEqual([
      { hash: hashSecret(issued.editSecret), role: 'edit' },
      { hash: hashSecret(issued.viewSecret), role: 'view' },
    ]);
    expect(JSON.stringify(stored)).not.toContain(issued.editSecret);
    expect(JSON.stringify(stored)).not.toContain(issued.viewSecret);
  });

  it('maps a token to the role of its secret, and refuses the rest with a reason', async () => {
    const store = memoryStore();
    const { issued, stored } = issueLinks('map-1');
    for (const link of stored) {
      store.records.set(link.hash, record({ hash: link.hash, role: link.role }));
    }
    await expect(
      authorizeJoin(encodeJoinToken(issued.viewSecret), 'map-1', store),
    ).resolves.toMatchObject({ ok: true, role: 'view' });
    await expect(
      authorizeJoin(encodeJoinToken(issued.editSecret), 'map-1', store),
    ).resolves.toMatchObject({ ok: true, role: 'edit' });
    await expect(authorizeJoin(encodeJoinToken(generateSecret()), 'map-1', store)).resolves.toEqual(
      { ok: false, reason: Refusal.unknownLink },
    );
    await expect(authorizeJoin('{}', 'map-1', store)).resolves.toEqual({
      ok: false,
      reason: Refusal.badToken,
    });
  });
});
