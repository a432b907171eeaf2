// Why this meeting: the objective and the customer benefit, each judged live, and the fallback.
// When the objective is refused as a courtesy call (or one of the three non-reasons), the way
// out is offered right under it: customers with open business and no meeting planned.
import { useTranslation } from 'react-i18next';
import { isCourtesyCall, judgeObjective } from '../../../../shared/checklist/objective';
import type { Review } from '../../../../shared/contract';
import type { MeetingFields } from '../../../../shared/domain/fields';
import { TextField } from '../../components/common/TextField';
import { CourtesyWayOut } from './CourtesyWayOut';
import { VerdictField } from './VerdictField';

type TextKey = 'objective' | 'benefit' | 'fallback';

interface ObjectiveSectionProps {
  customerId: string;
  fields: Partial<MeetingFields>;
  review: Review;
  setText(key: TextKey, value: string | undefined): void;
  onBlur(): void;
}

export function ObjectiveSection({ customerId, fields, review, setText, onBlur }: ObjectiveSectionProps) {
  const { t } = useTranslation();
  const item = (id: string) => review.items.find((candidate) => candidate.id === id);
  const change = (key: TextKey) => (value: string) => setText(key, value === '' ? undefined : value);
  const objective = fields.objective ?? '';
  const courtesy = objective.trim() !== '' && isCourtesyCall(judgeObjective(objective));
  return (
    <section className="card why-card" aria-labelledby="why-title">
      <h2 id="why-title" className="section-title">
        {t('editor.why.title')}
      </h2>
      <div className="stack">
        <VerdictField
          label={t('fields.objective')}
          hint={t('meeting.objectiveHint')}
          value={objective}
          placeholder={t('editor.why.objectivePlaceholder')}
          item={item('objective')}
          okText={t('editor.why.objectiveOk')}
          onChange={change('objective')}
          onBlur={onBlur}
        />
        {courtesy && <CourtesyWayOut customerId={customerId} />}
        <VerdictField
          label={t('fields.benefit')}
          hint={t('meeting.benefitHint')}
          value={fields.benefit ?? ''}
          placeholder={t('editor.why.benefitPlaceholder')}
          item={item('benefit')}
          okText={t('editor.why.benefitOk')}
          onChange={change('benefit')}
          onBlur={onBlur}
        />
        <TextField
          label={t('fields.fallback')}
          multiline
          rows={2}
          value={fields.fallback ?? ''}
          onChange={change('fallback')}
          onBlur={onBlur}
          hint={t('meeting.fallbackHint')}
        />
      </div>
    </section>
  );
}
