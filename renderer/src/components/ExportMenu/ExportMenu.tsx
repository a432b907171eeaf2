// A meeting's "Print and export" menu: the customer copy (print, copy as text for an email or
// a chat, calendar invitation, Markdown, HTML) and the internal prep sheet (print, Markdown,
// HTML). Ctrl+P opens the customer copy's print view, Ctrl+Shift+P the prep sheet's. Exports
// are in the UI language; the print view can switch the document's language.
import { useTranslation } from 'react-i18next';
import type { AgendaFormat, AgendaVariant } from '../../../../shared/export';
import { api } from '../../api/client';
import { isModKey, useGlobalKeys } from '../../hooks/useGlobalKeys';
import { navigate } from '../../routing/routes';
import { useLanguage } from '../../state/LanguageContext';
import { ActionMenu, type ActionMenuGroup } from './ActionMenu';
import { CopyFallbackDialog } from './CopyFallbackDialog';
import { useExportRunner } from './useExportRunner';
import './exportMenu.css';

interface ExportMenuProps {
  customerId: string;
  meetingId: string;
  /** Saves pending edits first (the editor's autosave), so the export reads what is on screen. */
  flush?: () => Promise<unknown>;
}

export function ExportMenu({ customerId, meetingId, flush }: ExportMenuProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const runner = useExportRunner();

  async function saved(): Promise<void> {
    // A failed save is shown by the editor's own save status; the export reads the file as is.
    await flush?.().catch(() => undefined);
  }

  const file = (variant: AgendaVariant, format: AgendaFormat) => async () => {
    await saved();
    return api().call('export.agenda', { customerId, meetingId, variant, format, lang: language });
  };

  function print(variant: AgendaVariant): void {
    void saved().then(() => navigate({ name: 'printAgenda', customerId, meetingId, variant }));
  }

  useGlobalKeys((event) => {
    if (isModKey(event) && event.key.toLowerCase() === 'p') {
      event.preventDefault();
      print(event.shiftKey ? 'prep' : 'customer');
    }
  });

  const groups: ActionMenuGroup[] = [
    {
      label: t('print.export.customerGroup'),
      items: [
        {
          id: 'print-customer',
          label: t('print.export.printCustomer'),
          run: () => print('customer'),
          shortcut: 'Control+P',
          hint: 'Ctrl+P',
        },
        {
          id: 'copy-text',
          label: t('print.export.copyText'),
          run: () => runner.copy(file('customer', 'text')),
        },
        { id: 'save-ics', label: t('print.export.saveIcs'), run: () => runner.save(file('customer', 'ics')) },
        {
          id: 'save-customer-md',
          label: t('print.export.saveMarkdown'),
          run: () => runner.save(file('customer', 'markdown')),
        },
        {
          id: 'save-customer-html',
          label: t('print.export.saveHtml'),
          run: () => runner.save(file('customer', 'html')),
        },
      ],
    },
    {
      label: t('print.export.prepGroup'),
      items: [
        {
          id: 'print-prep',
          label: t('print.export.printPrep'),
          run: () => print('prep'),
          shortcut: 'Control+Shift+P',
          hint: 'Ctrl+Shift+P',
        },
        {
          id: 'save-prep-md',
          label: t('print.export.saveMarkdown'),
          run: () => runner.save(file('prep', 'markdown')),
        },
        {
          id: 'save-prep-html',
          label: t('print.export.saveHtml'),
          run: () => runner.save(file('prep', 'html')),
        },
      ],
    },
  ];

  return (
    <>
      <ActionMenu label={t('print.export.menu')} groups={groups} busy={runner.busy} />
      {runner.fallbackText !== undefined && (
        <CopyFallbackDialog text={runner.fallbackText} onClose={runner.closeFallback} />
      )}
    </>
  );
}
