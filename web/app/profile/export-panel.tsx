// Profiel › Mijn gegevens downloaden: ask for an export of one's personal data (decision 0029) and the
// recent requests, a READY one with its (one-time) download link.
import { Form } from '@remix-run/react';
import { EmptyState } from '../components/empty-state';
import { Notice } from '../components/notice';
import type { FormResult } from '../forms/form-result';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/nl';

export interface ExportRow {
  id: string;
  status: string;
  createdAt: string;
  downloadPath: string;
}

export function ExportPanel({ exports, result }: { exports: ExportRow[]; result: FormResult | undefined }) {
  const { t, dateTime } = useI18n();
  return (
    <section className="panel" aria-labelledby="export-title">
      <h2 id="export-title">{t('profile.export.title')}</h2>
      {result?.form === 'export' && result.ok && result.notice ? (
        <Notice kind="success">
          <p>{result.notice}</p>
        </Notice>
      ) : null}
      <p>{t('profile.export.intro')}</p>
      <Form method="post">
        <button type="submit" name="intent" value="export" className="button button-secondary">
          {t('profile.export.request')}
        </button>
      </Form>
      {exports.length === 0 ? (
        <EmptyState title={t('profile.export.none')} />
      ) : (
        <table className="table table-cards">
          <caption className="visually-hidden">{t('profile.export.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('profile.export.created')}</th>
              <th scope="col">{t('profile.export.status')}</th>
            </tr>
          </thead>
          <tbody>
            {exports.map((row) => (
              <tr key={row.id}>
                <td data-label={t('profile.export.created')}>
                  <time dateTime={row.createdAt} suppressHydrationWarning>
                    {dateTime(row.createdAt)}
                  </time>
                </td>
                <td data-label={t('profile.export.status')}>
                  {row.status === 'READY' ? (
                    // A file download through the web's origin, not a page of the app.
                    <a href={row.downloadPath} download>
                      {t('profile.export.download')}
                    </a>
                  ) : (
                    t(`export.status.${row.status}` as MessageKey)
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
