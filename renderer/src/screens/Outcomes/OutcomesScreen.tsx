// Outcomes over time (#/outcomes): done meetings of every customer, month by month, counted by
// outcome (order, advance, continuation, no sale) as simple bars, with the advance rate per
// month and for all months together.
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { OUTCOMES } from '../../../../shared/domain/enums';
import { api } from '../../api/client';
import { ErrorNotice } from '../../components/common/ErrorNotice';
import { useApiData } from '../../hooks/useApiData';
import { useLanguage } from '../../state/LanguageContext';
import { formatPercent } from './formatPercent';
import { monthLabel } from './monthLabel';
import { OutcomeBar } from './OutcomeBar';
import { outcomesByMonth, totalOutcomes, type OutcomeCounts } from './outcomesByMonth';
import './outcomes.css';

export function OutcomesScreen() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const load = useCallback(() => api().call('meetings.list', { status: 'done' }), []);
  const meetings = useApiData(load);
  const rows = useMemo(() => outcomesByMonth(meetings.data?.items ?? []), [meetings.data]);
  const total = useMemo(() => totalOutcomes(rows), [rows]);
  const scale = Math.max(0, ...rows.map((row) => row.done));
  const showUnrecorded = total.unrecorded > 0;

  const cells = (row: OutcomeCounts) => (
    <>
      {OUTCOMES.map((outcome) => (
        <td key={outcome} className={`col-number ${row.counts[outcome] === 0 ? 'muted' : ''}`}>
          {row.counts[outcome]}
        </td>
      ))}
      {showUnrecorded && (
        <td className={`col-number ${row.unrecorded === 0 ? 'muted' : ''}`}>{row.unrecorded}</td>
      )}
      <td className="col-number col-done">{row.done}</td>
      <td className="col-rate">
        {row.done > 0 ? (
          <span className="rate">
            <span className="rate-value">{formatPercent(row.rate, language)}</span>
            <span className="rate-track" aria-hidden="true">
              <span className="rate-fill" style={{ width: `${row.rate * 100}%` }} />
            </span>
          </span>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
    </>
  );

  return (
    <div className="page outcomes-page">
      <header className="page-header">
        <div>
          <h1>{t('search.outcomes.title')}</h1>
          <p className="page-subtitle">{t('search.outcomes.subtitle')}</p>
        </div>
      </header>
      {meetings.error !== undefined && <ErrorNotice error={meetings.error} onRetry={meetings.reload} />}
      {meetings.loading && <p className="muted">{t('common.loading')}</p>}
      {meetings.data && rows.length === 0 && <p className="empty">{t('search.outcomes.empty')}</p>}
      {rows.length > 0 && (
        <>
          <div className="outcomes-summary">
            <p className="outcomes-total">
              {t('search.outcomes.summary', {
                done: t('search.outcomes.doneCount', { count: total.done }),
                rate: formatPercent(total.rate, language),
              })}
            </p>
            <ul className="outcomes-legend" aria-label={t('search.outcomes.legend')}>
              {OUTCOMES.map((outcome) => (
                <li key={outcome}>
                  <span className={`legend-swatch outcome-segment-${outcome}`} aria-hidden="true" />
                  {t(`outcome.${outcome}`)}
                </li>
              ))}
              {showUnrecorded && (
                <li>
                  <span className="legend-swatch outcome-segment-unrecorded" aria-hidden="true" />
                  {t('search.outcomes.notRecorded')}
                </li>
              )}
            </ul>
          </div>
          <div className="table-wrap">
            <table className="table outcomes-table" aria-label={t('search.outcomes.tableLabel')}>
              <thead>
                <tr>
                  <th scope="col">{t('search.outcomes.month')}</th>
                  <th scope="col" className="col-chart">
                    {t('search.outcomes.chart')}
                  </th>
                  {OUTCOMES.map((outcome) => (
                    <th key={outcome} scope="col" className="col-number">
                      {t(`outcome.${outcome}`)}
                    </th>
                  ))}
                  {showUnrecorded && (
                    <th scope="col" className="col-number">
                      {t('search.outcomes.notRecorded')}
                    </th>
                  )}
                  <th scope="col" className="col-number">
                    {t('search.outcomes.done')}
                  </th>
                  <th scope="col">{t('search.outcomes.rate')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => {
                  const label = monthLabel(row.month, language);
                  return (
                    <tr key={row.month}>
                      <th scope="row" className="col-month">
                        {label}
                      </th>
                      <td className="col-chart">
                        <OutcomeBar row={row} scale={scale} label={label} />
                      </td>
                      {cells(row)}
                    </tr>
                  );
                })}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" className="col-month">
                    {t('search.outcomes.total')}
                  </th>
                  <td className="col-chart" />
                  {cells(total)}
                </tr>
              </tfoot>
            </table>
          </div>
          <p className="muted outcomes-note">{t('search.outcomes.rateExplain')}</p>
        </>
      )}
    </div>
  );
}
