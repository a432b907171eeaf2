// After the meeting: how it ended (or the prompt to record it), and a quick way to write down
// an action item, added as a Markdown task to the notes' "Action items" section, where the next
// preparation for this customer will find it.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingFields } from '../../../../shared/domain/fields';
import { OutcomeBadge } from '../../components/common/Badge';

interface AfterMeetingProps {
  fields: Partial<MeetingFields>;
  done: boolean;
  onRecordOutcome(): void;
  onAddAction(text: string): void;
}

export function AfterMeeting({ fields, done, onRecordOutcome, onAddAction }: AfterMeetingProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (text.trim() === '') return;
    onAddAction(text.trim());
    setText('');
  }

  return (
    <section className="card after-card" aria-labelledby="after-title" data-testid="after-meeting">
      <h2 id="after-title" className="section-title">
        {t('editor.after.title')}
      </h2>
      {done && fields.outcome ? (
        <div className="after-outcome">
          <span className="after-label">{t('editor.after.outcome')}</span>
          <OutcomeBadge outcome={fields.outcome} />
          {fields.objectiveMet && (
            <span className={`met met-${fields.objectiveMet}`}>
              {t('editor.after.met', { met: t(`editor.outcome.metShort.${fields.objectiveMet}`) })}
            </span>
          )}
          <button type="button" className="link-button" onClick={onRecordOutcome}>
            {t('editor.after.change')}
          </button>
        </div>
      ) : (
        <div className="after-prompt">
          <p>{t('editor.after.prompt')}</p>
          <button type="button" className="button button-primary" onClick={onRecordOutcome}>
            {t('editor.outcome.record')}
          </button>
        </div>
      )}
      <form className="after-action" onSubmit={submit}>
        <label htmlFor={id}>{t('editor.after.newAction')}</label>
        <div className="after-action-row">
          <input
            id={id}
            value={text}
            placeholder={t('editor.after.newActionPlaceholder')}
            onChange={(event) => setText(event.target.value)}
          />
          <button type="submit" className="button" disabled={text.trim() === ''}>
            {t('editor.after.addAction')}
          </button>
        </div>
        <p className="field-hint">{t('editor.after.notesHint')}</p>
      </form>
    </section>
  );
}
