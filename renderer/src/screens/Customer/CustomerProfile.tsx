// The customer's profile fields, edited in place (autosaved by the page).
import { useTranslation } from 'react-i18next';
import type { CustomerKind } from '../../../../shared/domain/enums';
import type { CustomerFields } from '../../../../shared/domain/fields';
import { SelectField } from '../../components/common/SelectField';
import { TagsField } from '../../components/common/TagsField';
import { TextField } from '../../components/common/TextField';

interface CustomerProfileProps {
  fields: Partial<CustomerFields>;
  setField<K extends keyof CustomerFields>(key: K, value: CustomerFields[K] | undefined): void;
  onBlur(): void;
  nameMissing: boolean;
}

export function CustomerProfile({ fields, setField, onBlur, nameMissing }: CustomerProfileProps) {
  const { t } = useTranslation();
  const text = (key: 'industry' | 'location') => (value: string) =>
    setField(key, value === '' ? undefined : value);
  return (
    <div className="form-grid">
      <TextField
        className="span-2"
        label={t('fields.name')}
        value={fields.name ?? ''}
        onChange={(value) => setField('name', value)}
        onBlur={onBlur}
        required
        error={nameMissing ? t('validation.nameRequired') : undefined}
      />
      <SelectField<CustomerKind>
        label={t('fields.kind')}
        value={fields.kind ?? 'customer'}
        onChange={(value) => setField('kind', value)}
        onBlur={onBlur}
        options={[
          { value: 'customer', label: t('kind.customer') },
          { value: 'prospect', label: t('kind.prospect') },
        ]}
      />
      <TextField
        label={t('fields.industry')}
        value={fields.industry ?? ''}
        onChange={text('industry')}
        onBlur={onBlur}
      />
      <TextField
        label={t('fields.location')}
        value={fields.location ?? ''}
        onChange={text('location')}
        onBlur={onBlur}
      />
      <TagsField
        className="span-2"
        label={t('fields.tags')}
        value={fields.tags ?? []}
        onChange={(tags) => setField('tags', tags.length > 0 ? tags : undefined)}
        onBlur={onBlur}
        hint={t('customer.tagsHint')}
      />
    </div>
  );
}
