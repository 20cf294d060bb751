// The contact services the messages module reuses, called as that module will: in the caller's own
// transaction, for a batch, by any user of the organisation (not only an ADMIN). Each test has an
// organisation of its own (tests/utils/factories.ts).
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../../server/src/context.js';
import { DomainError } from '../../server/src/domain/errors.js';
import type { Viewer } from '../../server/src/domain/viewer.js';
import { createLogger } from '../../server/src/logger.js';
import { confirmContactPerson } from '../../server/src/modules/contacts/contact-confirmation.service.js';
import {
  confirmedContactsForTheme,
  createContactPerson,
  validateContactInputs,
} from '../../server/src/modules/contacts/contact-person.service.js';
import { createCtx } from '../../server/src/operation/create-context.js';
import { createOrganisation, createUser, type TestOrganisation, unique } from '../utils/factories.js';
import { linkIn, outbox, ownerQuery, tokenOf } from '../utils/mailbox.js';
import { startTestServer, type TestServer } from '../utils/server.js';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const ERK = id(201);
const SUB = id(202);
const INF = id(204);

let server: TestServer;
const log = createLogger('silent');

beforeAll(async () => {
  server = await startTestServer();
});

/** A new organisation without the theme Infectieziekten, and a MEMBER of it as a viewer. */
async function organisationWithMember(): Promise<{ organisation: TestOrganisation; member: Viewer }> {
  const organisation = await createOrganisation(server, { themes: ['ERK', 'SUB', 'KWA', 'PER'] });
  const user = await createUser(server, organisation, { firstName: 'Tom', lastName: 'Claes' });
  const member: Viewer = {
    kind: 'user',
    userId: user.id,
    sessionId: randomUUID(),
    organisationId: organisation.id,
    roles: ['MEMBER'],
    language: 'nl',
  };
  return { organisation, member };
}

const staff: Viewer = {
  kind: 'user',
  userId: id(501),
  sessionId: randomUUID(),
  organisationId: null,
  roles: ['AGENT'],
  language: 'nl',
};

/** Runs `work` in one operation of `viewer`, committed unless `rollback`. */
async function operation<T>(viewer: Viewer, work: (ctx: Ctx) => Promise<T>, rollback = false): Promise<T> {
  const ctx = createCtx(server.app, viewer, 'nl', log);
  try {
    const result = await work(ctx);
    await ctx.tx.end(rollback ? 'rollback' : 'commit');
    return result;
  } catch (error) {
    await ctx.tx.end('rollback');
    throw error;
  }
}

const contact = (email: string, themeIds = [SUB]) => ({
  firstName: 'Sam',
  lastName: 'Sender',
  email,
  themeIds,
});

/** A valid contact added as from a message, in `ctx`'s transaction. */
async function addFromMessage(ctx: Ctx, organisation: TestOrganisation, email: string, themeIds = [SUB]) {
  const checked = await validateContactInputs(ctx, organisation.id, [contact(email, themeIds)]);
  if (!checked.ok) throw new Error('expected valid');
  return createContactPerson(ctx, organisation.id, checked.value[0]!, { via: 'message' });
}

describe('validateContactInputs', () => {
  it('checks a batch at once and reports dotted fields', async () => {
    const { organisation, member } = await organisationWithMember();
    await operation(member, (ctx) => addFromMessage(ctx, organisation, 'eerste@delinde.example'));
    const result = await operation(member, (ctx) =>
      validateContactInputs(
        ctx,
        organisation.id,
        [
          contact('nieuw@delinde.example'),
          contact('NIEUW@delinde.example'),
          { ...contact('geen-adres'), firstName: '' },
          contact('Eerste@DeLinde.example'),
          contact('ander@delinde.example', [INF, id(299)]),
          { ...contact('taal@delinde.example'), language: 'fr', phone: '0470' },
        ],
        { fieldPrefix: 'contacts' },
      ),
    );
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map((e) => [e.field, e.code])).toEqual([
      ['contacts.1.email', 'CONTACT_EMAIL_DUPLICATE'],
      ['contacts.2.firstName', 'REQUIRED'],
      ['contacts.2.email', 'INVALID_EMAIL'],
      ['contacts.3.email', 'CONTACT_EMAIL_TAKEN'],
      ['contacts.4.themeIds', 'THEME_NOT_OF_ORGANISATION'],
      ['contacts.5.phone', 'INVALID_PHONE'],
      ['contacts.5.language', 'INVALID_LANGUAGE'],
    ]);
  });

  it('lets an edited contact keep its own address', async () => {
    const { organisation, member } = await organisationWithMember();
    const existing = await operation(member, (ctx) =>
      addFromMessage(ctx, organisation, 'eerste@delinde.example'),
    );
    const result = await operation(member, (ctx) =>
      validateContactInputs(ctx, organisation.id, [contact('EERSTE@delinde.example')], {
        contactIds: [existing.id],
      }),
    );
    expect(result).toMatchObject({ ok: true, value: [{ email: 'EERSTE@delinde.example', language: 'nl' }] });
  });
});

