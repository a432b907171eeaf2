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

/** The inputs after the name, in order; the label key is `contacts.<key>`. */
const OPTIONAL_FIELDS: readonly { key: OptionalKey; type: 'text' | 'email' | 'tel' }[] = [
  { key: 'role', type: 'text' },
  { key: 'email', type: 'email' },
  { key: 'phone', type: 'tel' },
];

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
      {OPTIONAL_FIELDS.map(({ key, type }) => (
        <TextField
          key={key}
          hideLabel
          label={t(`contacts.${key}`)}
          type={type}
          value={contact[key] ?? ''}
          onChange={(value) => set(key, value)}
          onBlur={onBlur}
        />
      ))}
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
