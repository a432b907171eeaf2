// EN | VI: switches the UI language at once and remembers it in the app settings.
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../../shared/domain/enums';
import { errorMessage } from '../../i18n/errorMessage';
import { useLanguage } from '../../state/LanguageContext';
import { useToast } from '../Toast/ToastContext';

const NAMES: Record<Language, string> = { en: 'English', vi: 'Tiếng Việt' };

export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  const toast = useToast();

  function choose(next: Language) {
    if (next === language) return;
    setLanguage(next).catch((error: unknown) =>
      toast.show({ tone: 'error', message: t('language.notSaved', { reason: errorMessage(t, error) }) }),
    );
  }

  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((lng) => (
        <button
          key={lng}
          type="button"
          lang={lng}
          className="language-option"
          aria-pressed={lng === language}
          title={NAMES[lng]}
          aria-label={NAMES[lng]}
          onClick={() => choose(lng)}
        >
          {lng.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
