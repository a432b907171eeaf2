// The app's one i18next instance: English and Vietnamese resources bundled with the renderer
// (no loading step, so the first screen is never shown untranslated), the current language
// reflected in <html lang>.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/domain/enums';
import en from './en.json';
import editorEn from './features/editor.en.json';
import editorVi from './features/editor.vi.json';
import printEn from './features/print.en.json';
import printVi from './features/print.vi.json';
import searchEn from './features/search.en.json';
import searchVi from './features/search.vi.json';
import vi from './vi.json';

// Each feature keeps its strings in its own pair of files under features/, merged here under
// the feature's name (t('editor.…'), t('print.…'), t('search.…')).
export const messages = {
  en: { ...en, editor: editorEn, print: printEn, search: searchEn },
  vi: { ...vi, editor: editorVi, print: printVi, search: searchVi },
};

export const resources = { en: { translation: messages.en }, vi: { translation: messages.vi } } as const;

export function initI18n(lng: Language = 'en'): typeof i18next {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources,
      lng,
      fallbackLng: 'en',
      // Synchronous init: resources are in the bundle.
      initAsync: false,
      // React escapes text itself; escaping here would double-escape names like "A & B".
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  document.documentElement.lang = i18next.language;
  return i18next;
}

/** Switches the UI language and the document's `lang` (screen readers, hyphenation, fonts). */
export async function applyLanguage(lng: Language): Promise<void> {
  await i18next.changeLanguage(lng);
  document.documentElement.lang = lng;
}
