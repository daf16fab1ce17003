import { useStore } from 'zustand';
import type { Translate } from '../../i18n';
import { shareNb } from '../../i18n/share.nb';
import { type SyncStatus, syncStore } from '../../state/syncStore';

export function useSync<T>(selector: (s: SyncStatus) => T): T {
  return useStore(syncStore, selector);
}

/** The refusals the server names (server/README.md), read off the messages that word them. */
const KNOWN = new Set(Object.keys(shareNb.share.errors).filter((code) => code !== 'other'));

/** A refusal from the sync server, by its code (server/README.md), in words. */
export function refusalText(t: Translate, code: string | null): string {
  const c = code ?? '';
  return KNOWN.has(c)
    ? t(`share.errors.${c}` as 'share.errors.unreachable')
    : t('share.errors.other', { code: c.slice(0, 60) });
}
