import { createStore } from 'zustand/vanilla';
import type { Locale, PartnerMap } from '../domain/types';
import { documentStore } from './documentStore';

export interface Toast {
  id: number;
  message: string;
  undo?: () => void;
  undoLabel?: string;
  /**
   * The top of the undo history when the toast came: an Undo toast lasts while it is unchanged,
   * so its button never undoes a newer action than the one it names.
   */
  mark?: unknown;
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
  /** The keyboard help is open. */
  help: boolean;
  /** "?" opens the help outside text fields; off for speech input users (WCAG 2.1.4). */
  singleKeys: boolean;
}

export const uiStore = createStore<UiState>()(() => ({
  locale: 'nb',
  toast: null,
  save: { status: 'idle', error: null },
  persist: 'unknown',
  maps: [],
  help: false,
  singleKeys: true,
}));

let toasts = 0;

/** The newest message; `Toast` queues them (src/ui/common/Toast.tsx). */
export function showToast(toast: Omit<Toast, 'id' | 'mark'>): void {
  const mark = toast.undo ? undoMark() : undefined;
  uiStore.setState({ toast: { ...toast, id: ++toasts, mark } });
}

export const undoMark = (): unknown => documentStore.temporal.getState().pastStates.at(-1);
