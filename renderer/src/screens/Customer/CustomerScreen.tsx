// A customer's page: profile and contacts (autosaved), background notes in Markdown, the
// meetings newest first, a new meeting, and moving the customer to the trash.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerDoc } from '../../../../shared/contract';
import type { CustomerFields } from '../../../../shared/domain/fields';
import { useAutosave } from '../../autosave/useAutosave';
import { AutosaveConflict } from '../../components/ConflictDialog/AutosaveConflict';
import { ContactsEditor } from '../../components/ContactsEditor/ContactsEditor';
import { ConfirmDialog } from '../../components/Dialog/ConfirmDialog';
import { MarkdownEditor } from '../../components/MarkdownEditor/MarkdownEditor';
import { SaveStatus } from '../../components/SaveStatus/SaveStatus';
import { KindBadge } from '../../components/common/Badge';
import { Breadcrumbs } from '../../components/common/Breadcrumbs';
import { ErrorNotice } from '../../components/common/ErrorNotice';
import { HistoryExportMenu } from '../../components/ExportMenu/HistoryExportMenu';
import { FieldProblems } from '../../components/common/FieldProblems';
import { useGlobalKeys, isModKey, isTyping } from '../../hooks/useGlobalKeys';
import { useTrashWithUndo } from '../../hooks/useTrashWithUndo';
import { api } from '../../api/client';
import { navigate, routeHref } from '../../routing/routes';
import { customerAdapter } from './customerAdapter';
import { CustomerProfile } from './CustomerProfile';
import { CustomerMeetings } from './CustomerMeetings';
import { NewMeetingDialog } from './NewMeetingDialog';

export function CustomerScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const [problems, setProblems] = useState<CustomerDoc['problems']>([]);
  const autosave = useAutosave(() => ({
    ...customerAdapter(id),
    onLoaded: (doc: CustomerDoc) => setProblems(doc.problems),
  }));
  const { controller, fields, body, status } = autosave;
  const [planning, setPlanning] = useState(false);
  const name = fields.name ?? id;
  const trash = useTrashWithUndo({
    trash: () => api().call('customers.trash', { id }),
    movedMessage: t('trash.movedCustomer', { name }),
    restoredMessage: t('trash.restoredName', { name }),
    afterTrash: () => navigate({ name: 'customers' }),
    afterRestore: () => navigate({ name: 'customer', id }),
  });
  const flush = () => void controller.flush();
  const setField = <K extends keyof CustomerFields>(key: K, value: CustomerFields[K] | undefined) =>
    controller.setField(key, value);

  useGlobalKeys((event) => {
    const key = event.key.toLowerCase();
    if (
      key === 'm' &&
      (isModKey(event) || (!event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target)))
    ) {
      event.preventDefault();
      setPlanning(true);
    }
  });

  if (status.kind === 'loading') return <p className="page muted">{t('common.loading')}</p>;
  if (status.kind === 'loadFailed' && !autosave.dirty) {
    return (
      <div className="page">
        <Breadcrumbs
          items={[{ label: t('nav.customers'), href: routeHref({ name: 'customers' }) }, { label: id }]}
        />
        <ErrorNotice error={status.error} onRetry={() => void controller.load()} />
      </div>
    );
  }

  return (
    <div className="page">
      <Breadcrumbs
        items={[{ label: t('nav.customers'), href: routeHref({ name: 'customers' }) }, { label: name }]}
      />
      <header className="page-header">
        <div className="page-title">
          <h1>{fields.name || t('customer.unnamed')}</h1>
          <KindBadge kind={fields.kind} />
        </div>
        <div className="page-actions">
          <SaveStatus status={status} onRetry={flush} onResolve={() => controller.openConflict()} />
          <HistoryExportMenu customerId={id} />
          <button
            type="button"
            className="button button-primary"
            onClick={() => setPlanning(true)}
            aria-keyshortcuts="M"
          >
            + {t('customer.newMeeting')}
          </button>
          <button type="button" className="button button-quiet" onClick={trash.ask}>
            {t('customer.trash')}
          </button>
        </div>
      </header>
      <FieldProblems problems={problems} />
      {autosave.copyPath && (
        <p className="notice notice-info">{t('conflict.copySaved', { path: autosave.copyPath })}</p>
      )}
      <div className="customer-layout">
        <div className="customer-side">
          <section className="card" aria-labelledby="profile-title">
            <h2 id="profile-title" className="section-title">
              {t('customer.profile')}
            </h2>
            <CustomerProfile
              fields={fields}
              setField={setField}
              onBlur={flush}
              nameMissing={status.kind === 'invalid'}
            />
          </section>
          <section className="card" aria-labelledby="contacts-title">
            <h2 id="contacts-title" className="section-title">
              {t('customer.contacts')}
            </h2>
            <ContactsEditor
              contacts={fields.contacts ?? []}
              onChange={(contacts) => setField('contacts', contacts.length > 0 ? contacts : undefined)}
              onBlur={flush}
            />
          </section>
        </div>
        <div className="customer-main">
          <section className="card" aria-labelledby="meetings-title">
            <div className="section-bar">
              <h2 id="meetings-title" className="section-title">
                {t('customer.meetings')}
              </h2>
              <a
                className="button button-small"
                href={routeHref({ name: 'history', customerId: id })}
                title={t('search.history.linkTitle')}
              >
                {t('search.history.link')}
              </a>
            </div>
            <CustomerMeetings customerId={id} />
          </section>
          <section className="card">
            <MarkdownEditor
              label={t('customer.background')}
              value={body}
              onChange={(text) => controller.setBody(text)}
              onBlur={flush}
              emptyText={t('customer.noBackground')}
            />
          </section>
        </div>
      </div>
      <AutosaveConflict
        autosave={autosave}
        fields={[
          { key: 'name', label: t('fields.name') },
          { key: 'kind', label: t('fields.kind') },
          { key: 'industry', label: t('fields.industry') },
          { key: 'location', label: t('fields.location') },
          { key: 'tags', label: t('fields.tags') },
          { key: 'contacts', label: t('customer.contacts') },
        ]}
      />
      {planning && (
        <NewMeetingDialog
          customerId={id}
          onClose={() => setPlanning(false)}
          onCreated={(meetingId) => {
            setPlanning(false);
            navigate({ name: 'meeting', customerId: id, meetingId });
          }}
        />
      )}
      {trash.confirming && (
        <ConfirmDialog
          title={t('customer.trashTitle', { name })}
          message={t('customer.trashConfirm')}
          confirmLabel={t('customer.trash')}
          busy={trash.busy}
          error={trash.error}
          onConfirm={trash.confirm}
          onClose={trash.cancel}
        />
      )}
    </div>
  );
}
