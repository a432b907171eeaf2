// A text area judged as the user types (the objective, the customer benefit): label, the
// question it answers, and the live verdict below, all tied to the field for screen readers.
import { useId } from 'react';
import type { ReviewItem } from '../../../../shared/contract';
import { FieldVerdict } from './FieldVerdict';

interface VerdictFieldProps {
  label: string;
  hint: string;
  value: string;
  placeholder?: string;
  item: ReviewItem | undefined;
  okText: string;
  onChange(value: string): void;
  onBlur(): void;
}

export function VerdictField({
  label,
  hint,
  value,
  placeholder,
  item,
  okText,
  onChange,
  onBlur,
}: VerdictFieldProps) {
  const id = useId();
  const refused = item !== undefined && !item.ok && value.trim() !== '';
  return (
    <div className="field verdict-field">
      <label htmlFor={id}>
        {label}
        <span aria-hidden="true"> *</span>
      </label>
      <p id={`${id}-hint`} className="field-hint">
        {hint}
      </p>
      <textarea
        id={id}
        rows={2}
        value={value}
        placeholder={placeholder}
        required
        aria-invalid={refused ? true : undefined}
        aria-describedby={`${id}-hint ${id}-verdict`}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
      />
      <FieldVerdict id={`${id}-verdict`} item={item} empty={value.trim() === ''} okText={okText} />
    </div>
  );
}
