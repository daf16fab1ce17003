/** The sync server's address as the Share dialog and the workshop's invitation ask for it. */
const SERVER_KEY = 'samspill.syncServer';

/** The address used last on this device, else the build's default (`VITE_SYNC_URL`). */
export function lastServer(fallback: string): string {
  try {
    return window.localStorage.getItem(SERVER_KEY) || fallback;
  } catch {
    return fallback;
  }
}

export function rememberServer(server: string): void {
  try {
    window.localStorage.setItem(SERVER_KEY, server);
  } catch {
    // Not kept: the default shows next time.
  }
}

export const isServerAddress = (address: string): boolean => /^wss?:\/\/\S+$/.test(address);

/** The refusal code an error from the sharing service carries (server/README.md), or "other". */
export const refusalCode = (e: unknown): string =>
  e && typeof e === 'object' && 'code' in e && typeof e.code === 'string' ? e.code : 'other';
