// /beheer/tickets (Ticketinstellingen, DEPARTMENT_ADMIN): the support types with their reaction and
// resolution targets, the queues with their auto-resolve period, the themes with their unread reminder
// (each with a link to change them), the ticket categories (add, change, make inactive: decision 0036), and
// the way to the business calendar.
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

const SAVED_NOTICES = [
  'admin.tickets.saved',
  'admin.tickets.queue.saved',
  'admin.tickets.theme.saved',
  'admin.categories.added',
  'admin.categories.saved',
  'admin.categories.removed',
] as const;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const scope = await requireDepartmentAdmin(request, context);
  const { ticketSettings } = await scope.api(TicketSettingsQuery, {});
  const { flash, headers } = takeFlash(request, context);
  return data(
    {
      supportTypes: ticketSettings.supportTypes,
      queues: ticketSettings.queues,
      themes: ticketSettings.themes,
      categories: ticketSettings.categories,
      notice: SAVED_NOTICES.find((notice) => notice === flash?.notice),
    },
    { headers },
  );
}

export default function TicketSettingsPage() {
  const { supportTypes, queues, themes, categories, notice } = useLoaderData<typeof loader>();
  const { t, language, number } = useI18n();
  const target = useTargetText();
  return (
    <>
      <h1>{t('admin.tickets.title')}</h1>
      <p className="lead">{t('admin.tickets.intro')}</p>
      {notice ? (
        <Notice kind="success">
          <p>{t(notice)}</p>
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
      <h2>{t('admin.tickets.queues')}</h2>
      <p>{t('admin.tickets.queues.intro')}</p>
      <table className="table table-cards">
        <caption className="visually-hidden">{t('admin.tickets.queues')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.tickets.queue')}</th>
            <th scope="col">{t('admin.tickets.queue.autoResolveShort')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('admin.tickets.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {queues.map((queue) => {
            const name = language === 'en' ? queue.nameEn : queue.nameNl;
            return (
              <tr key={queue.id}>
                <th scope="row" data-label={t('admin.tickets.queue')}>
                  {name}
                </th>
                <td data-label={t('admin.tickets.queue.autoResolveShort')}>
                  {t('admin.tickets.queue.days', { count: queue.autoResolveAfterDays })}
                </td>
                <td>
                  <Link
                    to={`/beheer/tickets/queues/${queue.id}`}
                    aria-label={t('admin.tickets.queue.edit.label', { name })}
                  >
                    {t('admin.tickets.edit')}
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h2>{t('admin.tickets.themes')}</h2>
      <p>{t('admin.tickets.themes.intro')}</p>
      <table className="table table-cards">
        <caption className="visually-hidden">{t('admin.tickets.themes')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.tickets.theme')}</th>
            <th scope="col">{t('admin.tickets.theme.period')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('admin.tickets.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {themes.map((theme) => {
            const name = language === 'en' ? theme.nameEn : theme.nameNl;
            return (
              <tr key={theme.id}>
                <th scope="row" data-label={t('admin.tickets.theme')}>
                  {name}
                </th>
                <td data-label={t('admin.tickets.theme.period')}>
                  {theme.unreadReminderDays
                    ? t('admin.tickets.theme.workdays', { count: theme.unreadReminderDays })
                    : t('admin.tickets.theme.none')}
                </td>
                <td>
                  <Link
                    to={`/beheer/tickets/themes/${theme.id}`}
                    aria-label={t('admin.tickets.theme.edit.label', { name })}
                  >
                    {t('admin.tickets.edit')}
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h2 id="categories">{t('admin.categories.title')}</h2>
      <p>{t('admin.categories.intro')}</p>
      <p>
        <Link to="/beheer/tickets/categories/new" className="button button-secondary">
          {t('admin.categories.add')}
        </Link>
      </p>
      <table className="table table-cards">
        <caption className="visually-hidden">{t('admin.categories.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.categories.name')}</th>
            <th scope="col">{t('admin.categories.position')}</th>
            <th scope="col">{t('admin.categories.status')}</th>
            <th scope="col">{t('admin.categories.tickets')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('admin.tickets.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {categories.map((category) => {
            const name = language === 'en' ? category.nameEn : category.nameNl;
            return (
              <tr key={category.id}>
                <th scope="row" data-label={t('admin.categories.name')}>
                  {name}
                </th>
                <td data-label={t('admin.categories.position')}>{number(category.position)}</td>
                <td data-label={t('admin.categories.status')}>
                  {category.active ? t('admin.categories.active') : t('admin.categories.inactive')}
                </td>
                <td data-label={t('admin.categories.tickets')}>{number(category.ticketCount)}</td>
                <td>
                  <Link
                    to={`/beheer/tickets/categories/${category.id}`}
                    aria-label={t('admin.categories.edit.label', { name })}
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
