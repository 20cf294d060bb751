// Tasks (Mijn taken): derived, never stored. Each theme of an organisation without a CONFIRMED contact
// person is a task, and so is each contact person whose address is undeliverable (a mail bounced). Writers take a snapshot before a change and publish TasksChanged when it differs.
import type { EntityManager } from 'typeorm';
import type { Ctx } from '../../context.js';
import type { PgPubSub } from '../../graphql/pubsub.js';
import { Topic } from '../../graphql/topics.js';
import { readableOrganisationId } from './contact-access.js';

export const TASK_KINDS = ['CONTACT_PERSON_MISSING', 'CONTACT_PERSON_UNREACHABLE'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export interface TaskRow {
  /** Stable across reads: `contact-missing:<themeId>`. */
  id: string;
  kind: TaskKind;
  themeId: string;
  /** The theme has contacts, but none has confirmed yet (the task then says to wait or resend). */
  awaitingConfirmation: boolean;
  contactPersonId?: string;
  /** CONTACT_PERSON_UNREACHABLE: who, why and since when. */
  unreachable?: { contactPersonId: string; name: string; email: string; reason: string; since: Date };
}

/** The tasks of `organisationId`, in the department's theme order, as the transaction's scope sees them. */
async function readTasks(em: EntityManager, organisationId: string): Promise<TaskRow[]> {
  const rows: Array<{ theme_id: string; awaiting: boolean }> = await em.query(
    `SELECT ot.theme_id, coalesce(bool_or(cp.status = 'UNCONFIRMED'), false) AS awaiting
       FROM organisation_theme ot
       JOIN theme t ON t.id = ot.theme_id
       LEFT JOIN contact_person_theme cpt
              ON cpt.organisation_id = ot.organisation_id AND cpt.theme_id = ot.theme_id
       LEFT JOIN contact_person cp ON cp.id = cpt.contact_person_id
      WHERE ot.organisation_id = $1
      GROUP BY ot.theme_id, t.position
     HAVING NOT coalesce(bool_or(cp.status = 'CONFIRMED'), false)
      ORDER BY t.position, ot.theme_id`,
    [organisationId],
  );
  const missing: TaskRow[] = rows.map((r) => ({
    id: `contact-missing:${r.theme_id}`,
    kind: 'CONTACT_PERSON_MISSING',
    themeId: r.theme_id,
    awaitingConfirmation: r.awaiting,
  }));
  // Under its first theme (in the department's order): a contact has at least one.
  const unreachable: Array<{
    id: string;
    first_name: string;
    last_name: string;
    email: string;
    email_undeliverable_reason: string;
    email_undeliverable_at: Date;
    theme_id: string;
  }> = await em.query(
    `SELECT cp.id, cp.first_name, cp.last_name, cp.email, cp.email_undeliverable_reason,
            cp.email_undeliverable_at, first.theme_id
       FROM contact_person cp
       CROSS JOIN LATERAL (
         SELECT cpt.theme_id FROM contact_person_theme cpt JOIN theme t ON t.id = cpt.theme_id
          WHERE cpt.contact_person_id = cp.id ORDER BY t.position, t.id LIMIT 1) first
      WHERE cp.organisation_id = $1 AND cp.email_undeliverable_at IS NOT NULL
      ORDER BY cp.email_undeliverable_at, cp.id`,
    [organisationId],
  );
  return [
    ...missing,
    ...unreachable.map(
      (r): TaskRow => ({
        id: `contact-unreachable:${r.id}`,
        kind: 'CONTACT_PERSON_UNREACHABLE',
        themeId: r.theme_id,
        awaitingConfirmation: false,
        contactPersonId: r.id,
        unreachable: {
          contactPersonId: r.id,
          name: `${r.first_name} ${r.last_name}`,
          email: r.email,
          reason: r.email_undeliverable_reason,
          since: r.email_undeliverable_at,
        },
      }),
    ),
  ];
}

/** The viewer's tasks: a tenant user's own organisation, or for staff the one they name. */
export async function listTasks(ctx: Ctx, organisationId?: string | null): Promise<TaskRow[]> {
  const id = await readableOrganisationId(ctx, organisationId);
  return readTasks(await ctx.tx.manager(), id);
}

/** A comparable picture of the task list, taken before a change. */
export async function taskSnapshot(em: EntityManager, organisationId: string): Promise<string> {
  return JSON.stringify(await readTasks(em, organisationId));
}

/**
 * Publishes TasksChanged (inside the writing transaction, so only on commit) when the organisation's task
 * list differs from `before`.
 */
export async function publishTasksIfChanged(
  em: EntityManager,
  pubsub: PgPubSub,
  organisationId: string,
  before: string,
): Promise<void> {
  if ((await taskSnapshot(em, organisationId)) === before) return;
  await pubsub.publish(em, Topic.TasksChanged, { organisationId });
}
