import { type PersistStatus, uiStore } from './uiStore';

/** What the browser says about its storage for this site; `null` where it does not say. */
export interface StorageInfo {
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

type StorageApi = Partial<Pick<StorageManager, 'persisted' | 'persist' | 'estimate'>>;

const browserStorage = (): StorageApi | undefined =>
  typeof navigator === 'undefined' ? undefined : navigator.storage;

export async function readStorage(storage = browserStorage()): Promise<StorageInfo> {
  const [persisted, estimate] = await Promise.all([
    storage?.persisted ? storage.persisted().catch(() => null) : null,
    storage?.estimate ? storage.estimate().catch(() => null) : null,
  ]);
  if (persisted) uiStore.setState({ persist: 'granted' });
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

/** Asks the browser not to clear the maps when space runs low, and shows its answer. */
export async function askPersist(storage = browserStorage()): Promise<PersistStatus> {
  let persist: PersistStatus = 'unsupported';
  if (storage?.persist)
    persist = (await storage.persist().catch(() => false)) ? 'granted' : 'denied';
  uiStore.setState({ persist });
  return persist;
}
