// The UI language, as the app settings remember it (settings.get / settings.update).
import { createContext, useContext } from 'react';
import type { Language } from '../../../shared/domain/enums';

export interface LanguageState {
  language: Language;
  setLanguage(language: Language): Promise<void>;
}

export const LanguageContext = createContext<LanguageState | undefined>(undefined);

export function useLanguage(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state) throw new Error('useLanguage outside LanguageProvider');
  return state;
}
