// The contact services the messages module reuses, called as that module will: in the caller's own
// transaction, for a batch, by any user of the organisation (not only an ADMIN).
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
import { linkIn, outbox, ownerQuery, tokenOf } from '../utils/mailbox.js';
import { startTestServer, type TestServer } from '../utils/server.js';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const DE_LINDE = id(301);
const ZONNEBLOEM = id(302);
const ERK = id(201);
const SUB = id(202);
const INF = id(204);

let server: TestServer;
const log = createLogger('silent');

beforeAll(async () => {
  server = await startTestServer();
});

const member: Viewer = {
  kind: 'user',
  userId: id(402),
  sessionId: randomUUID(),
  organisationId: DE_LINDE,
  roles: ['MEMBER'],
  language: 'nl',
};
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

describe('validateContactInputs', () => {
  it('checks a batch at once and reports dotted fields', async () => {
    await operation(member, async (ctx) => {
      const checked = await validateContactInputs(ctx, DE_LINDE, [contact('eerste@delinde.example')]);
      if (!checked.ok) throw new Error('expected valid');
      await createContactPerson(ctx, DE_LINDE, checked.value[0]!, { via: 'message' });
    });
    const result = await operation(member, (ctx) =>
      validateContactInputs(
        ctx,
        DE_LINDE,
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
    const [row] = await ownerQuery(
      server.dbUrl,
      "SELECT id FROM contact_person WHERE email = 'eerste@delinde.example'",
    );
    const result = await operation(member, (ctx) =>
      validateContactInputs(ctx, DE_LINDE, [contact('EERSTE@delinde.example')], { contactIds: [row.id] }),
    );
    expect(result).toMatchObject({ ok: true, value: [{ email: 'EERSTE@delinde.example', language: 'nl' }] });
  });
});

describe('createContactPerson', () => {
  it('any user of the organisation adds a contact from a message, in the caller’s transaction', async () => {
    const created = await operation(member, async (ctx) => {
      const checked = await validateContactInputs(ctx, DE_LINDE, [contact('bericht@delinde.example', [ERK])]);
      if (!checked.ok) throw new Error('expected valid');
      return createContactPerson(ctx, DE_LINDE, checked.value[0]!, { via: 'message' });
    });
    expect(created).toMatchObject({ status: 'UNCONFIRMED', createdVia: 'message', organisationId: DE_LINDE });
    const [mail] = await outbox(server.dbUrl, 'bericht@delinde.example');
    expect(mail?.text_body).toContain('Tom Claes heeft u opgegeven als contactpersoon van WZC De Linde');
    const [audit] = await ownerQuery(
      server.dbUrl,
      'SELECT action, actor_user_id FROM audit_event WHERE entity_id = $1',
      [created.id],
    );
    expect(audit).toEqual({ action: 'contact.added-from-message', actor_user_id: id(402) });
  });

  it('writes nothing and mails nothing when the caller rolls back', async () => {
    await operation(
      member,
      async (ctx) => {
        const checked = await validateContactInputs(ctx, DE_LINDE, [contact('terug@delinde.example')]);
        if (!checked.ok) throw new Error('expected valid');
        await createContactPerson(ctx, DE_LINDE, checked.value[0]!, { via: 'message' });
      },
      true,
    );
    expect(
      await ownerQuery(server.dbUrl, "SELECT 1 FROM contact_person WHERE email = 'terug@delinde.example'"),
    ).toEqual([]);
    expect(await outbox(server.dbUrl, 'terug@delinde.example')).toEqual([]);
  });

  it('refuses staff and another organisation', async () => {
    const valid = {
      firstName: 'A',
      lastName: 'B',
      email: 'ab@delinde.example',
      phone: null,
      language: 'nl' as const,
      themeIds: [SUB],
    };
    await expect(
      operation(staff, (ctx) => createContactPerson(ctx, DE_LINDE, valid, { via: 'message' })),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const error = await operation(member, (ctx) =>
      createContactPerson(ctx, ZONNEBLOEM, valid, { via: 'message' }),
    ).catch((e) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe('NOT_FOUND');
  });
});

describe('confirmedContactsForTheme', () => {
  it('returns only CONFIRMED contacts of the theme, as the caller’s scope sees them', async () => {
    expect(await operation(member, (ctx) => confirmedContactsForTheme(ctx, DE_LINDE, ERK))).toEqual([]);
    const mail = (await outbox(server.dbUrl, 'bericht@delinde.example'))[0];
    if (!mail) throw new Error('no mail');
    const token = tokenOf(linkIn(mail, 'http://loket.test/confirm-contact?token='));
    const outcome = await operation({ kind: 'anonymous' }, (ctx) => confirmContactPerson(ctx, token));
    expect(outcome.status).toBe('CONFIRMED');

    const confirmed = await operation(member, (ctx) => confirmedContactsForTheme(ctx, DE_LINDE, ERK));
    expect(confirmed.map((c) => c.email)).toEqual(['bericht@delinde.example']);
    expect(await operation(member, (ctx) => confirmedContactsForTheme(ctx, DE_LINDE, SUB))).toEqual([]);
    // Staff read every organisation; a tenant another organisation's never (row-level security).
    expect(await operation(staff, (ctx) => confirmedContactsForTheme(ctx, DE_LINDE, ERK))).toHaveLength(1);
    const zonnebloemUser: Viewer = { ...member, userId: id(412), organisationId: ZONNEBLOEM };
    expect(await operation(zonnebloemUser, (ctx) => confirmedContactsForTheme(ctx, DE_LINDE, ERK))).toEqual(
      [],
    );
  });
});
