import { describe, expect, it } from 'vitest';
import { normaliseCode as serverNormalise } from '../../server/codes';
import {
  formatCode,
  httpOf,
  normaliseCode,
  parseFragment,
  serverOf,
} from '../../src/participant/fragment';

const DEFAULT = 'ws://127.0.0.1:1234';

describe('workshop codes', () => {
  it('reads a code as the server stores it', () => {
    expect(normaliseCode('K7MQ-2PX4')).toBe('K7MQ2PX4');
    expect(normaliseCode(' k7mq 2px4 ')).toBe('K7MQ2PX4');
    // Crockford's look-alikes are the digits.
    expect(normaliseCode('KOMQ-2PXI')).toBe('K0MQ2PX1');
    expect(normaliseCode('LLLL-0000')).toBe('11110000');
    expect(formatCode('K7MQ2PX4')).toBe('K7MQ-2PX4');
  });

  it('refuses what is not a code', () => {
    for (const bad of ['', 'K7MQ-2PX', 'K7MQ-2PX45', 'K7MQ-2PU4', 'ÆØÅÆ-ØÅÆØ', 'x'.repeat(40)])
      expect(normaliseCode(bad)).toBeNull();
  });

  it('agrees with the server on every code it takes', () => {
    for (const raw of ['K7MQ-2PX4', 'komq2pxi', 'AAAA AAAA', 'K7MQ-2PU4', '12345678', '1234567'])
      expect(normaliseCode(raw)).toBe(serverNormalise(raw) ?? null);
  });
});

describe('the participant link', () => {
  it('a code alone joins on the default server', () => {
    expect(parseFragment('#K7MQ-2PX4', 'http:', DEFAULT)).toEqual({
      code: 'K7MQ2PX4',
      server: DEFAULT,
    });
  });

  it('host:port takes ws on an http page and wss on an https page', () => {
    expect(parseFragment('#K7MQ-2PX4@192.168.1.20:1234', 'http:', DEFAULT)).toEqual({
      code: 'K7MQ2PX4',
      server: 'ws://192.168.1.20:1234',
    });
    expect(parseFragment('#K7MQ-2PX4@sync.example.no', 'https:', DEFAULT)?.server).toBe(
      'wss://sync.example.no',
    );
    expect(parseFragment('#K7MQ-2PX4@[::1]:1234', 'http:', DEFAULT)?.server).toBe(
      'ws://[::1]:1234',
    );
  });

  it('a whole server address is taken as it is', () => {
    expect(parseFragment('#K7MQ-2PX4@ws://10.0.0.5:1234/', 'https:', DEFAULT)?.server).toBe(
      'ws://10.0.0.5:1234',
    );
    expect(parseFragment('#K7MQ2PX4@wss://sync.example.no', 'http:', DEFAULT)?.server).toBe(
      'wss://sync.example.no',
    );
  });

  it('a link whose code is damaged keeps its server and asks for the code', () => {
    expect(parseFragment('#K7MQ@10.0.0.5:1234', 'http:', DEFAULT)).toEqual({
      code: null,
      server: 'ws://10.0.0.5:1234',
    });
  });

  it('no fragment, or a server part that is no address, reads as nothing', () => {
    expect(parseFragment('', 'http:', DEFAULT)).toBeNull();
    expect(parseFragment('#', 'http:', DEFAULT)).toBeNull();
    expect(parseFragment('#K7MQ-2PX4@evil host/x', 'http:', DEFAULT)).toBeNull();
    expect(parseFragment('#K7MQ-2PX4@javascript:alert(1)', 'http:', DEFAULT)).toBeNull();
    expect(parseFragment('#%E0%A4%A', 'http:', DEFAULT)).toBeNull();
    expect(serverOf('http://example.org', 'http:')).toBeNull();
  });

  it('the lookup goes to the server over http(s)', () => {
    expect(httpOf('ws://127.0.0.1:1234')).toBe('http://127.0.0.1:1234');
    expect(httpOf('wss://sync.example.no/')).toBe('https://sync.example.no');
  });
});
