// /beheer/tickets (Ticketinstellingen, DEPARTMENT_ADMIN): the support types with their reaction and
// resolution targets (each with a link to change them), and the way to the business calendar.
import { data, type LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { requireDepartmentAdmin } from '../admin/admin.server';
import { useTargetText } from '../admin/ticket-targets';
import { Notice } from '../components/notice';
import { takeFlash } from '../flash.server';
import { TicketSettingsQuery } from '../graphql/ticket-settings.server';
import { useI18n } from '../i18n/i18n';
import { titled } from '../meta';

export const meta = titled('admin.tickets.title');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const scope = await requireDepartmentAdmin(request, context);
  const { ticketSettings } = await scope.api(TicketSettingsQuery, {});
  const { flash, headers } = takeFlash(request, context);
  return data(
    { supportTypes: ticketSettings.supportTypes, saved: flash?.notice === 'admin.tickets.saved' },
    { headers },
  );
}

export default function TicketSettingsPage() {
  const { supportTypes, saved } = useLoaderData<typeof loader>();
  const { t, language } = useI18n();
  const target = useTargetText();
  return (
    <>
      <h1>{t('admin.tickets.title')}</h1>
      <p className="lead">{t('admin.tickets.intro')}</p>
      {saved ? (
        <Notice kind="success">
          <p>{t('admin.tickets.saved')}</p>
        </Notice>
      ) : null}
      <h2>{t('admin.tickets.supportTypes')}</h2>
      <p>{t('admin.tickets.supportTypes.running')}</p>
      <table className="table table-cards">
        <caption className="visually-hidden">{t('admin.tickets.supportTypes')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.tickets.supportType')}</th>
            <th scope="col">{t('admin.tickets.reaction')}</th>
            <th scope="col">{t('admin.tickets.resolution')}</th>
            <th scope="col">{t('admin.tickets.calendar')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('admin.tickets.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {supportTypes.map((type) => {
            const name = language === 'en' ? type.nameEn : type.nameNl;
            return (
              <tr key={type.id}>
                <th scope="row" data-label={t('admin.tickets.supportType')}>
                  {name}
                </th>
                <td data-label={t('admin.tickets.reaction')}>{target(type.reactionMinutes ?? null)}</td>
                <td data-label={t('admin.tickets.resolution')}>{target(type.resolutionMinutes ?? null)}</td>
                <td data-label={t('admin.tickets.calendar')}>
                  {type.alwaysOpen ? t('admin.tickets.calendar.always') : t('admin.tickets.calendar.office')}
                </td>
                <td>
                  <Link
                    to={`/beheer/tickets/support-types/${type.id}`}
                    aria-label={t('admin.tickets.edit.label', { name })}
                  >
                    {t('admin.tickets.edit')}
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h2>{t('admin.tickets.calendar.title')}</h2>
      <p>
        <Link to="/beheer/tickets/calendar">{t('admin.tickets.calendar.link')}</Link>
      </p>
    </>
  );
}
