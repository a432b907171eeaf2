// "Save this agenda as a template": the meeting's agenda and duration, its objective and
// benefit as the template's examples and the questions of its notes, under a name the user
// gives, in the notebook's templates/ folder (templates.save), for the UI's language.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { agendaTotalMinutes } from '../../../../shared/checklist/agenda';
import type { MeetingFields } from '../../../../shared/domain/fields';
import { api } from '../../api/client';
import { Dialog } from '../../components/Dialog/Dialog';
import { FormFooter } from '../../components/Dialog/FormFooter';
import { TextField } from '../../components/common/TextField';
import { useToast } from '../../components/Toast/ToastContext';
import { errorMessage } from '../../i18n/errorMessage';
import { useLanguage } from '../../state/LanguageContext';
import { questionsOf } from './bodySections';

const DEFAULT_DURATION = 45;

interface SaveTemplateDialogProps {
  fields: Partial<MeetingFields>;
  body: string;
  onClose(): void;
}

export function SaveTemplateDialog({ fields, body, onClose }: SaveTemplateDialogProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const toast = useToast();
  const [name, setName] = useState(fields.title ?? '');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  const agenda = (fields.agenda ?? []).filter((item) => item.title.trim() !== '');
  const questions = questionsOf(body);
  const duration = fields.duration ?? (agendaTotalMinutes(agenda) || DEFAULT_DURATION);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === '') {
      setMissing(true);
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await api().call('templates.save', {
        name: name.trim(),
        lang: language,
        duration,
        agenda,
        exampleObjective: fields.objective,
        exampleBenefit: fields.benefit,
        questions,
      });
      toast.show({ tone: 'success', message: t('editor.template.saved', { name: name.trim() }) });
      onClose();
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  }

  return (
    <Dialog title={t('editor.template.title')} onClose={onClose}>
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        <p className="muted">{t('editor.template.explain')}</p>
        <TextField
          label={t('editor.template.name')}
          value={name}
          onChange={setName}
          required
          autoFocus
          error={missing ? t('validation.nameRequired') : undefined}
        />
        <ul className="template-summary">
          <li>{t('editor.template.agenda', { count: agenda.length, minutes: duration })}</li>
          <li>{t('editor.template.questions', { count: questions.length })}</li>
          <li>{fields.objective ? t('editor.template.withExamples') : t('editor.template.noExamples')}</li>
        </ul>
        <FormFooter
          submitLabel={t('editor.template.save')}
          disabled={busy}
          error={error === undefined ? undefined : errorMessage(t, error)}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
