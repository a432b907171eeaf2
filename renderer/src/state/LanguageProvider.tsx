// Reads the remembered language before the first screen is drawn (so a Vietnamese user never
// sees an English flash), switches it and saves the choice in the app settings.
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Language } from '../../../shared/domain/enums';
import { api } from '../api/client';
import { applyLanguage } from '../i18n/i18n';
import { LanguageContext, type LanguageState } from './LanguageContext';

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setCurrent] = useState<Language>();

  useEffect(() => {
    let live = true;
    api()
      .call('settings.get', {})
      .then(
        (settings) => settings.language,
        // Settings unreadable or the core not there yet: English, and the shell says why.
        (): Language => 'en',
      )
      .then(async (lng) => {
        await applyLanguage(lng);
        if (live) setCurrent(lng);
      });
    return () => {
      live = false;
    };
  }, []);

  const setLanguage = useCallback(async (next: Language) => {
    await applyLanguage(next);
    setCurrent(next);
    await api().call('settings.update', { language: next });
  }, []);

  const value = useMemo<LanguageState | undefined>(
    () => (language ? { language, setLanguage } : undefined),
    [language, setLanguage],
  );
  if (!value) return <div className="splash" aria-busy="true" />;
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}
