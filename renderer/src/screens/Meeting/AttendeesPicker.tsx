// Who attends: picked from the customer's contacts in one click ("Name (Role)", as the meeting
// files write them), or typed for anyone else (our own colleagues, a new face).
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../../shared/domain/fields';

interface AttendeesPickerProps {
  attendees: readonly string[];
  contacts: readonly Contact[];
  onChange(attendees: string[]): void;
}

/** A contact as an attendee line: "Nguyễn Thị Lan (Trưởng phòng mua hàng)". */
function attendeeOf(contact: Contact): string {
  const role = contact.role?.trim();
  return role ? `${contact.name.trim()} (${role})` : contact.name.trim();
}

/** True when the attendee line names this contact (with or without the role). */
function names(line: string, contact: Contact): boolean {
  const name = contact.name.trim().normalize('NFC').toLocaleLowerCase('vi');
  const text = line.trim().normalize('NFC').toLocaleLowerCase('vi');
  return name !== '' && (text === name || text.startsWith(`${name} (`));
}

export function AttendeesPicker({ attendees, contacts, onChange }: AttendeesPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [typed, setTyped] = useState('');
  const available = contacts.filter(
    (contact) => contact.name.trim() !== '' && !attendees.some((line) => names(line, contact)),
  );

  function add(line: string) {
    const clean = line.replace(/\s+/g, ' ').trim();
    if (clean === '' || attendees.some((a) => a.toLocaleLowerCase('vi') === clean.toLocaleLowerCase('vi')))
      return;
    onChange([...attendees, clean]);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    add(typed);
    setTyped('');
  }

  return (
    <div className="attendees">
      {attendees.length === 0 ? (
        <p className="muted">{t('editor.attendees.none')}</p>
      ) : (
        <ul className="chips" aria-label={t('meeting.attendees')}>
          {attendees.map((line) => (
            <li key={line} className="chip">
              <span>{line}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={t('editor.attendees.remove', { name: line })}
                onClick={() => onChange(attendees.filter((a) => a !== line))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {available.length > 0 && (
        <div className="attendee-suggestions" role="group" aria-labelledby={`${id}-contacts`}>
          <span id={`${id}-contacts`} className="attendee-suggestions-label">
            {t('editor.attendees.fromContacts')}
          </span>
          {available.map((contact) => (
            <button
              key={attendeeOf(contact)}
              type="button"
              className="chip chip-add"
              onClick={() => add(attendeeOf(contact))}
            >
              + {attendeeOf(contact)}
            </button>
          ))}
        </div>
      )}
      <form className="attendee-form" onSubmit={submit}>
        <label htmlFor={`${id}-other`} className="visually-hidden">
          {t('editor.attendees.other')}
        </label>
        <input
          id={`${id}-other`}
          value={typed}
          placeholder={t('editor.attendees.placeholder')}
          onChange={(event) => setTyped(event.target.value)}
        />
        <button type="submit" className="button button-small" disabled={typed.trim() === ''}>
          {t('editor.attendees.add')}
        </button>
      </form>
    </div>
  );
}