describe('createContactPerson', () => {
  it('any user of the organisation adds a contact from a message, in the caller’s transaction', async () => {
    const { organisation, member } = await organisationWithMember();
    const email = `bericht-${unique()}@test.example`;
    const created = await operation(member, (ctx) => addFromMessage(ctx, organisation, email, [ERK]));
    expect(created).toMatchObject({
      status: 'UNCONFIRMED',
      createdVia: 'message',
      organisationId: organisation.id,
    });
    const [mail] = await outbox(server.dbUrl, email);
    expect(mail?.text_body).toContain(
      `Tom Claes heeft u opgegeven als contactpersoon van ${organisation.name}`,
    );
    const [audit] = await ownerQuery(
      server.dbUrl,
      'SELECT action, actor_user_id FROM audit_event WHERE entity_id = $1',
      [created.id],
    );
    expect(audit).toEqual({
      action: 'contact.added-from-message',
      actor_user_id: member.kind === 'user' ? member.userId : null,
    });
  });

  it('writes nothing and mails nothing when the caller rolls back', async () => {
    const { organisation, member } = await organisationWithMember();
    const email = `terug-${unique()}@test.example`;
    await operation(member, (ctx) => addFromMessage(ctx, organisation, email), true);
    expect(await ownerQuery(server.dbUrl, 'SELECT 1 FROM contact_person WHERE email = $1', [email])).toEqual(
      [],
    );
    expect(await outbox(server.dbUrl, email)).toEqual([]);
  });

  it('refuses staff and another organisation', async () => {
    const { organisation, member } = await organisationWithMember();
    const another = await createOrganisation(server);
    const valid = {
      firstName: 'A',
      lastName: 'B',
      email: 'ab@delinde.example',
      phone: null,
      language: 'nl' as const,
      themeIds: [SUB],
    };
    await expect(
      operation(staff, (ctx) => createContactPerson(ctx, organisation.id, valid, { via: 'message' })),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const error = await operation(member, (ctx) =>
      createContactPerson(ctx, another.id, valid, { via: 'message' }),
    ).catch((e) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe('NOT_FOUND');
  });
});

describe('confirmedContactsForTheme', () => {
  it('returns only CONFIRMED contacts of the theme, as the caller’s scope sees them', async () => {
    const { organisation, member } = await organisationWithMember();
    const email = `bevestigd-${unique()}@test.example`;
    await operation(member, (ctx) => addFromMessage(ctx, organisation, email, [ERK]));
    expect(await operation(member, (ctx) => confirmedContactsForTheme(ctx, organisation.id, ERK))).toEqual(
      [],
    );
    const mail = (await outbox(server.dbUrl, email))[0];
    if (!mail) throw new Error('no mail');
    const token = tokenOf(linkIn(mail, 'http://loket.test/confirm-contact?token='));
    const outcome = await operation({ kind: 'anonymous' }, (ctx) => confirmContactPerson(ctx, token));
    expect(outcome.status).toBe('CONFIRMED');

    const confirmed = await operation(member, (ctx) => confirmedContactsForTheme(ctx, organisation.id, ERK));
    expect(confirmed.map((c) => c.email)).toEqual([email]);
    expect(await operation(member, (ctx) => confirmedContactsForTheme(ctx, organisation.id, SUB))).toEqual(
      [],
    );
    // Staff read every organisation; a tenant another organisation's never (row-level security).
    expect(
      await operation(staff, (ctx) => confirmedContactsForTheme(ctx, organisation.id, ERK)),
    ).toHaveLength(1);
    const stranger = await organisationWithMember();
    expect(
      await operation(stranger.member, (ctx) => confirmedContactsForTheme(ctx, organisation.id, ERK)),
    ).toEqual([]);
  });
});
