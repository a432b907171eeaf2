// One contact: four labelled inputs and a remove button. Empty optional values are left out
// of the file rather than written as empty strings.
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../../shared/domain/fields';
import { TextField } from '../common/TextField';

interface ContactRowProps {
  index: number;
  contact: Contact;
  onChange(contact: Contact): void;
  onRemove(): void;
  onBlur?(): void;
}

type OptionalKey = 'role' | 'email' | 'phone';

export function ContactRow({ index, contact, onChange, onRemove, onBlur }: ContactRowProps) {
  const { t } = useTranslation();

  function set(key: OptionalKey, value: string) {
    const { [key]: _previous, ...rest } = contact;
    onChange(value === '' ? rest : { ...rest, [key]: value });
  }

  return (
    <fieldset className="contact-row">
      <legend className="visually-hidden">{t('contacts.legend', { number: index + 1 })}</legend>
      <TextField
        hideLabel
        label={t('contacts.name')}
        name="contact-name"
        value={contact.name}
        onChange={(name) => onChange({ ...contact, name })}
        onBlur={onBlur}
      />
      <TextField
        hideLabel
        label={t('contacts.role')}
        value={contact.role ?? ''}
        onChange={(v) => set('role', v)}
        onBlur={onBlur}
      />
      <TextField
        hideLabel
        label={t('contacts.email')}
        type="email"
        value={contact.email ?? ''}
        onChange={(v) => set('email', v)}
        onBlur={onBlur}
      />
      <TextField
        hideLabel
        label={t('contacts.phone')}
        type="tel"
        value={contact.phone ?? ''}
        onChange={(v) => set('phone', v)}
        onBlur={onBlur}
      />
      <button
        type="button"
        className="icon-button contact-remove"
        aria-label={t('contacts.remove', {
          name: contact.name || t('contacts.legend', { number: index + 1 }),
        })}
        onClick={onRemove}
      >
        ×
      </button>
    </fieldset>
  );
}
