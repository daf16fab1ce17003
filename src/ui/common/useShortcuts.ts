import { useEffect } from 'react';
import { removeItems } from '../../domain/commands';
import { getRecord } from '../../domain/records';
import { documentStore, edit, redo, undo } from '../../state/documentStore';
import { showToast, uiStore } from '../../state/uiStore';
import { type Selection, viewStore } from '../../state/viewStore';
import { useLocale } from '../hooks';

const isField = (el: HTMLElement) =>
  el.isContentEditable ||
  el instanceof HTMLInputElement ||
  el instanceof HTMLTextAreaElement ||
  el instanceof HTMLSelectElement;

/** Text fields keep their own undo, except the quick-add box while it is empty. */
function typingInField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement && target.dataset.quickAdd !== undefined) {
    return target.value !== '';
  }
  return isField(target);
}

/**
 * What Delete acts on (docs/accessibility.md): the map's selection while the map canvas has the
 * focus, or a list row's own record while a button of that row has it. Never from a text field.
 */
function deleteTarget(
  target: EventTarget | null,
): { item: NonNullable<Selection>; row?: HTMLElement } | null {
  if (!(target instanceof HTMLElement) || isField(target)) return null;
  if (target.matches('.map-canvas')) {
    const selection = viewStore.getState().selection;
    return selection ? { item: selection } : null;
  }
  const row = target.closest<HTMLElement>('tr[data-item-kind]');
  const kind = row?.dataset.itemKind;
  const id = row?.dataset.itemId;
  if (!row || !id || (kind !== 'actor' && kind !== 'collaboration')) return null;
  return { item: { kind, id }, row };
}

/** The record rows of a table body: a windowed table has spacer rows between them too. */
const recordRows = (body: HTMLElement | null) =>
  body ? [...body.querySelectorAll<HTMLElement>(':scope > tr[data-item-id]')] : [];

/** After a row went, the focus goes to the row that took its place, so it is not lost. */
function refocusRow(row: HTMLElement): void {
  const body = row.parentElement;
  const index = recordRows(body).indexOf(row);
  requestAnimationFrame(() => {
    if (document.activeElement !== document.body || !body?.isConnected) return;
    const rows = recordRows(body);
    const next = rows[Math.min(index, rows.length - 1)];
    next?.querySelector<HTMLElement>('button')?.focus();
  });
}

const isHelpKey = (e: KeyboardEvent) =>
  e.key === 'F1' ||
  (e.key === '?' &&
    !e.ctrlKey &&
    !e.metaKey &&
    !e.altKey &&
    uiStore.getState().singleKeys &&
    !(e.target instanceof HTMLElement && isField(e.target)));

/**
 * Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y, Delete, and the keyboard help (F1 everywhere; "?" outside text
 * fields, unless single-key shortcuts are off), app-wide.
 */
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
      if (isHelpKey(e)) {
        if (document.querySelector('dialog[open]')) return;
        e.preventDefault();
        uiStore.setState({ help: true });
        return;
      }
      if ((e.key === 'Delete' || e.key === 'Backspace') && !mod && !e.altKey) {
        const found = deleteTarget(e.target);
        const doc = documentStore.getState().doc;
        if (!found || !doc) return;
        e.preventDefault();
        const { item, row } = found;
        const name = item.kind === 'actor' ? getRecord(doc.actors, item.id)?.name : undefined;
        const changed = edit((d, meta) =>
          removeItems(
            d,
            item.kind === 'actor' ? { actorIds: [item.id] } : { collaborationIds: [item.id] },
            meta,
          ),
        );
        if (!changed) return;
        if (viewStore.getState().selection?.id === item.id) {
          viewStore.setState({ selection: null, hoverId: null });
        }
        if (row) refocusRow(row);
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
