/**
 * Which map the map view drew last, for work that should wait until the open map is on screen:
 * the day's automatic version of a 20,000-actor map copies the whole map in one task of about
 * half a second (docs/big-maps.md).
 */
export class DrawnMaps {
  private last: string | null = null;
  private waiting = new Map<string, (() => void)[]>();

  /** The map view has drawn this map: whoever waits for it goes on; waits for others end. */
  drawn(mapId: string): void {
    this.last = mapId;
    const go = this.waiting.get(mapId) ?? [];
    // Another map was drawn instead: the map they waited for is no longer open.
    this.waiting.clear();
    for (const resolve of go) resolve();
  }

  /** Resolves once this map has been drawn; at once when it is the one drawn last. */
  when(mapId: string): Promise<void> {
    if (this.last === mapId) return Promise.resolve();
    return new Promise((resolve) => {
      this.waiting.set(mapId, [...(this.waiting.get(mapId) ?? []), resolve]);
    });
  }
}
