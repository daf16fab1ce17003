import { Document, OutgoingMessage } from '@hocuspocus/server';
import * as Y from 'yjs';
import { ConfigError, DEFAULTS, readConfig } from '../../server/config';
import {
  ConnectionCounter,
  clientAddress,
  contentUpdateOf,
  DocumentBudget,
  MessageRate,
} from '../../server/limits';

function docWithText(size: number): Y.Doc {
  const doc = new Y.Doc();
  doc.getMap('actors').set('a', 'x'.repeat(size));
  return doc;
}

describe('contentUpdateOf', () => {
  it('finds the update in sync step 2 and update messages only', () => {
    const update = Y.encodeStateAsUpdate(docWithText(10));
    const updateMessage = new OutgoingMessage('m').createSyncMessage().writeUpdate(update);
    expect(contentUpdateOf(updateMessage.toUint8Array())).toEqual(update);
    const step1 = new OutgoingMessage('m')
      .createSyncMessage()
      .writeFirstSyncStepFor(new Document('m'));
    expect(contentUpdateOf(step1.toUint8Array())).toBeUndefined();
    expect(
      contentUpdateOf(new OutgoingMessage('m').writeStateless('hi').toUint8Array()),
    ).toBeUndefined();
    expect(contentUpdateOf(new Uint8Array([0xff]))).toBeUndefined();
  });
});

describe('DocumentBudget', () => {
  it('admits growth up to the limit and refuses what would pass it', () => {
    const budget = new DocumentBudget(4000);
    const doc = new Y.Doc();
    budget.track('m', doc);
    const small = Y.encodeStateAsUpdate(docWithText(1000));
    expect(budget.admit('m', doc, small)).toBe(true);
    Y.applyUpdate(doc, small);
    const large = Y.encodeStateAsUpdate(docWithText(5000));
    expect(budget.admit('m', doc, large)).toBe(false);
  });

  it('does not count a redundant full state (a reconnecting client) as growth', () => {
    const doc = docWithText(3000);
    const budget = new DocumentBudget(4000);
    budget.track('m', doc);
    // The client's sync step 2 repeats the whole document: the bound passes the limit, the
    // exact merged size does not.
    expect(budget.admit('m', doc, Y.encodeStateAsUpdate(doc))).toBe(true);
  });
});

describe('ConnectionCounter', () => {
  it('caps connections per address and frees a slot on release', () => {
    const counter = new ConnectionCounter(2);
    expect(counter.tryAcquire('a')).toBe(true);
    expect(counter.tryAcquire('a')).toBe(true);
    expect(counter.tryAcquire('a')).toBe(false);
    expect(counter.tryAcquire('b')).toBe(true);
    counter.release('a');
    expect(counter.count('a')).toBe(1);
    expect(counter.tryAcquire('a')).toBe(true);
  });
});

describe('clientAddress', () => {
  const request = (forwarded?: string) =>
    ({
      headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded },
      socket: { remoteAddress: '10.0.0.1' },
    }) as unknown as Parameters<typeof clientAddress>[0];

  it('counts by the socket address unless the proxy is trusted', () => {
    expect(clientAddress(request('203.0.113.7, 10.0.0.1'), false)).toBe('10.0.0.1');
    expect(clientAddress(request('203.0.113.7, 10.0.0.1'), true)).toBe('203.0.113.7');
    expect(clientAddress(request(), true)).toBe('10.0.0.1');
  });
});

describe('MessageRate', () => {
  it('allows a burst, then the sustained rate, and refills with time', () => {
    let now = 0;
    const rate = new MessageRate(2, 3, () => now);
    expect([rate.take(), rate.take(), rate.take(), rate.take()]).toEqual([true, true, true, false]);
    now = 499;
    expect(rate.take()).toBe(false);
    now = 500;
    expect(rate.take()).toBe(true);
    now = 60_000;
    expect([rate.take(), rate.take(), rate.take(), rate.take()]).toEqual([true, true, true, false]);
  });
});

describe('readConfig', () => {
  it('has the defaults of DESIGN.md §11', () => {
    const config = readConfig({});
    expect(config.host).toBe('127.0.0.1');
    expect(config.port).toBe(1234);
    expect(config.dataDir.endsWith('.samspill-server')).toBe(true);
    expect(config.accessKey).toBeUndefined();
    expect(config.maxDocumentBytes).toBe(DEFAULTS.maxDocumentBytes);
    expect(config.maxConnectionsPerAddress).toBe(100);
    expect(config.redisUrl).toBeUndefined();
  });

  it('reads every variable', () => {
    const config = readConfig({
      SAMSPILL_SYNC_HOST: '0.0.0.0',
      SAMSPILL_SYNC_PORT: '9000',
      SAMSPILL_DATA_DIR: '/tmp/x',
      SAMSPILL_ACCESS_KEY: 'k'.repeat(20),
      SAMSPILL_MAX_UPDATE_BYTES: '1000',
      SAMSPILL_MAX_DOCUMENT_BYTES: '2000',
      SAMSPILL_MAX_CONNECTIONS_PER_ADDRESS: '3',
      SAMSPILL_MAX_MESSAGES_PER_SECOND: '7',
      SAMSPILL_MESSAGE_BURST: '70',
      SAMSPILL_TRUST_PROXY: '1',
      SAMSPILL_REDIS_URL: 'redis://127.0.0.1:6379',
    });
    expect(config).toMatchObject({
      host: '0.0.0.0',
      port: 9000,
      dataDir: '/tmp/x',
      accessKey: 'k'.repeat(20),
      maxUpdateBytes: 1000,
      maxDocumentBytes: 2000,
      maxConnectionsPerAddress: 3,
      maxMessagesPerSecond: 7,
      messageBurst: 70,
      trustProxy: true,
      redisUrl: 'redis://127.0.0.1:6379',
    });
  });

  it('names the variable that is wrong', () => {
    expect(() => readConfig({ SAMSPILL_SYNC_PORT: 'abc' })).toThrow(ConfigError);
    expect(() => readConfig({ SAMSPILL_SYNC_PORT: 'abc' })).toThrow(/SAMSPILL_SYNC_PORT/);
    expect(() => readConfig({ SAMSPILL_MAX_UPDATE_BYTES: '0' })).toThrow(
      /SAMSPILL_MAX_UPDATE_BYTES/,
    );
    expect(() => readConfig({ SAMSPILL_ACCESS_KEY: 'short' })).toThrow(/SAMSPILL_ACCESS_KEY/);
  });
});
