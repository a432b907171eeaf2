// A customer's "Print and export" menu: the whole history (every meeting, with contents) to
// print or save as HTML or Markdown. Ctrl+P opens the history's print view.
import { useTranslation } from 'react-i18next';
import type { HistoryFormat } from '../../../../shared/export';
import { api } from '../../api/client';
import { isModKey, useGlobalKeys } from '../../hooks/useGlobalKeys';
import { navigate } from '../../routing/routes';
import { useLanguage } from '../../state/LanguageContext';
import { ActionMenu } from './ActionMenu';
import { useExportRunner } from './useExportRunner';
import './exportMenu.css';

export function HistoryExportMenu({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const runner = useExportRunner();
  const file = (format: HistoryFormat) => () =>
    api().call('export.history', { customerId, format, lang: language });
  const print = () => navigate({ name: 'printHistory', customerId });

  useGlobalKeys((event) => {
    if (isModKey(event) && !event.shiftKey && event.key.toLowerCase() === 'p') {
      event.preventDefault();
      print();
    }
  });

  return (
    <ActionMenu
      label={t('print.export.menu')}
      busy={runner.busy}
      groups={[
        {
          label: t('print.history.title'),
          items: [
            {
              id: 'print-history',
              label: t('print.history.print'),
              run: print,
              shortcut: 'Control+P',
              hint: 'Ctrl+P',
            },
            {
              id: 'save-history-html',
              label: t('print.history.saveHtml'),
              run: () => runner.save(file('html')),
            },
            {
              id: 'save-history-md',
              label: t('print.history.saveMarkdown'),
              run: () => runner.save(file('markdown')),
            },
          ],
        },
      ]}
    />
  );
}
