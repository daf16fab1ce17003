import { useEffect } from 'react';
import { removeItems } from '../../domain/commands';
import { getRecord } from '../../domain/records';
import { documentStore, edit, redo, undo } from '../../state/documentStore';
import { showToast } from '../../state/uiStore';
import { viewStore } from '../../state/viewStore';
import { useLocale } from '../hooks';

/** Text fields keep their own undo, except the quick-add box while it is empty. */
function typingInField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLInputElement && target.dataset.quickAdd !== undefined) {
    return target.value !== '';
  }
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

/** Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y and Delete, app-wide. */
export function useShortcuts(): void {
  const { t } = useLocale();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (mod && (key === 'z' || key === 'y')) {
        if (typingInField(e.target)) return;
        e.preventDefault();
        if (key === 'y' || e.shiftKey) redo();
        else undo();
        return;
      }
      if ((e.key === 'Delete' || e.key === 'Backspace') && !mod && !typingInField(e.target)) {
        const selection = viewStore.getState().selection;
        const doc = documentStore.getState().doc;
        if (!selection || !doc) return;
        e.preventDefault();
        const name =
          selection.kind === 'actor' ? getRecord(doc.actors, selection.id)?.name : undefined;
        const changed = edit((d, meta) =>
          removeItems(
            d,
            selection.kind === 'actor'
              ? { actorIds: [selection.id] }
              : { collaborationIds: [selection.id] },
            meta,
          ),
        );
        if (!changed) return;
        viewStore.setState({ selection: null, hoverId: null });
        showToast({
          message: name ? t('deleted.actor', { name }) : t('deleted.collaboration'),
          undo,
        });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [t]);
}
