// A date typed in the UI language's own format (dd/mm/yyyy in Vietnamese), kept in the
// notebook as YYYY-MM-DD. While the text is not a whole date the field says so and reports
// `undefined`, so nothing half-typed is saved.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateInput, parseDateInput } from '../../i18n/parseDateInput';
import { useLanguage } from '../../state/LanguageContext';
import { TextField } from './TextField';

interface DateFieldProps {
  label: string;
  value: string | undefined;
  onChange(iso: string | undefined): void;
  onBlur?(): void;
  required?: boolean;
  error?: string;
}

export function DateField({ label, value, onChange, onBlur, required, error }: DateFieldProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [text, setText] = useState(() => formatDateInput(value, language));
  const [shown, setShown] = useState({ value, language });
  // The value changed from outside (a reload) or the language did: show it in the new form.
  if (shown.value !== value || shown.language !== language) {
    setShown({ value, language });
    if (parseDateInput(text, language) !== value || shown.language !== language) {
      setText(formatDateInput(value, language));
    }
  }
  const bad = text.trim() !== '' && parseDateInput(text, language) === undefined;
  return (
    <TextField
      label={label}
      value={text}
      required={required}
      placeholder={t('dateInput.placeholder')}
      error={bad ? t('dateInput.invalid') : error}
      onChange={(next) => {
        setText(next);
        onChange(parseDateInput(next, language));
      }}
      onBlur={() => {
        const iso = parseDateInput(text, language);
        if (iso) setText(formatDateInput(iso, language));
        onBlur?.();
      }}
    />
  );
}
