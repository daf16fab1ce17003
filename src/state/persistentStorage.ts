import { type PersistStatus, uiStore } from './uiStore';

const storageManager = () => (typeof navigator === 'undefined' ? undefined : navigator.storage);
const setPersist = (persist: PersistStatus) => uiStore.setState({ persist });

/** Whether the browser already keeps this site's data through storage pressure. */
export async function readPersisted(): Promise<void> {
  const storage = storageManager();
  if (!storage?.persisted) return setPersist('unsupported');
  if (await storage.persisted()) setPersist('granted');
}

/**
 * Asks once, at the first edit, when the user has shown the data matters
 * (docs/architecture.md); returns the asker to call from then on.
 */
export function persistOnFirstEdit(): () => Promise<void> {
  let asked = false;
  return async () => {
    if (asked) return;
    asked = true;
    const storage = storageManager();
    if (!storage?.persist) return setPersist('unsupported');
    try {
      setPersist((await storage.persist()) ? 'granted' : 'denied');
    } catch {
      setPersist('denied');
    }
  };
}
