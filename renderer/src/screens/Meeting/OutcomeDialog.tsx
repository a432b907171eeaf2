// "How did it end?": the outcome (order, advance, continuation, no-sale, each said in plain
// words so an Advance is not confused with a pleasant Continuation) and whether the objective
// was met. Recording it marks the meeting done.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { OBJECTIVE_MET, OUTCOMES, type ObjectiveMet, type Outcome } from '../../../../shared/domain/enums';
import { Dialog } from '../../components/Dialog/Dialog';
import { FormFooter } from '../../components/Dialog/FormFooter';
import type { HowItEnded } from './useStatusChange';

interface OutcomeDialogProps {
  objective: string | undefined;
  initial: Partial<HowItEnded>;
  busy: boolean;
  onSubmit(ended: HowItEnded): void;
  onClose(): void;
}

export function OutcomeDialog({ objective, initial, busy, onSubmit, onClose }: OutcomeDialogProps) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<Outcome | undefined>(initial.outcome);
  const [met, setMet] = useState<ObjectiveMet | undefined>(initial.objectiveMet);
  const [missing, setMissing] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!outcome || !met) {
      setMissing(true);
      return;
    }
    onSubmit({ outcome, objectiveMet: met });
  }

  return (
    <Dialog title={t('editor.outcome.title')} onClose={onClose}>
      <form className="stack outcome-form" onSubmit={submit} noValidate>
        {objective && (
          <p className="outcome-objective">
            <span className="muted">{t('fields.objective')}:</span> {objective}
          </p>
        )}
        <fieldset className="choice-group">
          <legend>{t('editor.outcome.how')}</legend>
          {OUTCOMES.map((value, index) => (
            <label key={value} className={`choice ${outcome === value ? 'choice-chosen' : ''}`}>
              <input
                type="radio"
                name="outcome"
                value={value}
                checked={outcome === value}
                data-autofocus={index === 0 && !outcome ? true : undefined}
                onChange={() => setOutcome(value)}
              />
              <span className="choice-text">
                <span className="choice-title">{t(`outcome.${value}`)}</span>
                <span className="choice-help">{t(`editor.outcome.help.${value}`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <fieldset className="choice-group choice-row">
          <legend>{t('editor.outcome.met')}</legend>
          {OBJECTIVE_MET.map((value) => (
            <label key={value} className={`choice choice-small ${met === value ? 'choice-chosen' : ''}`}>
              <input
                type="radio"
                name="objective-met"
                value={value}
                checked={met === value}
                onChange={() => setMet(value)}
              />
              <span className="choice-title">{t(`editor.outcome.metShort.${value}`)}</span>
            </label>
          ))}
        </fieldset>
        <FormFooter
          submitLabel={t('editor.outcome.save')}
          disabled={busy}
          error={missing ? t('editor.outcome.missing') : undefined}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
