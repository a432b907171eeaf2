// A labelled text input or textarea (every input has a visible label).
import { useId, type ChangeEvent } from 'react';

interface TextFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  onBlur?(): void;
  type?: 'text' | 'date' | 'time' | 'number' | 'email' | 'tel';
  multiline?: boolean;
  rows?: number;
  required?: boolean;
  placeholder?: string;
  hint?: string;
  error?: string;
  autoFocus?: boolean;
  min?: number;
  max?: number;
  className?: string;
  name?: string;
  /** The label is read out but not shown; the placeholder says what goes in (compact rows). */
  hideLabel?: boolean;
}

export function TextField({
  label,
  value,
  onChange,
  onBlur,
  type = 'text',
  multiline = false,
  rows = 3,
  required,
  placeholder,
  hint,
  error,
  autoFocus,
  min,
  max,
  className,
  name,
  hideLabel = false,
}: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name,
    value,
    onBlur,
    required,
    placeholder: placeholder ?? (hideLabel ? label : undefined),
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
    'data-autofocus': autoFocus ? true : undefined,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(event.target.value),
  };
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {multiline ? (
        <textarea rows={rows} {...common} />
      ) : (
        <input type={type} min={min} max={max} {...common} />
      )}
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
