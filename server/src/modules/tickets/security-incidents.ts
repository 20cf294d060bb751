// Security incidents ('002' §3, issue 15 'Privacy incidents'): tickets labelled Security incident Helpdesk
// (or its Light variant), counted per organisation and year of the ticket's creation (Brussels) for the
// yearly review. When a label brings an organisation's count for that year to the configured threshold,
// its active Beheerders get one mail: the notice row's primary key makes it once, and a lock per
// organisation serialises two labellings at the same moment so that neither misses the count of the other.
import type { EntityManager } from 'typeorm';
import type { Config } from '../../config.js';
import { queryRows } from '../../db/query.js';
import type { Language } from '../../i18n/language.js';
import { queueMail } from '../../mail/outbox.js';
import { securityIncidentThresholdMail } from '../../mail/security-incident-mails.js';

export const SECURITY_INCIDENT_LABELS = ['SECURITY_INCIDENT', 'SECURITY_INCIDENT_LIGHT'];

const YEAR_OF_TICKET = `extract(year FROM t.created_at AT TIME ZONE 'Europe/Brussels')::int`;

/** Called after an incident label was added to `ticketId`: mails the Beheerders when the threshold is reached. */
export async function noticeSecurityIncident(
  em: EntityManager,
  config: Pick<Config, 'publicUrl' | 'serviceLevels'>,
  ticketId: string,
): Promise<void> {
  const threshold = config.serviceLevels.securityIncidentYearlyThreshold;
  if (threshold === 0) return;
  const [ticket] = await queryRows<{ organisationId: string; year: number }>(
    em,
    `SELECT organisation_id AS "organisationId", ${YEAR_OF_TICKET} AS year FROM ticket t WHERE t.id = $1`,
    [ticketId],
  );
  if (!ticket) return;
  await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
    `security-incidents:${ticket.organisationId}`,
  ]);
  const [count] = await queryRows<{ incidents: number; name: string }>(
    em,
    `SELECT count(DISTINCT t.id)::int AS incidents, (SELECT name FROM organisation WHERE id = $1) AS name
       FROM ticket t JOIN ticket_label_link k ON k.ticket_id = t.id JOIN ticket_label l ON l.id = k.label_id
      WHERE t.organisation_id = $1 AND l.code = ANY ($2) AND ${YEAR_OF_TICKET} = $3`,
    [ticket.organisationId, SECURITY_INCIDENT_LABELS, ticket.year],
  );
  if (!count || count.incidents < threshold) return;
  const inserted = await queryRows(
    em,
    `INSERT INTO security_incident_notice (organisation_id, year, incidents) VALUES ($1, $2, $3)
     ON CONFLICT DO NOTHING RETURNING 1`,
    [ticket.organisationId, ticket.year, count.incidents],
  );
  if (inserted.length === 0) return;
  const admins = await queryRows<{ email: string; firstName: string; language: Language }>(
    em,
    `SELECT email, first_name AS "firstName", language FROM app_user
      WHERE organisation_id = $1 AND status = 'ACTIVE' AND 'ADMIN' = ANY (roles) ORDER BY email`,
    [ticket.organisationId],
  );
  for (const admin of admins)
    await queueMail(em, config.publicUrl, {
      organisationId: ticket.organisationId,
      to: admin.email,
      language: admin.language,
      template: 'security-incident-threshold',
      content: securityIncidentThresholdMail(admin.language, {
        firstName: admin.firstName,
        organisation: count.name,
        year: ticket.year,
        incidents: count.incidents,
        url: `${config.publicUrl}/tickets`,
      }),
    });
}

export interface SecurityIncidentCountRow {
  organisationId: string;
  organisationName: string;
  year: number;
  incidents: number;
  noticeSentAt: Date | null;
}

/** Incident tickets per organisation and year of creation, from `fromYear` to `toYear`, most first. */
export function securityIncidentCounts(
  em: EntityManager,
  fromYear: number,
  toYear: number,
): Promise<SecurityIncidentCountRow[]> {
  return queryRows<SecurityIncidentCountRow>(
    em,
    `SELECT o.id AS "organisationId", o.name AS "organisationName", c.year, c.incidents, n.sent_at AS "noticeSentAt"
       FROM (SELECT t.organisation_id, ${YEAR_OF_TICKET} AS year, count(DISTINCT t.id)::int AS incidents
               FROM ticket t JOIN ticket_label_link k ON k.ticket_id = t.id JOIN ticket_label l ON l.id = k.label_id
              WHERE l.code = ANY ($1) GROUP BY 1, 2) c
       JOIN organisation o ON o.id = c.organisation_id
       LEFT JOIN security_incident_notice n ON n.organisation_id = c.organisation_id AND n.year = c.year
      WHERE c.year BETWEEN $2 AND $3
      ORDER BY c.year DESC, c.incidents DESC, o.name`,
    [SECURITY_INCIDENT_LABELS, fromYear, toYear],
  );
}
