// Plans a meeting: title, date (today by default), time, duration (45 minutes by default) and,
// when the notebook answers templates.list, an agenda template.
import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateSummary } from '../../../../shared/contract';
import { api } from '../../api/client';
import { Dialog } from '../../components/Dialog/Dialog';
import { FormFooter } from '../../components/Dialog/FormFooter';
import { DateField } from '../../components/common/DateField';
import { SelectField } from '../../components/common/SelectField';
import { TextField } from '../../components/common/TextField';
import { TimeField } from '../../components/common/TimeField';
import { useApiData } from '../../hooks/useApiData';
import { errorMessage } from '../../i18n/errorMessage';
import { todayIso } from '../../i18n/formatDate';
import { useLanguage } from '../../state/LanguageContext';

const DEFAULT_DURATION = 45;

interface NewMeetingDialogProps {
  customerId: string;
  onClose(): void;
  onCreated(meetingId: string): void;
}

export function NewMeetingDialog({ customerId, onClose, onCreated }: NewMeetingDialogProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const loadTemplates = useCallback(() => api().call('templates.list', { lang: language }), [language]);
  const templates = useApiData(loadTemplates);
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(todayIso());
  const [time, setTime] = useState('');
  const [duration, setDuration] = useState(String(DEFAULT_DURATION));
  const [durationTouched, setDurationTouched] = useState(false);
  const [template, setTemplate] = useState('');
  const [missing, setMissing] = useState<{ title?: boolean; date?: boolean }>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const templateItems: TemplateSummary[] = templates.data?.items ?? [];

  function chooseTemplate(id: string) {
    setTemplate(id);
    const chosen = templateItems.find((item) => item.id === id);
    if (chosen && !durationTouched) setDuration(String(chosen.duration));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = { title: title.trim() === '', date: !/^\d{4}-\d{2}-\d{2}$/.test(date) };
    setMissing(problems);
    if (problems.title || problems.date) return;
    const minutes = Number.parseInt(duration, 10);
    setBusy(true);
    setError(undefined);
    try {
      const created = await api().call('meetings.create', {
        customerId,
        title: title.trim(),
        date,
        time: time || undefined,
        duration: Number.isFinite(minutes) && minutes >= 0 ? minutes : undefined,
        template: template || undefined,
        lang: language,
      });
      onCreated(created.meetingId);
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  }

  return (
    <Dialog title={t('newMeeting.title')} onClose={onClose}>
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label={t('fields.title')}
          value={title}
          onChange={setTitle}
          required
          autoFocus
          placeholder={t('newMeeting.titlePlaceholder')}
          error={missing.title ? t('validation.titleRequired') : undefined}
        />
        <div className="form-row">
          <DateField
            label={t('fields.date')}
            value={date || undefined}
            onChange={(value) => setDate(value ?? '')}
            required
            error={missing.date ? t('validation.dateInvalid') : undefined}
          />
          <TimeField
            label={t('fields.time')}
            value={time || undefined}
            onChange={(value) => setTime(value ?? '')}
          />
          <TextField
            label={t('fields.durationMinutes')}
            type="number"
            min={0}
            max={1440}
            value={duration}
            onChange={(value) => {
              setDuration(value);
              setDurationTouched(true);
            }}
          />
        </div>
        {templateItems.length > 0 && (
          <SelectField
            label={t('newMeeting.template')}
            value={template}
            onChange={chooseTemplate}
            options={[
              { value: '', label: t('newMeeting.noTemplate') },
              ...templateItems.map((item) => ({
                value: item.id,
                label: t('newMeeting.templateOption', { name: item.name, minutes: item.duration }),
              })),
            ]}
          />
        )}
        <FormFooter
          submitLabel={t('newMeeting.create')}
          disabled={busy}
          error={error === undefined ? undefined : errorMessage(t, error)}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
