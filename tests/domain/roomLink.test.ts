import { describe, expect, it } from 'vitest';
import { formatCode, participantLink, shortForm } from '../../src/domain/roomLink';

const DEFAULT = 'wss://sync.example.no';

describe('participantLink', () => {
  it('is the app’s p/ page with the code when the server is the default', () => {
    const link = participantLink(
      'https://samspill.example.no/?lang=en#x',
      DEFAULT,
      DEFAULT,
      'K7MQ2PX4',
    );
    expect(link).toBe('https://samspill.example.no/p/#K7MQ-2PX4');
    expect(shortForm(link)).toBe('samspill.example.no/p/#K7MQ-2PX4');
  });

  it('keeps the app’s folder and drops a file name', () => {
    expect(participantLink('https://x.no/app/index.html', DEFAULT, DEFAULT, 'AAAABBBB')).toBe(
      'https://x.no/app/p/#AAAA-BBBB',
    );
  });

  it('adds host and port for another server of the page’s own scheme', () => {
    expect(
      participantLink('http://127.0.0.1:4173/', 'ws://127.0.0.1:1234', DEFAULT, 'AAAABBBB'),
    ).toBe('http://127.0.0.1:4173/p/#AAAA-BBBB@127.0.0.1:1234');
    expect(participantLink('https://x.no/', 'wss://other.no/', DEFAULT, 'AAAABBBB')).toBe(
      'https://x.no/p/#AAAA-BBBB@other.no',
    );
  });

  it('writes a server of the other scheme out whole', () => {
    expect(participantLink('https://x.no/', 'ws://10.0.0.5:1234', DEFAULT, 'AAAABBBB')).toBe(
      'https://x.no/p/#AAAA-BBBB@ws://10.0.0.5:1234',
    );
  });

  it('formats only 8-character codes with a dash', () => {
    expect(formatCode('K7MQ2PX4')).toBe('K7MQ-2PX4');
    expect(formatCode('SHORT')).toBe('SHORT');
  });
});
