import { createStore } from 'zustand/vanilla';
import type { Locale, PartnerMap } from '../domain/types';

export interface Toast {
  id: number;
  message: string;
  undo?: () => void;
  undoLabel?: string;
}

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error';
export type PersistStatus = 'unknown' | 'granted' | 'denied' | 'unsupported';

/**
 * The session around the open map: the language, the stored maps, whether saving works, and
 * the passing message. What the screen shows is in viewStore, the room it is shown in in
 * modeStore.
 */
export interface UiState {
  locale: Locale;
  toast: Toast | null;
  save: { status: SaveStatus; error: string | null };
  persist: PersistStatus;
  maps: PartnerMap[];
}

export const uiStore = createStore<UiState>()(() => ({
  locale: 'nb',
  toast: null,
  save: { status: 'idle', error: null },
  persist: 'unknown',
  maps: [],
}));

let toasts = 0;

export function showToast(toast: Omit<Toast, 'id'>): void {
  uiStore.setState({ toast: { ...toast, id: ++toasts } });
}
