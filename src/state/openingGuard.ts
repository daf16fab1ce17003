/**
 * The map being opened: marked before the map is shown and cleared once it has drawn. A map still
 * marked at the next start stopped the app while opening (a render error, a map that never drew,
 * a tab that crashed), so it is not opened by itself again.
 *
 * The mark lives in localStorage, not IndexedDB: it must also be cleared as the page goes away
 * (a reload, a closed tab) after the map has drawn, and only a synchronous write is sure to
 * land then. Without that, reloading while a big map still settles would count as a crash.
 */
export const OPENING_KEY = 'samspill.openingMapId';

/** The "opening" mark of one tab. Off (every call does nothing) without a storage. */
export class OpeningGuard {
  /** The map this tab marked, until it has drawn. */
  private opening: string | null = null;

  constructor(private readonly storage: Storage | null) {}

  get enabled(): boolean {
    return this.storage !== null;
  }

  /** The map that was still opening when the app last stopped, if any. */
  marked(): string | null {
    return this.read();
  }

  /** Before a map is shown; also after a render error, so the next start does not reopen it. */
  mark(id: string): void {
    if (!this.storage) return;
    this.opening = id;
    this.write(id);
  }

  /** The map has drawn. Another tab may have marked a map since: only this tab's mark goes. */
  drawn(id: string): void {
    if (!this.storage || this.opening !== id) return;
    this.opening = null;
    if (this.read() === id) this.write(null);
  }

  private read(): string | null {
    try {
      return this.storage?.getItem(OPENING_KEY) ?? null;
    } catch {
      return null;
    }
  }

  private write(id: string | null): void {
    try {
      if (id === null) this.storage?.removeItem(OPENING_KEY);
      else this.storage?.setItem(OPENING_KEY, id);
    } catch {
      // Storage full or blocked: the guard is a safety net, never a reason to fail an open.
    }
  }
}
