import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LinkStore } from './auth';
import { hashOfSecret, normaliseCode } from './codes';
import { send } from './httpReply';
import { clientAddress, MessageRate } from './limits';

/**
 * `GET /codes/:code` (no Authorization): which map a workshop code opens, so a phone that has
 * only the code knows the document to join.
 * - 200 `{ mapId }`: a live participant code;
 * - 404 `{ error: "unknown-code" }`: no such code (or not a code at all);
 * - 410 `{ error: "workshop-ended" }`: the workshop was ended or the map's sharing stopped;
 * - 429 `{ error: "rate-limited" }`: this address has used up its budget of misses.
 */
const CODE_PATH = /^\/codes\/([^/]{1,64})$/;

/**
 * Only misses (404, 410) cost: a whole room behind one school address may look the same live
 * code up at once, while guessing is nothing but misses. With 40-bit codes, 20 a minute leaves
 * one address centuries from finding a live code among a hundred.
 */
export const LOOKUP_MISSES_PER_MINUTE = 20;

/** Misses per remote address: a token bucket of a minute's budget. */
export class LookupBudget {
  private readonly buckets = new Map<string, MessageRate>();

  constructor(
    private readonly perMinute = LOOKUP_MISSES_PER_MINUTE,
    private readonly now: () => number = Date.now,
  ) {}

  private bucket(address: string): MessageRate {
    let rate = this.buckets.get(address);
    if (!rate) {
      // Bounded memory; clearing forgives everyone at once, which a flood of addresses could
      // force anyway by spreading over them.
      if (this.buckets.size >= 10_000) this.buckets.clear();
      rate = new MessageRate(this.perMinute / 60, this.perMinute, this.now);
      this.buckets.set(address, rate);
    }
    return rate;
  }

  /** True while the address may look a code up. */
  open(address: string): boolean {
    return this.bucket(address).available() >= 1;
  }

  miss(address: string): void {
    this.bucket(address).take();
  }
}

export interface LookupContext {
  store: Pick<LinkStore, 'findLink'>;
  budget: LookupBudget;
  trustProxy: boolean;
}

type Answer = { status: number; body: { mapId: string } | { error: string } };

async function answer(raw: string, store: LookupContext['store']): Promise<Answer> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    decoded = '';
  }
  const code = normaliseCode(decoded);
  const record = code === undefined ? undefined : await store.findLink(hashOfSecret(code));
  if (record?.role !== 'participant') {
    return { status: 404, body: { error: 'unknown-code' } };
  }
  if (record.revoked || record.mapStopped) {
    return { status: 410, body: { error: 'workshop-ended' } };
  }
  return { status: 200, body: { mapId: record.mapId } };
}

/** True when the request was a code lookup and has been answered. */
export async function handleCodeLookup(
  request: IncomingMessage,
  response: ServerResponse,
  context: LookupContext,
): Promise<boolean> {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  const match = CODE_PATH.exec(path);
  if (!match) return false;
  if (request.method === 'OPTIONS') {
    send(response, 204);
    return true;
  }
  if (request.method !== 'GET') {
    send(response, 405, { error: 'method-not-allowed' });
    return true;
  }
  const address = clientAddress(request, context.trustProxy);
  if (!context.budget.open(address)) {
    send(response, 429, { error: 'rate-limited' });
    return true;
  }
  try {
    const { status, body } = await answer(match[1] ?? '', context.store);
    if (status !== 200) context.budget.miss(address);
    send(response, status, body);
  } catch (error) {
    console.error('[samspill] code lookup failed', error);
    send(response, 500, { error: 'server-error' });
  }
  return true;
}
