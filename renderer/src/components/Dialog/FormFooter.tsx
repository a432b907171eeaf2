// The bottom of a dialog's form: the error notice (if any), then the submit button and Cancel.
// The dialogs that create or save something all end the same way; this keeps them alike.
import { useTranslation } from 'react-i18next';

interface FormFooterProps {
  /** The submit button's text ("Create", "Save"…). */
  submitLabel: string;
  /** The submit button is disabled (while saving, or while the form cannot be sent). */
  disabled?: boolean;
  /** The message to show above the buttons, already translated; none when undefined. */
  error?: string;
  onCancel(): void;
}

export function FormFooter({ submitLabel, disabled, error, onCancel }: FormFooterProps) {
  const { t } = useTranslation();
  return (
    <>
      {error !== undefined && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={disabled}>
          {submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </>
  );
}
