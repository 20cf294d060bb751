// Service tests call services directly: one operation of a viewer (a real context, a real scoped
// transaction), as the GraphQL runner would run it, without HTTP.
import { randomUUID } from 'node:crypto';
import type { AppServices, Ctx } from '../../server/src/context.js';
import type { UserViewer, Viewer } from '../../server/src/domain/viewer.js';
import { createLogger } from '../../server/src/logger.js';
import type { Role } from '../../server/src/modules/accounts/user.entity.js';
import { createCtx } from '../../server/src/operation/create-context.js';
import type { TestOrganisation } from './factories.js';
import { ownerQuery } from './mailbox.js';
import type { TestServer } from './server.js';

const log = createLogger('silent');

/** Runs `work` in one operation of `viewer`: committed when it returns, rolled back when it throws. */
export async function inOperation<T>(
  app: AppServices,
  viewer: Viewer,
  work: (ctx: Ctx) => Promise<T>,
): Promise<T> {
  const ctx = createCtx(app, viewer, 'nl', log);
  try {
    const result = await work(ctx);
    await ctx.tx.end('commit');
    return result;
  } catch (error) {
    await ctx.tx.end('rollback');
    throw error;
  }
}

/** A new active user of `organisation` (written as the owner) and the viewer of a session of theirs. */
export async function organisationViewer(
  server: TestServer,
  organisation: TestOrganisation,
  roles: Role[],
): Promise<UserViewer & { organisationId: string }> {
  const userId = randomUUID();
  await ownerQuery(
    server.dbUrl,
    `INSERT INTO app_user (id, organisation_id, email, first_name, last_name, roles, status)
     VALUES ($1, $2, $3, 'Test', 'Gebruiker', $4, 'ACTIVE')`,
    [userId, organisation.id, `user-${userId.slice(0, 8)}@test.example`, roles],
  );
  return {
    kind: 'user',
    userId,
    sessionId: randomUUID(),
    organisationId: organisation.id,
    roles,
    language: 'nl',
  };
}

/** The viewer of a department staff member (a demo user, by id). */
export function staffViewer(userId: string, roles: Role[] = ['AGENT']): UserViewer {
  return { kind: 'user', userId, sessionId: randomUUID(), organisationId: null, roles, language: 'nl' };
}
