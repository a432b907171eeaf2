// The app's one i18next instance: English and Vietnamese resources bundled with the renderer
// (no loading step, so the first screen is never shown untranslated), the current language
// reflected in <html lang>.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/domain/enums';
import en from './en.json';
import vi from './vi.json';

export const resources = { en: { translation: en }, vi: { translation: vi } } as const;

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

export function currentLanguage(): Language {
  return i18next.language === 'vi' ? 'vi' : 'en';
}
