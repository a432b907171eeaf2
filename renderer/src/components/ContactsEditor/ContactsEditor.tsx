// A customer's contacts as editable rows (name, role, email, phone), added and removed with
// buttons; used by the new-customer form and the customer page.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../../shared/domain/fields';
import { ContactRow } from './ContactRow';

interface ContactsEditorProps {
  contacts: readonly Contact[];
  onChange(contacts: Contact[]): void;
  onBlur?(): void;
}

export function ContactsEditor({ contacts, onChange, onBlur }: ContactsEditorProps) {
  const { t } = useTranslation();
  const list = useRef<HTMLDivElement>(null);

  function update(index: number, contact: Contact) {
    onChange(contacts.map((c, i) => (i === index ? contact : c)));
  }

  function remove(index: number) {
    onChange(contacts.filter((_, i) => i !== index));
    // Keep the keyboard user in the list: focus the "add" button after removing a row.
    requestAnimationFrame(() => list.current?.querySelector<HTMLElement>('.contacts-add')?.focus());
  }

  function add() {
    onChange([...contacts, { name: '' }]);
    requestAnimationFrame(() => {
      const inputs = list.current?.querySelectorAll<HTMLInputElement>(
        '.contact-row input[name="contact-name"]',
      );
      inputs?.[inputs.length - 1]?.focus();
    });
  }

  return (
    <div className="contacts-editor" ref={list}>
      {contacts.length === 0 && <p className="muted">{t('contacts.none')}</p>}
      {contacts.map((contact, index) => (
        <ContactRow
          key={index}
          index={index}
          contact={contact}
          onChange={(next) => update(index, next)}
          onRemove={() => remove(index)}
          onBlur={onBlur}
        />
      ))}
      <button type="button" className="button button-small contacts-add" onClick={add}>
        + {t('contacts.add')}
      </button>
    </div>
  );
}
