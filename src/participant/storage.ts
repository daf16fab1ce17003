/**
 * What the phone keeps in localStorage: the workshop it joined (so a reload rejoins), its
 * participant id per code (so it can still take back its entries), its nickname, and the ids of
 * entries not yet acknowledged by the server (so "waiting" survives a reload).
 */
export interface Joined {
  code: string;
  server: string;
  /** The map the code led to, once looked up: lets a reload offline open the queued entries. */
  mapId?: string;
}

const JOINED = 'samspill.participant.joined';
const NAME = 'samspill.participant.name';
const idKey = (code: string) => `samspill.participant.id.${code}`;
const pendingKey = (code: string) => `samspill.participant.pending.${code}`;

function get(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function set(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Storage full or blocked: it holds for this visit.
  }
}

export function readJoined(): Joined | null {
  try {
    const value = JSON.parse(get(JOINED) ?? 'null') as Partial<Joined> | null;
    if (!value || typeof value.code !== 'string' || typeof value.server !== 'string') return null;
    return {
      code: value.code,
      server: value.server,
      ...(typeof value.mapId === 'string' ? { mapId: value.mapId } : {}),
    };
  } catch {
    return null;
  }
}

export const writeJoined = (joined: Joined | null) =>
  set(JOINED, joined ? JSON.stringify(joined) : null);

export const readNickname = (): string => get(NAME) ?? '';
export const writeNickname = (name: string) => set(NAME, name || null);

/** The participant id for a code: made once, then kept. */
export function participantIdFor(code: string, make: () => string): string {
  const stored = get(idKey(code));
  if (stored && /^[A-Za-z0-9_-]{22,64}$/.test(stored)) return stored;
  const id = make();
  set(idKey(code), id);
  return id;
}

export function readPending(code: string): string[] {
  try {
    const value: unknown = JSON.parse(get(pendingKey(code)) ?? '[]');
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

export const writePending = (code: string, ids: Iterable<string>) => {
  const list = [...ids];
  set(pendingKey(code), list.length ? JSON.stringify(list) : null);
};
