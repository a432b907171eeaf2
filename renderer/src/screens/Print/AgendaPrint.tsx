// The print view of a meeting's agenda: the customer copy or the prep sheet, built by the same
// shared/export builders as `export.agenda`, in the language chosen for the document.
import { useCallback, useState } from 'react';
import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain/enums';
import { agendaDocument, exportFilename } from '../../../../shared/export';
import type { AgendaVariant } from '../../../../shared/export';
import { api } from '../../api/client';
import { useApiData } from '../../hooks/useApiData';
import { navigate, routeHref } from '../../routing/routes';
import { useLanguage } from '../../state/LanguageContext';
import { loadAgendaData } from './loadAgendaData';
import { agendaFooter } from './pageFooter';
import { PrintLayout } from './PrintLayout';

interface AgendaPrintProps {
  customerId: string;
  meetingId: string;
  variant: AgendaVariant;
}

export function AgendaPrint({ customerId, meetingId, variant }: AgendaPrintProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [docLanguage, setDocLanguage] = useState<Language>(language);
  const load = useCallback(
    () => loadAgendaData(api(), customerId, meetingId, variant, docLanguage),
    [customerId, meetingId, variant, docLanguage],
  );
  const { data, error, reload } = useApiData(load);
  const fixedT = i18next.getFixedT(docLanguage);

  return (
    <PrintLayout
      doc={data ? agendaDocument(data, variant) : undefined}
      error={error}
      reload={reload}
      footer={data ? agendaFooter(data, variant, fixedT) : { left: '', notice: '', pageNumbers: '' }}
      pdfFilename={exportFilename({ kind: 'agenda', meetingId, variant, format: 'html' }).replace(
        /\.html$/,
        '.pdf',
      )}
      backHref={routeHref({ name: 'meeting', customerId, meetingId })}
      documents={{
        current: variant,
        choices: [
          { value: 'customer', label: t('print.toolbar.customer') },
          { value: 'prep', label: t('print.toolbar.prep') },
        ],
        choose: (value) => {
          if (value === 'customer' || value === 'prep') {
            navigate({ name: 'printAgenda', customerId, meetingId, variant: value });
          }
        },
      }}
      language={docLanguage}
      chooseLanguage={setDocLanguage}
    />
  );
}
