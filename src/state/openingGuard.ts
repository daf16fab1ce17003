import type { Repository } from '../persistence/repository';

/**
 * The setting that holds the map being opened: set before the map is shown and cleared once it
 * has drawn. A map still marked at the next start stopped the app while opening (a render error,
 * a map that never finished drawing), so it is not opened by itself again.
 */
export const OPENING_KEY = 'openingMapId';

/** The "opening" mark of one tab. Off (every call does nothing) where no map view reports drawing. */
export class OpeningGuard {
  /** The map this tab marked, until it has drawn. */
  private opening: string | null = null;

  constructor(
    private readonly repo: Repository,
    readonly enabled: boolean,
  ) {}

  /** The map that was still opening when the app last stopped, if any. */
  async marked(): Promise<string | null> {
    if (!this.enabled) return null;
    return (await this.repo.getSetting<string | null>(OPENING_KEY)) ?? null;
  }

  /** Before a map is shown; also after a render error, so the next start does not reopen it. */
  async mark(id: string): Promise<void> {
    if (!this.enabled) return;
    this.opening = id;
    await this.repo.setSetting(OPENING_KEY, id);
  }

  /** The map has drawn. Another tab may have marked a map since: only this tab's mark goes. */
  async drawn(id: string): Promise<void> {
    if (!this.enabled || this.opening !== id) return;
    this.opening = null;
    if ((await this.repo.getSetting<string | null>(OPENING_KEY)) === id) {
      await this.repo.setSetting(OPENING_KEY, null);
    }
  }
}
