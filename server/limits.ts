import type { IncomingMessage } from 'node:http';
import { IncomingMessage as HocuspocusMessage, MessageType } from '@hocuspocus/server';
import * as Y from 'yjs';

/** y-protocols sync sub-messages that carry document content (step 1 only carries a vector). */
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/**
 * The Yjs update a client message would apply to the document, or undefined for messages that
 * change no content (awareness, auth, sync step 1, …). Malformed messages return undefined and
 * are left to Hocuspocus, which closes the connection on them.
 */
export function contentUpdateOf(message: Uint8Array): Uint8Array | undefined {
  try {
    const incoming = new HocuspocusMessage(message);
    incoming.readVarString();
    const type = incoming.readVarUint();
    if (type !== MessageType.Sync && type !== MessageType.SyncReply) return undefined;
    const syncType = incoming.readVarUint();
    if (syncType !== SYNC_STEP_2 && syncType !== SYNC_UPDATE) return undefined;
    return incoming.readVarUint8Array();
  } catch {
    return undefined;
  }
}

/**
 * Keeps each loaded document under a byte budget. It tracks an upper bound (the size at load
 * plus every accepted update) and measures exactly, by merging, only when that bound would pass
 * the limit, so ordinary updates cost nothing and a reconnecting client's redundant full state is
 * not mistaken for growth.
 */
export class DocumentBudget {
  private readonly bounds = new Map<string, number>();

  constructor(private readonly maxBytes: number) {}

  track(name: string, doc: Y.Doc): void {
    this.bounds.set(name, Y.encodeStateAsUpdate(doc).byteLength);
  }

  forget(name: string): void {
    this.bounds.delete(name);
  }

  /** True when the update may be applied; the bound then includes it. */
  admit(name: string, doc: Y.Doc, update: Uint8Array): boolean {
    const bound = (this.bounds.get(name) ?? 0) + update.byteLength;
    if (bound <= this.maxBytes) {
      this.bounds.set(name, bound);
      return true;
    }
    const exact = Y.mergeUpdates([Y.encodeStateAsUpdate(doc), update]).byteLength;
    if (exact > this.maxBytes) return false;
    this.bounds.set(name, exact);
    return true;
  }
}

/** The address connections are counted by; behind a trusted proxy, the client it forwards for. */
export function clientAddress(
  request: Pick<IncomingMessage, 'headers' | 'socket'>,
  trustProxy: boolean,
): string {
  if (trustProxy) {
    const forwarded = request.headers['x-forwarded-for'];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
    if (first) return first;
  }
  return request.socket.remoteAddress ?? 'unknown';
}

/** Open WebSockets per remote address, capped. */
export class ConnectionCounter {
  private readonly counts = new Map<string, number>();

  constructor(private readonly maxPerAddress: number) {}

  tryAcquire(address: string): boolean {
    const count = this.counts.get(address) ?? 0;
    if (count >= this.maxPerAddress) return false;
    this.counts.set(address, count + 1);
    return true;
  }

  release(address: string): void {
    const count = this.counts.get(address) ?? 0;
    if (count <= 1) this.counts.delete(address);
    else this.counts.set(address, count - 1);
  }

  count(address: string): number {
    return this.counts.get(address) ?? 0;
  }
}

/**
 * Token bucket per connection: `perSecond` messages on average, bursts up to `burst`. A
 * reconnecting client sends its whole state in one message, so honest bursts stay small.
 */
export class MessageRate {
  private tokens: number;
  private last: number;

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = burst;
    this.last = now();
  }

  /** The tokens there are now, refilled for the time since the last call. */
  available(): number {
    const now = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    return this.tokens;
  }

  /** Takes `count` tokens at once, or none. */
  take(count = 1): boolean {
    if (this.available() < count) return false;
    this.tokens -= count;
    return true;
  }
}

/**
 * Entries per participant and map, over reconnects: `perMinute` on average, as many at once. The
 * id is client-chosen, so a phone that changes it gets a fresh budget but loses its earlier
 * entries; the per-connection message rate and the per-address cap still hold.
 */
export class EntryRates {
  private readonly rates = new Map<string, MessageRate>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  take(mapId: string, participant: string, entries: number): boolean {
    if (entries === 0) return true;
    const key = `${mapId}\0${participant}`;
    let rate = this.rates.get(key);
    if (!rate) {
      // Bounded memory: fresh ids can reset every budget, but each needs a connection (capped).
      if (this.rates.size >= 10_000) this.rates.clear();
      rate = new MessageRate(this.perMinute / 60, this.perMinute, this.now);
      this.rates.set(key, rate);
    }
    return rate.take(entries);
  }
}
