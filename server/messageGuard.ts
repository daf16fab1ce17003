import type { Connection } from '@hocuspocus/server';
import type * as Y from 'yjs';
import { decideJoin, type LinkStore, type Role } from './auth';
import type { SyncServerOptions } from './config';
import { contentUpdateOf, type DocumentBudget, EntryRates, MessageRate } from './limits';
import { checkParticipantUpdate } from './participantRights';
import {
  ACCESS_CLOSE_CODE,
  LIMIT_CLOSE_CODE,
  Refusal,
  type RefusalReason,
  SyncRefusal,
  TOO_MANY_CODE,
} from './refusals';
import { dropShadow } from './shadowDocs';

/** What a connection carries after `onAuthenticate`. */
export interface SyncContext {
  role: Role;
  linkHash: string;
  /** The participant id from the token (role `participant` only). */
  participant?: string;
  /** `ownerOf(participant)`: the `addedBy` of its entries. */
  owner?: string;
}

/** Tells the client why (Hocuspocus close message), then closes its socket with the same reason. */
export function disconnect(connection: Connection, code: number, reason: RefusalReason): void {
  connection.close({ code, reason });
  setImmediate(() => connection.webSocket.close(code, reason));
}

type GuardOptions = Pick<
  SyncServerOptions,
  | 'maxUpdateBytes'
  | 'maxMessagesPerSecond'
  | 'messageBurst'
  | 'linkRecheckMs'
  | 'participantEntriesPerMinute'
>;

export interface GuardedMessage {
  connection: Connection;
  documentName: string;
  document: Y.Doc;
  update: Uint8Array;
  context: SyncContext;
}

/**
 * Every message of an authenticated connection passes here before Hocuspocus applies it: rate,
 * link still valid, update size, document size. A breach disconnects with a reason and nothing
 * of the message is applied.
 */
export class MessageGuard {
  private closing = false;
  private readonly checkedAt = new WeakMap<Connection, number>();
  private readonly tails = new WeakMap<Connection, Promise<void>>();
  private readonly rates = new WeakMap<Connection, MessageRate>();
  // Once refused, a connection's messages still queued are refused too.
  private readonly refused = new WeakMap<Connection, { reason: RefusalReason; code: number }>();
  private readonly entries: EntryRates;

  constructor(
    private readonly options: GuardOptions,
    private readonly budget: DocumentBudget,
    private readonly links: () => Pick<LinkStore, 'findLink'> | undefined,
  ) {
    this.entries = new EntryRates(options.participantEntriesPerMinute);
  }

  /** No more link re-checks against a database about to close. */
  close(): void {
    this.closing = true;
  }

  /** A link re-check waits for SQLite: each connection's messages are chained so none overtakes. */
  check(message: GuardedMessage): Promise<void> {
    const previous = this.tails.get(message.connection) ?? Promise.resolve();
    const current = previous.catch(() => undefined).then(() => this.checkNow(message));
    this.tails.set(message.connection, current);
    return current;
  }

  private async checkNow({
    connection,
    documentName,
    document,
    update,
    context,
  }: GuardedMessage): Promise<void> {
    const refusedWith = this.refused.get(connection);
    if (refusedWith) throw new SyncRefusal(refusedWith.reason, refusedWith.code);
    const refuse = (reason: RefusalReason, code: number): never => {
      this.refused.set(connection, { reason, code });
      disconnect(connection, code, reason);
      throw new SyncRefusal(reason, code);
    };
    if (!this.rateOf(connection).take()) refuse(Refusal.rateLimited, TOO_MANY_CODE);
    const linkRefusal = await this.recheckLink(connection, documentName, context);
    if (linkRefusal) refuse(linkRefusal, ACCESS_CLOSE_CODE);
    if (update.byteLength > this.options.maxUpdateBytes) {
      refuse(Refusal.updateTooLarge, LIMIT_CLOSE_CODE);
    }
    if (connection.readOnly) return;
    const content = contentUpdateOf(update);
    if (content && context.role === 'participant') {
      // Hocuspocus applies a message in microtasks after its hook resolves, and the next message
      // of this connection builds on it: wait one macrotask so the check sees it applied.
      await new Promise((resolve) => setImmediate(resolve));
      // No await after this: what is checked is what the update is applied to.
      const verdict = checkParticipantUpdate(document, content, context.owner ?? '');
      if (!verdict.ok) refuse(Refusal.participantForbidden, ACCESS_CLOSE_CODE);
      else if (!this.entries.take(documentName, context.participant ?? '', verdict.entries)) {
        // The check tried it on the document's shadow, which must not keep what is refused.
        dropShadow(document);
        refuse(Refusal.entryRateLimited, TOO_MANY_CODE);
      }
    }
    if (content && !this.budget.admit(documentName, document, content)) {
      dropShadow(document);
      refuse(Refusal.documentTooLarge, LIMIT_CLOSE_CODE);
    }
  }

  private rateOf(connection: Connection): MessageRate {
    let rate = this.rates.get(connection);
    if (!rate) {
      rate = new MessageRate(this.options.maxMessagesPerSecond, this.options.messageBurst);
      this.rates.set(connection, rate);
    }
    return rate;
  }

  /** Another instance may have revoked the link since this connection authenticated. */
  private async recheckLink(
    connection: Connection,
    documentName: string,
    context: SyncContext,
  ): Promise<RefusalReason | undefined> {
    const now = Date.now();
    const checked = this.checkedAt.get(connection);
    // The first message comes right after onAuthenticate checked the link.
    if (checked === undefined) {
      this.checkedAt.set(connection, now);
      return undefined;
    }
    const store = this.links();
    if (now - checked < this.options.linkRecheckMs || !store || this.closing) return undefined;
    this.checkedAt.set(connection, now);
    const record = await store.findLink(context.linkHash);
    const decision = decideJoin(context.linkHash, record, documentName);
    return decision.ok ? undefined : decision.reason;
  }
}
