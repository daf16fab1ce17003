import { uiStore } from '../../state/uiStore';

/** A browser-wide choice, like the language: not part of any map. */
const KEY = 'samspill.singleKeyShortcuts';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function loadKeyPrefs(): void {
  if (storage()?.getItem(KEY) === 'off') uiStore.setState({ singleKeys: false });
}

export function setSingleKeys(on: boolean): void {
  uiStore.setState({ singleKeys: on });
  try {
    storage()?.setItem(KEY, on ? 'on' : 'off');
  } catch {
    // Storage full or blocked: the choice holds for this session.
  }
}
