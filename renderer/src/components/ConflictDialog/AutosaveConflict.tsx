// Connects an editor's autosave to the conflict dialog, and says where "keep both" put the
// user's version.
import { useTranslation } from 'react-i18next';
import type { ConflictChoice, DocState } from '../../autosave/AutosaveController';
import type { FieldMap } from '../../autosave/fieldDiff';
import type { Autosave } from '../../autosave/useAutosave';
import { useToast } from '../Toast/ToastContext';
import { ConflictDialog, type ComparedField } from './ConflictDialog';

interface AutosaveConflictProps<F extends FieldMap, L extends DocState<F>, S extends { version: string }> {
  autosave: Autosave<F, L, S>;
  fields: readonly ComparedField<F>[];
}

export function AutosaveConflict<F extends FieldMap, L extends DocState<F>, S extends { version: string }>({
  autosave,
  fields,
}: AutosaveConflictProps<F, L, S>) {
  const { t } = useTranslation();
  const toast = useToast();
  const { controller, conflict, conflictOpen } = autosave;
  if (!conflict || !conflictOpen) return null;

  async function choose(choice: ConflictChoice) {
    await controller.resolve(choice);
    const after = controller.getSnapshot();
    if (after.conflict) return;
    if (choice === 'both' && after.copyPath) {
      toast.show({ tone: 'success', message: t('conflict.copySaved', { path: after.copyPath }) });
    } else if (choice === 'theirs') {
      toast.show({ message: t('conflict.tookTheirs') });
    } else if (choice === 'mine' && after.status.kind === 'saved') {
      toast.show({ tone: 'success', message: t('conflict.keptMine') });
    }
  }

  return (
    <ConflictDialog
      mine={{ fields: autosave.fields, body: autosave.body }}
      theirs={conflict}
      fields={fields}
      busy={autosave.busy}
      error={autosave.choiceError}
      onChoose={(choice) => void choose(choice)}
      onClose={() => controller.closeConflict()}
    />
  );
}
