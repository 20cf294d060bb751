// / (Startpagina) of an organisation's users: Mijn taken (themes without a confirmed contact person), the
// latest received messages with 'Ga naar alle berichten', the organisation's themes as tiles to their
// theme pages, and the 'Hulp nodig?' widget (a team or handler → a new message to them; the technical
// helpdesk → a ticket). Tasks and messages update live. Department staff start in their inbox.
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from '@remix-run/node';
import { redirect } from '@remix-run/node';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { EmptyState } from '../components/empty-state';
import { AlertIcon, ArrowIcon, CheckIcon, ClockIcon, DotIcon } from '../components/icons';
import { MessagesStartPageQuery } from '../graphql/messages.server';
import { useI18n } from '../i18n/i18n';
import { useLiveMessages } from '../live/use-live-messages';
import { messagePath } from '../messages/format';
import { type HelpResult, HelpWidget } from '../messages/help-widget';
import messagesCss from '../messages/messages.css?url';
import { countText } from '../messages/plural';
import { titled } from '../meta';
import { requireViewer } from '../session.server';
import { HELP_FORM, helpTicketAction, loadTicketOptions } from '../tickets/help-ticket.server';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: messagesCss }];

export const meta = titled('nav.start');

/** Incoming messages shown on the start page ('Laatste berichten'); the rest is on /messages. */
const LATEST_MESSAGES = 5;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const scope = await requireViewer(request, context);
  const { viewer } = scope;
  if (viewer.isStaff) throw redirect('/staff');
  const [start, ticketOptions] = await Promise.all([
    scope.api(MessagesStartPageQuery, { latest: LATEST_MESSAGES }),
    loadTicketOptions(scope),
  ]);
  return {
    firstName: viewer.firstName,
    email: viewer.email,
    organisation: viewer.organisation?.name ?? '',
    isAdmin: viewer.roles.includes('ADMIN'),
    tasks: start.tasks,
    latest: start.latest.edges.map((e) => e.node),
    counts: start.messageCounts,
    themes: start.myOrganisation?.themes ?? [],
    teams: start.teams,
    ticketOptions,
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const scope = await requireViewer(request, context);
  const form = await request.formData();
  // 'Hulp nodig?' posts here from every page that has it (its privacy question adds a second intent).
  if (!form.getAll('intent').includes(HELP_FORM)) throw new Response('Unknown form', { status: 400 });
  return helpTicketAction(scope, form);
}

export default function StartPage() {
  const { firstName, email, organisation, isAdmin, tasks, latest, counts, themes, teams, ticketOptions } =
    useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as HelpResult | undefined;
  const { t, dateTime } = useI18n();
  useLiveMessages({ tasks: true, describe: () => null, tasksText: t('home.tasks.updated') });
  const openTasks = new Set(tasks.map((task) => task.theme.id));

  return (
    <>
      <h1>{t('start.title', { name: firstName })}</h1>
      <p className="lead">{t('start.intro.organisation', { organisation })}</p>
      <div className="start-grid">
        <div className="start-main">
          <section className="start-section" aria-labelledby="tasks-title">
            <h2 id="tasks-title">{t('home.tasks.title')}</h2>
            {tasks.length === 0 ? (
              <p className="task-done">
                <CheckIcon /> {t('home.tasks.none')}
              </p>
            ) : (
              <ul className="start-tasks">
                {tasks.map((task) => (
                  <li key={task.id} className={task.awaitingConfirmation ? 'task-waiting' : 'task-open'}>
                    {task.awaitingConfirmation ? <ClockIcon /> : <AlertIcon />}
                    <div>
                      <p className="task-status">
                        {t(task.awaitingConfirmation ? 'home.tasks.waiting' : 'home.tasks.open')}
                      </p>
                      <p>{task.message}</p>
                      <p className="task-links">
                        {isAdmin ? (
                          <Link to={`/organisation/contacts/new?theme=${encodeURIComponent(task.theme.id)}`}>
                            {t('home.tasks.add', { theme: task.theme.name })}
                          </Link>
                        ) : null}
                        <Link to={`/organisation/contacts?theme=${encodeURIComponent(task.theme.id)}`}>
                          {t('home.tasks.show', { theme: task.theme.name })}
                        </Link>
                      </p>
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section className="start-section" aria-labelledby="themes-title">
            <h2 id="themes-title">{t('home.themes.title')}</h2>
            {themes.length === 0 ? (
              <EmptyState title={t('home.themes.none')} />
            ) : (
              <ul className="tiles theme-tiles">
                {themes.map((theme) => (
                  <li key={theme.id}>
                    <Link to={`/themes/${encodeURIComponent(theme.id)}`} className="tile">
                      <span className="tile-title">
                        {theme.name} <ArrowIcon />
                      </span>
                      <span className="tile-text">{t('home.themes.text', { theme: theme.name })}</span>
                      {openTasks.has(theme.id) ? (
                        <span className="status status-task">
                          <AlertIcon />
                          {t('home.themes.task')}
                        </span>
                      ) : null}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>

        <div className="start-side">
          <section className="start-section latest" aria-labelledby="latest-title">
            <h2 id="latest-title">{t('home.latest.title')}</h2>
            {counts.unreadInbound > 0 ? (
              <p className="unread-summary">{countText(t, 'msg.list.unread', counts.unreadInbound)}</p>
            ) : null}
            {latest.length === 0 ? (
              <EmptyState title={t('home.latest.none')}>
                <p>{t('home.latest.none.body')}</p>
              </EmptyState>
            ) : (
              <ul className="latest-list">
                {latest.map((message) => (
                  <li key={message.id} className={message.read ? undefined : 'latest-unread'}>
                    <Link to={messagePath(message)} className="latest-title">
                      {message.title}
                    </Link>
                    <p className="latest-meta">
                      {message.read ? null : (
                        <span className="status status-unread">
                          <DotIcon />
                          {t('msg.status.unread')}
                        </span>
                      )}
                      <span>{message.theme.name}</span>
                      <span>{message.senderLabel}</span>
                      <time dateTime={message.sentAt} suppressHydrationWarning>
                        {dateTime(message.sentAt)}
                      </time>
                    </p>
                  </li>
                ))}
              </ul>
            )}
            <p className="latest-all">
              <Link to="/messages">
                {t('home.latest.all')} <ArrowIcon />
              </Link>
            </p>
          </section>

          <HelpWidget teams={teams} email={email} ticketOptions={ticketOptions} result={result} />
        </div>
      </div>
    </>
  );
}
