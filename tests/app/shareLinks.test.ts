import { describe, expect, it } from 'vitest';
import { httpOf, linkFor, parseLink } from '../../src/app/sync/links';

const SHARE = {
  server: 'wss://samspill.example.org',
  doc: 'AbCdEfGhIjKlMnOpQrStUv',
  secret: 'sEcReT_sEcReT-sEcReT_sEcReT',
  role: 'edit' as const,
};

describe('share links', () => {
  it('carry the server, document, secret and role in the fragment, and read back', () => {
    const link = linkFor('https://app.example.org/?lang=en#old', SHARE);
    expect(link.startsWith('https://app.example.org/?lang=en#join&')).toBe(true);
    expect(new URL(link).search).toBe('?lang=en');
    expect(parseLink(new URL(link).hash)).toEqual(SHARE);
  });

  it('refuse a fragment that is not a whole, valid link', () => {
    const hash = new URL(linkFor('https://app/', SHARE)).hash;
    expect(parseLink('#something')).toBeNull();
    expect(parseLink(hash.replace('role=edit', 'role=owner'))).toBeNull();
    expect(parseLink(hash.replace(/server=[^&]+/, 'server=http%3A%2F%2Fevil'))).toBeNull();
    expect(parseLink(hash.replace(/key=[^&]+/, 'key=short'))).toBeNull();
    expect(parseLink(hash.replace(/doc=[^&]+/, 'doc=..%2F..%2Fetc'))).toBeNull();
  });

  it('turn a WebSocket address into the management API address', () => {
    expect(httpOf('wss://sync.example.org/')).toBe('https://sync.example.org');
    expect(httpOf('ws://127.0.0.1:1234')).toBe('http://127.0.0.1:1234');
  });
});
