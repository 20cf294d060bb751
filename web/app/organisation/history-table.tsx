// Geschiedenis: who changed what, when (Europe/Brussels), and each field's old and new value, as a
// table that becomes cards on a phone. Codes (language, status, roles) are shown in words.
import type { ReactNode } from 'react';
import { type I18n, useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/nl';

export interface HistoryEvent {
  id: string;
  action: string;
  entityType: string;
  entityId?: string | null;
  createdAt: string;
  actor?: { firstName: string; lastName: string; isStaff: boolean } | null;
  changes: Array<{ field: string; oldValue?: string | null; newValue?: string | null }>;
}

const ACTIONS = new Set([
  'organisation.updated',
  'contact.added',
  'contact.added-from-message',
  'contact.updated',
  'contact.removed',
  'contact.confirmed',
  'contact.confirmation-resent',
  'user.invited',
  'user.activated',
  'user.sso-linked',
  'user.sso-created',
  'user.password-reset',
  'user.profile-updated',
  'user.password-changed',
  'user.roles-changed',
  'user.deactivated',
  'user.reactivated',
  'user.invitation-resent',
  'organisation.created',
  'organisation.deactivated',
  'organisation.reactivated',
  'organisation.admin-invited',
  'theme.moved',
  'theme.open-threads-moved',
  'webhook.created',
  'webhook.updated',
  'webhook.deleted',
  'webhook.secret-rotated',
  'webhook.replayed',
  'webhook.disabled',
  'theme.created',
  'theme.renamed',
  'team.created',
  'team.renamed',
  'team.member-added',
  'team.member-removed',
  'team.member-help-changed',
  'staff-user.invited',
  'staff-user.invitation-resent',
  'staff-user.role-changed',
  'staff-user.queues-changed',
  'staff-user.deactivated',
  'staff-user.reactivated',
  'ticketSettings.supportTypeTargets',
  'ticketSettings.queue',
  'ticketSettings.calendar',
  'ticketSettings.closingDayAdded',
  'ticketSettings.closingDayRemoved',
  'ticketSettings.category',
  'ticketSettings.categoryAdded',
  'ticketSettings.categoryRemoved',
  'knowledge-item.created',
  'knowledge-item.updated',
  'outage.opened',
  'outage.updated',
  'outage.resolved',
]);

const FIELDS = new Set([
  'name',
  'externalNumber',
  'phone',
  'email',
  'websiteUrl',
  'firstName',
  'lastName',
  'language',
  'themes',
  'status',
  'roles',
  'enterpriseNumber',
  'recognitionNumber',
  'active',
  'team',
  'threads',
  'url',
  'eventTypes',
  'description',
  'code',
  'nameNl',
  'nameEn',
  'member',
  'offeredInHelp',
  'role',
  'queues',
  'reactionMinutes',
  'resolutionMinutes',
  'resolutionByPriority',
  'timeZone',
  'week',
  'onDate',
  'everyYearOn',
  'position',
  'explanationNl',
  'explanationEn',
  'expectedReactionNl',
  'expectedReactionEn',
  'autoResolveAfterDays',
  'unreadReminderDays',
  'slug',
  'category',
  'tags',
  'title_nl',
  'title_en',
  'body_nl',
  'body_en',
  'service',
]);

function fieldLabel(t: I18n['t'], field: string): string {
  return FIELDS.has(field) ? t(`history.field.${field}` as MessageKey) : field;
}

function valueText(t: I18n['t'], field: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (field === 'language' && (value === 'nl' || value === 'en')) return t(`language.${value}`);
  if ((field === 'active' || field === 'offeredInHelp') && (value === 'true' || value === 'false'))
    return t(`history.active.${value}`);
  if (field === 'status' && (value === 'CONFIRMED' || value === 'UNCONFIRMED'))
    return t(`contacts.status.${value}`);
  if (field === 'status' && (value === 'INVITED' || value === 'ACTIVE' || value === 'DISABLED'))
    return t(`users.status.${value}`);
  if (field === 'role' && (value === 'AGENT' || value === 'DEPARTMENT_ADMIN'))
    return t(`admin.staff.role.${value}`);
  if (field === 'roles')
    return value
      .split(/,\s*/)
      .map((role) =>
        ['ADMIN', 'MEMBER', 'MEMBER_PLUS', 'AGENT', 'DEPARTMENT_ADMIN'].includes(role)
          ? t(`role.${role}` as MessageKey)
          : role,
      )
      .join(', ');
  return value;
}

/** Events that create or remove something: their changes are one-sided, so only that side is shown. */
const CREATIONS = new Set([
  'contact.added',
  'contact.added-from-message',
  'user.invited',
  'user.sso-created',
  'user.invitation-resent',
  'organisation.created',
  'organisation.admin-invited',
  'webhook.created',
  'theme.created',
  'team.created',
  'team.member-added',
  'staff-user.invited',
  'staff-user.invitation-resent',
  'ticketSettings.closingDayAdded',
  'ticketSettings.categoryAdded',
  'knowledge-item.created',
  'outage.opened',
]);
const REMOVALS = new Set([
  'contact.removed',
  'webhook.deleted',
  'team.member-removed',
  'ticketSettings.closingDayRemoved',
  'ticketSettings.categoryRemoved',
]);

function Value({ text }: { text: string | null }) {
  const { t } = useI18n();
  return text === null ? <span className="muted">{t('history.empty.value')}</span> : <span>{text}</span>;
}

function actorText(t: I18n['t'], event: HistoryEvent): string {
  if (event.actor) {
    const name = `${event.actor.firstName} ${event.actor.lastName}`.trim();
    return event.actor.isStaff ? t('history.staff', { name }) : name;
  }
  return event.action === 'contact.confirmed' ? t('history.contactSelf') : t('history.system');
}

function actionText(t: I18n['t'], event: HistoryEvent, names: Record<string, string>): string {
  if (!ACTIONS.has(event.action)) return t('history.action.other', { action: event.action });
  const fallback =
    event.entityType === 'user'
      ? t('history.someUser')
      : event.entityType === 'organisation'
        ? t('history.someOrganisation')
        : event.entityType === 'theme'
          ? t('history.someTheme')
          : event.entityType.startsWith('webhook_')
            ? t('history.someWebhook')
            : event.entityType === 'team'
              ? t('history.someTeam')
              : event.entityType === 'staff-user'
                ? t('history.someStaffUser')
                : event.entityType === 'kb_item'
                  ? t('history.someArticle')
                  : event.entityType === 'kb_outage'
                    ? t('history.someOutage')
                    : event.entityType.startsWith('ticket_') || event.entityType.startsWith('business_')
                      ? t('history.someSetting')
                      : t('history.someContact');
  const name = (event.entityId && names[event.entityId]) || fallback;
  return t(`history.action.${event.action}` as MessageKey, { name });
}

export function HistoryTable({
  events,
  names,
  caption,
}: {
  events: HistoryEvent[];
  names: Record<string, string>;
  /** Read by screen readers; the organisation's history by default. */
  caption?: string;
}) {
  const { t, dateTime } = useI18n();
  return (
    <table className="table table-cards history-table">
      <caption className="visually-hidden">{caption ?? t('history.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('history.when')}</th>
          <th scope="col">{t('history.who')}</th>
          <th scope="col">{t('history.what')}</th>
          <th scope="col">{t('history.changes')}</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => {
          const changes: ReactNode =
            event.changes.length === 0 ? (
              <span className="muted">{t('history.noChanges')}</span>
            ) : (
              <ul className="change-list">
                {event.changes.map((change) => {
                  const before = valueText(t, change.field, change.oldValue);
                  const after = valueText(t, change.field, change.newValue);
                  const label = <span className="change-field">{fieldLabel(t, change.field)}:</span>;
                  if (CREATIONS.has(event.action) || REMOVALS.has(event.action))
                    return (
                      <li key={change.field}>
                        {label} <Value text={CREATIONS.has(event.action) ? after : before} />
                      </li>
                    );
                  return (
                    <li key={change.field}>
                      {label} <span className="visually-hidden">{t('history.from')} </span>
                      <Value text={before} />{' '}
                      <span aria-hidden="true" className="change-arrow">
                        →
                      </span>
                      <span className="visually-hidden"> {t('history.to')}</span> <Value text={after} />
                    </li>
                  );
                })}
              </ul>
            );
          return (
            <tr key={event.id}>
              <th scope="row" data-label={t('history.when')}>
                <time dateTime={event.createdAt} suppressHydrationWarning>
                  {dateTime(event.createdAt)}
                </time>
              </th>
              <td data-label={t('history.who')}>{actorText(t, event)}</td>
              <td data-label={t('history.what')}>{actionText(t, event, names)}</td>
              <td data-label={t('history.changes')} className="cell-changes">
                {changes}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
