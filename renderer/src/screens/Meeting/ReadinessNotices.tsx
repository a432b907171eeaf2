// What the editor says about readiness beyond the checklist itself: "ready" was refused (and
// why), a save sent a ready meeting back to draft (and which item broke), or the file claims
// `status: ready` while the rules say it is not (edited by hand; the app leaves it as it is).
import { useTranslation } from 'react-i18next';
import type { ReviewItem } from '../../../../shared/contract';
import { checklistLabel } from '../../components/Checklist/checklistLabel';

function Reasons({ items }: { items: readonly ReviewItem[] }) {
  const { t } = useTranslation();
  return (
    <ul className="reasons">
      {items.map((item) => (
        <li key={item.id}>
          <strong>{checklistLabel(t, item)}</strong>
          {item.reason && <span>: {item.reason}</span>}
          {item.suggestion && <span className="reasons-suggestion"> {item.suggestion}</span>}
        </li>
      ))}
    </ul>
  );
}

/** The notice's title with a × that closes it. */
function DismissableHead({ title, onDismiss }: { title: string; onDismiss(): void }) {
  const { t } = useTranslation();
  return (
    <div className="readiness-head">
      <p className="readiness-title">{title}</p>
      <button type="button" className="icon-button" aria-label={t('common.dismiss')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}

export function NotReadyNotice({ items, onDismiss }: { items: readonly ReviewItem[]; onDismiss(): void }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-error readiness-notice" role="alert" data-testid="not-ready">
      <DismissableHead title={t('editor.status.refused')} onDismiss={onDismiss} />
      {items.length > 0 ? <Reasons items={items} /> : <p>{t('errors.NOT_READY')}</p>}
    </div>
  );
}

export function BackToDraftNotice({ items, onDismiss }: { items: readonly ReviewItem[]; onDismiss(): void }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-warning readiness-notice" role="status" data-testid="back-to-draft">
      <DismissableHead title={t('meeting.backToDraft')} onDismiss={onDismiss} />
      <Reasons items={items} />
    </div>
  );
}

export function FileClaimsReadyNotice({ items }: { items: readonly ReviewItem[] }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-warning readiness-notice" role="status" data-testid="file-claims-ready">
      <p className="readiness-title">{t('editor.status.fileClaimsReady')}</p>
      <Reasons items={items} />
      <p className="readiness-help">{t('editor.status.fileClaimsReadyHelp')}</p>
    </div>
  );
}
