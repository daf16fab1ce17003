import { useStore } from 'zustand';
import type { Translate } from '../../i18n';
import { type SyncStatus, syncStore } from '../../state/syncStore';

export function useSync<T>(selector: (s: SyncStatus) => T): T {
  return useStore(syncStore, selector);
}

const KNOWN = new Set([
  'unreachable',
  'access-key-required',
  'wrong-access-key',
  'unknown-map',
  'bad-token',
  'unknown-link',
  'link-revoked',
  'sharing-stopped',
  'update-too-large',
  'document-too-large',
  'rate-limited',
  'too-many-connections',
  'workshop-ended',
  'participant-forbidden',
  'entry-rate-limited',
]);

/** A refusal from the sync server, by its code (server/README.md), in words. */
export function refusalText(t: Translate, code: string | null): string {
  const c = code ?? '';
  return KNOWN.has(c)
    ? t(`share.errors.${c}` as 'share.errors.unreachable')
    : t('share.errors.other', { code: c.slice(0, 60) });
}
