// The meeting's details: its title, when and where (why it happens is ObjectiveSection's).
import { useTranslation } from 'react-i18next';
import type { MeetingFields } from '../../../../shared/domain/fields';
import { DateField } from '../../components/common/DateField';
import { TextField } from '../../components/common/TextField';
import { TimeField } from '../../components/common/TimeField';

type Editable = Pick<MeetingFields, 'title' | 'date' | 'time' | 'duration' | 'location'>;

interface MeetingFormProps {
  fields: Partial<MeetingFields>;
  setField<K extends keyof Editable>(key: K, value: Editable[K] | undefined): void;
  onBlur(): void;
  invalid: 'titleRequired' | 'dateInvalid' | undefined;
}

export function MeetingForm({ fields, setField, onBlur, invalid }: MeetingFormProps) {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <div className="form-grid details-grid">
        <TextField
          label={t('fields.title')}
          value={fields.title ?? ''}
          onChange={(value) => setField('title', value)}
          onBlur={onBlur}
          required
          className="span-2"
          error={invalid === 'titleRequired' ? t('validation.titleRequired') : undefined}
        />
        <DateField
          label={t('fields.date')}
          value={fields.date}
          // A half-typed date keeps the last whole one (the field says what is wrong), so the
          // other edits still save.
          onChange={(value) => value && setField('date', value)}
          onBlur={onBlur}
          required
          error={invalid === 'dateInvalid' ? t('validation.dateInvalid') : undefined}
        />
        <TimeField
          label={t('fields.time')}
          value={fields.time}
          onChange={(value) => setField('time', value)}
          onBlur={onBlur}
        />
        <TextField
          label={t('fields.durationMinutes')}
          type="number"
          min={0}
          max={1440}
          value={fields.duration === undefined ? '' : String(fields.duration)}
          onChange={(value) => {
            const minutes = Number.parseInt(value, 10);
            setField(
              'duration',
              Number.isFinite(minutes) && minutes >= 0 && minutes <= 1440 ? minutes : undefined,
            );
          }}
          onBlur={onBlur}
        />
        <TextField
          label={t('fields.location')}
          value={fields.location ?? ''}
          onChange={(value) => setField('location', value === '' ? undefined : value)}
          onBlur={onBlur}
        />
      </div>
    </div>
  );
}
