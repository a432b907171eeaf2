// A time of day typed freely ("9:30", "14h30"), kept as HH:MM (24-hour, as both languages
// write it here). Empty means no time; a text that is not a time is flagged and not passed on.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseTimeInput } from '../../i18n/parseDateInput';
import { TextField } from './TextField';

interface TimeFieldProps {
  label: string;
  value: string | undefined;
  onChange(time: string | undefined): void;
  onBlur?(): void;
}

export function TimeField({ label, value, onChange, onBlur }: TimeFieldProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(value ?? '');
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    if (parseTimeInput(text) !== value && !(text.trim() === '' && value === undefined)) {
      setText(value ?? '');
    }
  }
  const bad = text.trim() !== '' && parseTimeInput(text) === undefined;
  return (
    <TextField
      label={label}
      value={text}
      placeholder={t('timeInput.placeholder')}
      error={bad ? t('timeInput.invalid') : undefined}
      onChange={(next) => {
        setText(next);
        if (next.trim() === '') onChange(undefined);
        else {
          const time = parseTimeInput(next);
          if (time) onChange(time);
        }
      }}
      onBlur={() => {
        const time = parseTimeInput(text);
        if (time) setText(time);
        onBlur?.();
      }}
    />
  );
}
