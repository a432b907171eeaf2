// The print view of a customer's whole history: every meeting, newest first, after a table of
// contents, built by the same shared/export builder as `export.history`.
import { useCallback, useState } from 'react';
import i18next from 'i18next';
import type { Language } from '../../../../shared/domain/enums';
import { buildHistory, exportFilename } from '../../../../shared/export';
import { api } from '../../api/client';
import { useApiData } from '../../hooks/useApiData';
import { todayIso } from '../../i18n/formatDate';
import { routeHref } from '../../routing/routes';
import { useLanguage } from '../../state/LanguageContext';
import { loadHistoryData } from './loadHistoryData';
import { historyFooter } from './pageFooter';
import { PrintLayout } from './PrintLayout';

export function HistoryPrint({ customerId }: { customerId: string }) {
  const { language } = useLanguage();
  const [docLanguage, setDocLanguage] = useState<Language>(language);
  const load = useCallback(() => loadHistoryData(api(), customerId, docLanguage), [customerId, docLanguage]);
  const { data, error, reload } = useApiData(load);

  return (
    <PrintLayout
      doc={data ? buildHistory(data) : undefined}
      error={error}
      reload={reload}
      footer={
        data
          ? historyFooter(data, todayIso(), i18next.getFixedT(docLanguage))
          : { left: '', notice: '', pageNumbers: '' }
      }
      pdfFilename={exportFilename({ kind: 'history', customerId, format: 'html' }).replace(/\.html$/, '.pdf')}
      backHref={routeHref({ name: 'customer', id: customerId })}
      language={docLanguage}
      chooseLanguage={setDocLanguage}
    />
  );
}
