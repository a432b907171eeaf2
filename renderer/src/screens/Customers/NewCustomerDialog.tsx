// Creates a customer: name, kind, industry, location, tags, contacts.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerKind } from '../../../../shared/domain/enums';
import type { Contact } from '../../../../shared/domain/fields';
import { api } from '../../api/client';
import { ContactsEditor } from '../../components/ContactsEditor/ContactsEditor';
import { Dialog } from '../../components/Dialog/Dialog';
import { FormFooter } from '../../components/Dialog/FormFooter';
import { SelectField } from '../../components/common/SelectField';
import { TagsField } from '../../components/common/TagsField';
import { TextField } from '../../components/common/TextField';
import { errorMessage } from '../../i18n/errorMessage';

interface NewCustomerDialogProps {
  onClose(): void;
  onCreated(id: string, name: string): void;
}

export function NewCustomerDialog({ onClose, onCreated }: NewCustomerDialogProps) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<CustomerKind>('prospect');
  const [industry, setIndustry] = useState('');
  const [location, setLocation] = useState('');
  const [tags, setTags] = useState<string[]>([]);
  const [contacts, setContacts] = useState<Contact[]>([]);
  const [nameMissing, setNameMissing] = useState(false);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === '') {
      setNameMissing(true);
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const created = await api().call('customers.create', {
        name: name.trim(),
        kind,
        industry: industry.trim() || undefined,
        location: location.trim() || undefined,
        tags: tags.length > 0 ? tags : undefined,
        contacts: contacts.filter((c) => c.name.trim() !== '' || c.email || c.phone),
      });
      onCreated(created.id, name.trim());
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  }

  return (
    <Dialog title={t('newCustomer.title')} size="wide" onClose={onClose}>
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        <div className="form-grid">
          <TextField
            label={t('fields.name')}
            value={name}
            onChange={(value) => {
              setName(value);
              if (value.trim()) setNameMissing(false);
            }}
            required
            autoFocus
            error={nameMissing ? t('validation.nameRequired') : undefined}
            placeholder={t('newCustomer.namePlaceholder')}
          />
          <SelectField<CustomerKind>
            label={t('fields.kind')}
            value={kind}
            onChange={setKind}
            options={[
              { value: 'prospect', label: t('kind.prospect') },
              { value: 'customer', label: t('kind.customer') },
            ]}
          />
          <TextField label={t('fields.industry')} value={industry} onChange={setIndustry} />
          <TextField label={t('fields.location')} value={location} onChange={setLocation} />
          <TagsField label={t('fields.tags')} value={tags} onChange={setTags} hint={t('customer.tagsHint')} />
        </div>
        <fieldset className="fieldset">
          <legend>{t('customer.contacts')}</legend>
          <ContactsEditor contacts={contacts} onChange={setContacts} />
        </fieldset>
        <FormFooter
          submitLabel={t('newCustomer.create')}
          disabled={busy}
          error={error === undefined ? undefined : errorMessage(t, error)}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
