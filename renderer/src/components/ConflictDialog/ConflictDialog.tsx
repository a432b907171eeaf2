// The choice after a save was refused because the file changed on disk (contract.md,
// "Conflicts"): the user's version and the file's side by side, the fields that differ and
// the body, and three ways out. Closing it chooses nothing: the user's text stays in the
// editor, unsaved, until they choose.
import { useTranslation } from 'react-i18next';
import type { ConflictChoice, DocState } from '../../autosave/AutosaveController';
import { changedKeys, type FieldMap } from '../../autosave/fieldDiff';
import { errorMessage } from '../../i18n/errorMessage';
import { Dialog } from '../Dialog/Dialog';
import { BodyDiff } from './BodyDiff';
import { formatFieldValue } from './formatFieldValue';

export interface ComparedField<F extends FieldMap> {
  key: keyof F & string;
  label: string;
}

interface ConflictDialogProps<F extends FieldMap> {
  mine: { fields: Partial<F>; body: string };
  theirs: DocState<F>;
  fields: readonly ComparedField<F>[];
  busy: boolean;
  error: unknown;
  onChoose(choice: ConflictChoice): void;
  onClose(): void;
}

export function ConflictDialog<F extends FieldMap>({
  mine,
  theirs,
  fields,
  busy,
  error,
  onChoose,
  onClose,
}: ConflictDialogProps<F>) {
  const { t } = useTranslation();
  const differing = new Set(
    changedKeys(
      mine.fields,
      theirs.fields,
      fields.map((f) => f.key),
    ),
  );
  const rows = fields.filter((field) => differing.has(field.key));
  const bodyDiffers = mine.body !== theirs.body;

  return (
    <Dialog
      title={t('conflict.title')}
      size="wide"
      onClose={onClose}
      description={<p>{t('conflict.explain')}</p>}
      footer={
        <>
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={() => onChoose('mine')}
            data-autofocus
          >
            {t('conflict.keepMine')}
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => onChoose('theirs')}>
            {t('conflict.takeTheirs')}
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => onChoose('both')}>
            {t('conflict.keepBoth')}
          </button>
        </>
      }
    >
      <ul className="conflict-help">
        <li>
          <strong>{t('conflict.keepMine')}</strong> — {t('conflict.keepMineHelp')}
        </li>
        <li>
          <strong>{t('conflict.takeTheirs')}</strong> — {t('conflict.takeTheirsHelp')}
        </li>
        <li>
          <strong>{t('conflict.keepBoth')}</strong> — {t('conflict.keepBothHelp')}
        </li>
      </ul>
      {error !== undefined && (
        <p className="form-error" role="alert">
          {errorMessage(t, error)}
        </p>
      )}
      {rows.length > 0 && (
        <div className="conflict-grid" role="table" aria-label={t('conflict.compare')}>
          <div className="conflict-row conflict-head" role="row">
            <span role="columnheader">{t('conflict.field')}</span>
            <span role="columnheader">{t('conflict.mine')}</span>
            <span role="columnheader">{t('conflict.theirs')}</span>
          </div>
          {rows.map((field) => (
            <div className="conflict-row" role="row" key={field.key}>
              <span role="rowheader" className="conflict-label">
                {field.label}
              </span>
              <span role="cell" className="conflict-value conflict-mine">
                {formatFieldValue(mine.fields[field.key]) || t('common.empty')}
              </span>
              <span role="cell" className="conflict-value conflict-theirs">
                {formatFieldValue(theirs.fields[field.key]) || t('common.empty')}
              </span>
            </div>
          ))}
        </div>
      )}
      {bodyDiffers && (
        <section className="conflict-body-section">
          <h3>{t('conflict.body')}</h3>
          <BodyDiff mine={mine.body} theirs={theirs.body} />
        </section>
      )}
      {rows.length === 0 && !bodyDiffers && <p className="muted">{t('conflict.hiddenDifferences')}</p>}
    </Dialog>
  );
}
