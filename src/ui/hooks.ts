import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { Locale, MapDocument, Template } from '../domain/types';
import { localeOf, type Translate } from '../i18n';
import { type DocumentState, documentStore } from '../state/documentStore';
import { type ModeState, modeStore } from '../state/modeStore';
import { templateFor } from '../state/template';
import { type UiState, uiStore } from '../state/uiStore';
import { type ViewState, viewStore } from '../state/viewStore';

export const useDoc = (): MapDocument | null =>
  useStore(documentStore, (s: DocumentState) => s.doc);

export function useUi<T>(selector: (s: UiState) => T): T {
  return useStore(uiStore, selector);
}

export function useView<T>(selector: (s: ViewState) => T): T {
  return useStore(viewStore, selector);
}

export function useMode<T>(selector: (s: ModeState) => T): T {
  return useStore(modeStore, selector);
}

export function useTemplate(): Template {
  const templateId = useStore(documentStore, (s: DocumentState) => s.doc?.map.templateId ?? '');
  return templateFor(templateId);
}

export function useHistory() {
  const canUndo = useStore(documentStore.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(documentStore.temporal, (s) => s.futureStates.length > 0);
  return { canUndo, canRedo };
}

/** The translation function, over the app's message keys, and the current locale. */
export function useLocale(): { t: Translate; locale: Locale } {
  const { t, i18n } = useTranslation();
  const translate = useMemo<Translate>(() => (key, options) => String(t(key, options)), [t]);
  return { t: translate, locale: localeOf(i18n.language) };
}

/** A translate function over plain string keys, for helpers outside React's typed `t`. */
export type Text = (key: string, options?: Record<string, unknown>) => string;

/** `t` as a `Text`: the typed `t` is too deep for generic helpers to take. */
export function usePlainT(): Text {
  const { t } = useTranslation();
  return useMemo<Text>(() => (key, options) => String(t(key, options)), [t]);
}
