/** Where commands get ids and timestamps; injected so that tests are repeatable. */
export interface EditMeta {
  now: string;
  newId: () => string;
}

export const newId = (): string => crypto.randomUUID();

export const liveMeta = (): EditMeta => ({ now: new Date().toISOString(), newId });
