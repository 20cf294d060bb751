// /staff/threads/:referenceNumber (the deep link mailed to staff): a thread's Berichthistoriek, the
// organisation and the thread's contacts, assigning it to a handler of its team, and replying (with
// attachments). New messages in the thread arrive live.
import { type ActionFunctionArgs, data, type LinksFunction, type LoaderFunctionArgs } from '@remix-run/node';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import attachmentsCss from '../attachments/attachments.css?url';
import { readForm } from '../attachments/uploads.server';
import { EmailAddress } from '../components/email-address';
import { CheckIcon, ClockIcon } from '../components/icons';
import { Notice } from '../components/notice';
import { takeFlash } from '../flash.server';
import { StaffThreadQuery } from '../graphql/staff.server';
import { useI18n } from '../i18n/i18n';
import { announce } from '../live/announce';
import { useLiveMessages } from '../live/use-live-messages';
import { fullName } from '../messages/format';
import { titledBy } from '../meta';
import { LegalHoldPanel } from '../privacy/legal-hold';
import { legalHoldNotice, loadLegalHold } from '../privacy/legal-hold.server';
import { AssignForm } from '../staff/assign-form';
import { MessageHistory } from '../staff/message-history';
import { ReplyForm } from '../staff/reply-form';
import { isDepartmentAdmin, requireStaff } from '../staff/staff.server';
import { ThreadStatus } from '../staff/status';
import { threadAction } from '../staff/thread.server';
import { useFlashed } from '../use-flashed';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: attachmentsCss }];

export const meta = titledBy<{ thread: { referenceNumber: string; title: string } }>(
  'msg.detail.metaTitle',
  (data) => ({ title: data.thread.title, reference: data.thread.referenceNumber }),
  'staff.inbox.title',
);

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const scope = await requireStaff(request, context);
  const referenceNumber = params.referenceNumber ?? '';
  const [{ thread }, legalHold] = await Promise.all([
    scope.api(StaffThreadQuery, { referenceNumber }),
    loadLegalHold(scope, 'THREAD', referenceNumber),
  ]);
  const member =
    isDepartmentAdmin(scope.viewer) || thread.team.handlers.some((handler) => handler.id === scope.viewer.id);
  // A new key per page view: a double submission or a retried request sends one reply, not two.
  const { flash, headers } = takeFlash(request, context);
  return data(
    {
      thread,
      member,
      legalHold,
      admin: isDepartmentAdmin(scope.viewer),
      holdNotice: legalHoldNotice(flash),
      clientKey: crypto.randomUUID(),
      sent: flash?.notice === 'staff.sent',
    },
    { headers },
  );
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const scope = await requireStaff(request, context);
  return threadAction(scope, params.referenceNumber ?? '', await readForm(request, scope, context));
}

export default function ThreadPage() {
  const { thread, member, clientKey, legalHold, admin, holdNotice, ...data } = useLoaderData<typeof loader>();
  const sent = useFlashed(data.sent || null);
  const result = useActionData<typeof action>();
  const { t } = useI18n();

  useLiveMessages({
    referenceNumber: thread.referenceNumber,
    onMessage: (message) => {
      if (message.direction === 'OUTBOUND')
        announce(t('staff.thread.live', { organisation: message.organisation.name }));
    },
  });

  return (
    <>
      <p className="staff-back-link">
        <Link to="/staff">{t('staff.thread.back')}</Link>
      </p>
      <h1>{thread.title}</h1>
      {sent ? (
        <Notice kind="success">
          <p>
            {t('staff.thread.sent', { organisation: thread.organisation.name, theme: thread.theme.name })}
          </p>
        </Notice>
      ) : null}
      {holdNotice ? (
        <Notice kind="success">
          <p>{t(holdNotice.notice, { label: holdNotice.label })}</p>
        </Notice>
      ) : null}
      <dl className="summary-list staff-thread-summary" aria-label={t('staff.thread.details')}>
        <div>
          <dt>{t('staff.thread.reference')}</dt>
          <dd className="staff-thread-reference-value">{thread.referenceNumber}</dd>
        </div>
        <div>
          <dt>{t('staff.thread.organisation')}</dt>
          <dd>
            <Link to={`/staff/organisations/${thread.organisation.id}`}>{thread.organisation.name}</Link>
          </dd>
        </div>
        <div>
          <dt>{t('staff.thread.theme')}</dt>
          <dd>{thread.theme.name}</dd>
        </div>
        <div>
          <dt>{t('staff.thread.team')}</dt>
          <dd>{thread.team.name}</dd>
        </div>
        <div>
          <dt>{t('staff.assign.current')}</dt>
          <dd>{thread.assignedHandler ? fullName(thread.assignedHandler) : t('staff.inbox.nobody')}</dd>
        </div>
        <div>
          <dt>{t('staff.thread.status')}</dt>
          <dd>
            <ThreadStatus unanswered={thread.unanswered} />
          </dd>
        </div>
      </dl>

      <div className="staff-thread-layout">
        <div className="staff-thread-main">
          <section aria-labelledby="history-title">
            <h2 id="history-title">{t('staff.thread.history')}</h2>
            <p className="muted">
              {thread.messages.length === 1
                ? t('staff.thread.history.count.one')
                : t('staff.thread.history.count', { count: thread.messages.length })}
            </p>
            <MessageHistory messages={thread.messages} />
          </section>
          <ReplyForm clientKey={clientKey} team={thread.team.name} member={member} result={result} />
        </div>
        <aside className="staff-thread-aside">
          <AssignForm
            team={thread.team.name}
            handlers={thread.team.handlers}
            assignedId={thread.assignedHandler?.id ?? null}
            result={result}
          />
          <LegalHoldPanel
            hold={legalHold}
            admin={admin}
            returnTo={`/staff/threads/${encodeURIComponent(thread.referenceNumber)}`}
          />
          <section className="panel" aria-labelledby="contacts-title">
            <h2 id="contacts-title">{t('staff.thread.contacts')}</h2>
            {thread.contacts.length > 0 ? (
              <>
                <p className="muted">{t('staff.thread.contacts.intro')}</p>
                <ul className="staff-contact-list">
                  {thread.contacts.map((contact) => (
                    <li key={contact.id}>
                      <p className="staff-contact-name">{fullName(contact)}</p>
                      <p>
                        <EmailAddress address={contact.email} link />
                        {contact.phone ? (
                          <>
                            <br />
                            <a href={`tel:${contact.phone}`}>{contact.phone}</a>
                          </>
                        ) : null}
                      </p>
                      <p className="staff-contact-meta">
                        {t(
                          contact.standard ? 'staff.thread.contact.standard' : 'staff.thread.contact.oneOff',
                        )}
                        {/* A one-off contact never confirms anything: its kind says all there is. */}
                        {contact.standard ? (
                          <span
                            className={`status ${contact.confirmed ? 'staff-status-confirmed' : 'staff-status-unconfirmed'}`}
                          >
                            {contact.confirmed ? <CheckIcon /> : <ClockIcon />}
                            {t(
                              contact.confirmed
                                ? 'staff.thread.contact.confirmed'
                                : 'staff.thread.contact.unconfirmed',
                            )}
                          </span>
                        ) : null}
                      </p>
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p>{t('staff.thread.contacts.none')}</p>
            )}
          </section>
        </aside>
      </div>
    </>
  );
}
