// The tickets module over real HTTP against real PostgreSQL: creating (idempotent, confirmation mail),
// who sees what per role (service and row-level security), every status move of the table (allowed and
// refused), replies moving the status, internal notes never reaching the organisation, merge, Dutch
// full-text search and the solution mail.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { inScope } from '../../server/src/db/scope.js';
import {
  STATUS_MOVES,
  TICKET_STATUSES,
  type TicketStatus,
} from '../../server/src/modules/tickets/ticket-status.js';
import { DEMO_ORGANISATIONS, DEMO_TICKETS } from '../../server/src/seed/demo.js';
import { errorCode, gql, login } from '../utils/graphql.js';
import { outbox, ownerQuery } from '../utils/mailbox.js';
import { startTestServer, type TestServer } from '../utils/server.js';

const linde = DEMO_ORGANISATIONS[0] as { id: string };
const zonnebloem = DEMO_ORGANISATIONS[1] as { id: string };
const [tomsInvoice, tomsZorgmail, elsTemplate, zonnebloemExport] = DEMO_TICKETS as [
  (typeof DEMO_TICKETS)[number],
  (typeof DEMO_TICKETS)[number],
  (typeof DEMO_TICKETS)[number],
  (typeof DEMO_TICKETS)[number],
];
const TOM = '00000000-0000-4000-8000-000000000402';
const BART = '00000000-0000-4000-8000-000000000502';

let server: TestServer;
let url: string;
let admin: string; // Els, ADMIN of De Linde
let member: string; // Tom, MEMBER of De Linde
let memberPlus: string; // Sara, MEMBER_PLUS of De Linde
let stranger: string; // Lies, MEMBER of De Zonnebloem
let staff: string; // Bart, AGENT
let categoryId: string;
let typeId: string;

const key = () => randomUUID();

const CREATE = `mutation($input: CreateTicketInput!) {
  createTicket(input: $input) {
    errors { field code message } privacyWarnings { kind field }
    ticket { id number status channel subject queue { code name explanation expectedReaction } category { name } }
  }
}`;
const TICKET = `query($number: String, $id: ID) {
  ticket(number: $number, id: $id) {
    id number status subject solution postponedUntil firstResponseAt closeRequestedAt
    mergedInto { number }
    entries { kind body byStaff closeRequest event { type from to number } }
  }
}`;
const REPLY = `mutation($input: TicketReplyInput!) {
  replyToTicket(input: $input) { errors { field code message } ticket { status firstResponseAt } }
}`;
const SET_STATUS = `mutation($input: SetTicketStatusInput!) {
  setTicketStatus(input: $input) { errors { field code message } ticket { status postponedUntil solution resolvedAt closedAt } }
}`;
const NOTE = `mutation($input: TicketReplyInput!) {
  addTicketNote(input: $input) { errors { code } ticket { id } }
}`;

async function numberOf(id: string): Promise<string> {
  const rows = await ownerQuery<{ number: string }>(server.dbUrl, 'SELECT number FROM ticket WHERE id = $1', [
    id,
  ]);
  return (rows[0] as { number: string }).number;
}

async function create(
  token: string,
  subject: string,
  description: string,
  extra: Record<string, unknown> = {},
) {
  const result = await gql(
    url,
    CREATE,
    { input: { clientKey: key(), subject, description, categoryId, supportTypeId: typeId, ...extra } },
    { token },
  );
  expect(result.errors).toBeUndefined();
  expect(result.data?.createTicket.errors).toEqual([]);
  return result.data?.createTicket.ticket as { id: string; number: string; status: string };
}

beforeAll(async () => {
  server = await startTestServer();
  url = server.graphqlUrl;
  [admin, member, memberPlus, stranger, staff] = await Promise.all([
    login(url, 'beheerder@delinde.example'),
    login(url, 'medewerker@delinde.example'),
    login(url, 'medewerkerplus@delinde.example'),
    login(url, 'medewerker@zonnebloem.example'),
    login(url, 'bart.desmet@zorg.example'),
  ]);
  const lists = await gql(
    url,
    '{ ticketCategories { id code name } ticketSupportTypes { id code name } }',
    {},
    {
      token: member,
    },
  );
  expect(lists.data?.ticketCategories.map((c: { name: string }) => c.name)).toEqual(
    expect.arrayContaining(['Financieel', 'Externe koppeling', 'Techniek']),
  );
  expect(lists.data?.ticketSupportTypes.map((c: { name: string }) => c.name)).toEqual([
    'Vraag',
    'Eerstelijns incident',
    'Tweedelijns',
    'Complexmanagement',
    'Wijzigingsverzoek',
    'Problem',
    'Major incident',
  ]);
  categoryId = lists.data?.ticketCategories.find((c: { code: string }) => c.code === 'TECHNICAL').id;
  typeId = lists.data?.ticketSupportTypes[0].id;
});

describe('creating a ticket', () => {
  it('refuses incomplete input with localised field errors and saves nothing', async () => {
    const before = await ownerQuery(server.dbUrl, 'SELECT count(*)::int AS n FROM ticket');
    const result = await gql(
      url,
      CREATE,
      {
        input: {
          clientKey: key(),
          subject: ' ',
          description: '',
          categoryId: randomUUID(),
          supportTypeId: typeId,
        },
      },
      { token: member },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.createTicket.ticket).toBeNull();
    expect(result.data?.createTicket.errors).toEqual([
      { field: 'subject', code: 'REQUIRED', message: 'Dit veld is verplicht.' },
      { field: 'description', code: 'REQUIRED', message: 'Dit veld is verplicht.' },
      { field: 'categoryId', code: 'TICKET_CATEGORY_NOT_FOUND', message: 'Kies een categorie uit de lijst.' },
    ]);
    expect(await ownerQuery(server.dbUrl, 'SELECT count(*)::int AS n FROM ticket')).toEqual(before);
  });

  it('numbers it HD-YYYY-NNNNNN, puts it in the Helpdesk queue and mails a confirmation with a deep link', async () => {
    const result = await gql(
      url,
      CREATE,
      {
        input: {
          clientKey: key(),
          subject: 'Printen van de cliëntenlijst lukt niet',
          description: 'Bij het printen krijg ik een lege pagina.',
          categoryId,
          supportTypeId: typeId,
          channel: 'WIDGET',
        },
      },
      { token: member },
    );
    const ticket = result.data?.createTicket.ticket;
    expect(ticket.number).toMatch(/^HD-\d{4}-\d{6}$/);
    expect(ticket).toMatchObject({
      status: 'NEW',
      channel: 'WIDGET',
      category: { name: 'Techniek' },
      queue: { code: 'HELPDESK', name: 'Helpdesk', expectedReaction: 'Binnen 24 uur' },
    });
    const mails = (await outbox(server.dbUrl, 'medewerker@delinde.example')).filter(
      (m) => m.template === 'ticket-confirmation' && m.subject.includes(ticket.number),
    );
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe(
      `Ticket ${ticket.number} ontvangen: Printen van de cliëntenlijst lukt niet`,
    );
    expect(mails[0]?.text_body).toContain(`http://loket.test/tickets/${ticket.number}`);
    expect(mails[0]?.text_body).toContain('binnen 24 uur');
  });

  it('is idempotent: the same client key twice gives one ticket and one mail', async () => {
    const input = {
      clientKey: key(),
      subject: 'Dubbel verstuurd',
      description: 'Twee keer op verzenden geklikt.',
      categoryId,
      supportTypeId: typeId,
    };
    const [a, b] = await Promise.all([
      gql(url, CREATE, { input }, { token: member }),
      gql(url, CREATE, { input }, { token: member }),
    ]);
    expect(a.data?.createTicket.ticket.id).toBe(b.data?.createTicket.ticket.id);
    const rows = await ownerQuery(server.dbUrl, `SELECT id FROM ticket WHERE subject = 'Dubbel verstuurd'`);
    expect(rows).toHaveLength(1);
    const mails = (await outbox(server.dbUrl, 'medewerker@delinde.example')).filter((m) =>
      m.subject.includes('Dubbel verstuurd'),
    );
    expect(mails).toHaveLength(1);
  });

  it('asks to acknowledge personal data before creating', async () => {
    const input = {
      clientKey: key(),
      subject: 'Cliënt met rijksregisternummer',
      description: 'Het gaat om 85.07.30-033.28.',
      categoryId,
      supportTypeId: typeId,
    };
    const warned = await gql(url, CREATE, { input }, { token: member });
    expect(warned.data?.createTicket.ticket).toBeNull();
    expect(warned.data?.createTicket.privacyWarnings).toEqual([
      { kind: 'BE_NATIONAL_NUMBER', field: 'body' },
    ]);
    const sent = await gql(
      url,
      CREATE,
      { input: { ...input, acknowledgePrivacyWarning: true } },
      { token: member },
    );
    expect(sent.data?.createTicket.ticket.status).toBe('NEW');
  });

  it('lets staff register a ticket by phone for an address only', async () => {
    const result = await gql(
      url,
      `mutation($input: RegisterTicketInput!) { registerTicket(input: $input) {
        errors { field code } ticket { channel requesterEmail requester { id } organisation { name } } } }`,
      {
        input: {
          clientKey: key(),
          organisationId: linde.id,
          requesterEmail: 'onthaal@delinde.example',
          channel: 'PHONE',
          subject: 'Telefonisch: wachtwoord vergeten',
          description: 'Belde om 9 uur.',
          categoryId,
          supportTypeId: typeId,
        },
      },
      { token: staff },
    );
    expect(result.data?.registerTicket).toEqual({
      errors: [],
      ticket: {
        channel: 'PHONE',
        requesterEmail: 'onthaal@delinde.example',
        requester: null,
        organisation: { name: 'WZC De Linde' },
      },
    });
    const mails = await outbox(server.dbUrl, 'onthaal@delinde.example');
    expect(mails.map((m) => m.template)).toEqual(['ticket-confirmation']);
  });

  it("refuses a follow-up of another organisation's ticket, also from staff (who may read it)", async () => {
    const result = await gql(
      url,
      `mutation($input: RegisterTicketInput!) { registerTicket(input: $input) {
        errors { field code } ticket { id } } }`,
      {
        input: {
          clientKey: key(),
          organisationId: zonnebloem.id,
          previousTicketId: tomsInvoice.id,
          requesterEmail: 'iemand@zonnebloem.example',
          channel: 'PHONE',
          subject: 'Vervolg',
          description: 'Belde terug.',
          categoryId,
          supportTypeId: typeId,
        },
      },
      { token: staff },
    );
    expect(result.data?.registerTicket).toEqual({
      errors: [{ field: 'previousTicketId', code: 'TICKET_NOT_FOUND' }],
      ticket: null,
    });
    const saved = await ownerQuery<{ n: number }>(
      server.dbUrl,
      "SELECT count(*)::int AS n FROM ticket WHERE subject = 'Vervolg'",
    );
    expect(saved).toEqual([{ n: 0 }]);
  });

  it('is not for staff through the customer mutation, nor for customers through the staff one', async () => {
    const asStaff = await gql(
      url,
      CREATE,
      { input: { clientKey: key(), subject: 'x', description: 'y', categoryId, supportTypeId: typeId } },
      { token: staff },
    );
    expect(errorCode(asStaff)).toBe('FORBIDDEN');
  });
});

describe('who sees what', () => {
  const SEE = `query($number: String, $id: ID) { ticket(number: $number, id: $id) { number } }`;

  it("a MEMBER cannot open a colleague's ticket, by number or by id: NOT_FOUND", async () => {
    const number = await numberOf(elsTemplate.id);
    for (const variables of [{ number }, { id: elsTemplate.id }]) {
      const result = await gql(url, SEE, variables, { token: member });
      expect(errorCode(result)).toBe('NOT_FOUND');
      expect(result.data).toBeNull();
    }
    expect((await gql(url, SEE, { number: await numberOf(tomsInvoice.id) }, { token: member })).data).toEqual(
      {
        ticket: { number: await numberOf(tomsInvoice.id) },
      },
    );
  });

  it('MEMBER_PLUS and ADMIN see every ticket of their organisation; nobody sees another organisation', async () => {
    const number = await numberOf(elsTemplate.id);
    for (const token of [memberPlus, admin, staff]) {
      expect((await gql(url, SEE, { id: elsTemplate.id }, { token })).data?.ticket.number).toBe(number);
    }
    for (const token of [memberPlus, admin]) {
      const other = await gql(url, SEE, { id: zonnebloemExport.id }, { token });
      expect(errorCode(other)).toBe('NOT_FOUND');
    }
    expect(errorCode(await gql(url, SEE, { id: tomsInvoice.id }, { token: stranger }))).toBe('NOT_FOUND');
  });

  it('lists per role: MINE, OPEN and ALL', async () => {
    const LIST = `query($view: TicketView!) { tickets(view: $view, first: 100) { totalCount edges { node { id requesterEmail } } } }`;
    const ids = async (token: string, view: string) =>
      (
        ((await gql(url, LIST, { view }, { token })).data?.tickets.edges ?? []) as Array<{
          node: { id: string };
        }>
      ).map((e) => e.node.id);
    const memberAll = await ids(member, 'ALL');
    expect(memberAll).toContain(tomsInvoice.id);
    expect(memberAll).not.toContain(elsTemplate.id);
    expect(await ids(memberPlus, 'ALL')).toEqual(expect.arrayContaining([tomsInvoice.id, elsTemplate.id]));
    expect(await ids(memberPlus, 'MINE')).not.toContain(tomsInvoice.id);
    expect(await ids(admin, 'ALL')).not.toContain(zonnebloemExport.id);
    expect(await ids(stranger, 'ALL')).toEqual([zonnebloemExport.id]);
  });

  it('a MEMBER sees a colleague’s ticket once added as participant', async () => {
    const ticket = await create(admin, 'Samen opvolgen', 'Tom volgt mee.');
    expect(errorCode(await gql(url, SEE, { id: ticket.id }, { token: member }))).toBe('NOT_FOUND');
    const added = await gql(
      url,
      `mutation($t: ID!, $u: ID!) { addTicketParticipant(ticketId: $t, userId: $u) { errors { code } ticket { participants { user { email } notify } } } }`,
      { t: ticket.id, u: TOM },
      { token: admin },
    );
    expect(added.data?.addTicketParticipant.errors).toEqual([]);
    expect((await gql(url, SEE, { id: ticket.id }, { token: member })).data?.ticket.number).toBe(
      ticket.number,
    );
  });

  it('row-level security: a MEMBER transaction reads no colleague’s ticket even without a WHERE', async () => {
    const scope = { kind: 'tenant' as const, organisationId: linde.id, userId: TOM, roles: ['MEMBER'] };
    const seen = await inScope(server.app.dataSource, scope, async (em) => ({
      tickets: (await em.query('SELECT id FROM ticket')) as Array<{ id: string }>,
      entries: (await em.query('SELECT kind, ticket_id FROM ticket_entry')) as Array<{
        kind: string;
        ticket_id: string;
      }>,
    }));
    const ids = seen.tickets.map((t) => t.id);
    expect(ids).toContain(tomsInvoice.id);
    expect(ids).not.toContain(elsTemplate.id);
    expect(ids).not.toContain(zonnebloemExport.id);
    // The demo note on Tom's own ticket is staff-only, in the database too.
    expect(seen.entries.filter((e) => e.kind === 'NOTE')).toEqual([]);
    expect(seen.entries.filter((e) => e.kind === 'REPLY').map((e) => e.ticket_id)).toContain(tomsInvoice.id);

    const plus = { kind: 'tenant' as const, organisationId: linde.id, userId: TOM, roles: ['MEMBER_PLUS'] };
    const wider = await inScope(server.app.dataSource, plus, (em) => em.query('SELECT id FROM ticket'));
    expect((wider as Array<{ id: string }>).map((t) => t.id)).toContain(elsTemplate.id);

    // Nor can the MEMBER write one for a colleague.
    await expect(
      inScope(server.app.dataSource, scope, (em) =>
        em.query(`UPDATE ticket SET subject = 'x' WHERE id = $1`, [elsTemplate.id]),
      ),
    ).resolves.toEqual([[], 0]);
  });
});

describe('status moves', () => {
  async function putIn(id: string, status: TicketStatus): Promise<void> {
    await ownerQuery(
      server.dbUrl,
      `UPDATE ticket SET status = $2,
              postponed_until = CASE WHEN $2 = 'POSTPONED' THEN current_date + 14 END,
              solution = CASE WHEN $2 = 'RESOLVED' THEN 'Opgelost' END WHERE id = $1`,
      [id, status],
    );
  }

  async function ticketIn(status: TicketStatus): Promise<string> {
    const ticket = await create(member, `In status ${status}`, 'Om de statustabel te testen.');
    await putIn(ticket.id, status);
    return ticket.id;
  }

  it('staff can make exactly the moves of the table; every other move is a UserError', async () => {
    const later = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
    const outcomes: string[] = [];
    // One ticket per starting status, put back in it before each attempt.
    const tickets = await Promise.all(TICKET_STATUSES.map((from) => ticketIn(from)));
    for (const [i, from] of TICKET_STATUSES.entries()) {
      const id = tickets[i] as string;
      for (const to of TICKET_STATUSES) {
        await putIn(id, from);
        const result = await gql(
          url,
          SET_STATUS,
          { input: { ticketId: id, status: to, postponedUntil: later, solution: 'De oplossing.' } },
          { token: staff },
        );
        expect(result.errors).toBeUndefined();
        const allowed = STATUS_MOVES[from][to]?.includes('STAFF') ?? false;
        const payload = result.data?.setTicketStatus;
        if (allowed) {
          expect(payload.errors, `${from} → ${to}`).toEqual([]);
          expect(payload.ticket.status).toBe(to);
        } else {
          expect(payload.ticket, `${from} → ${to}`).toBeNull();
          expect(payload.errors[0].code).toBe(from === 'CLOSED' ? 'TICKET_CLOSED' : 'TICKET_STATUS_MOVE');
          const [row] = await ownerQuery(server.dbUrl, 'SELECT status FROM ticket WHERE id = $1', [id]);
          expect(row.status).toBe(from);
        }
        outcomes.push(`${from}→${to}:${allowed ? 'ok' : 'refused'}`);
      }
    }
    expect(outcomes.filter((o) => o.endsWith(':ok'))).toEqual([
      'NEW→ANSWERED:ok',
      'NEW→POSTPONED:ok',
      'NEW→RESOLVED:ok',
      'NEW→CLOSED:ok',
      'ANSWERED→OPEN:ok',
      'ANSWERED→POSTPONED:ok',
      'ANSWERED→RESOLVED:ok',
      'ANSWERED→CLOSED:ok',
      'OPEN→ANSWERED:ok',
      'OPEN→POSTPONED:ok',
      'OPEN→RESOLVED:ok',
      'OPEN→CLOSED:ok',
      'POSTPONED→ANSWERED:ok',
      'POSTPONED→OPEN:ok',
      'POSTPONED→RESOLVED:ok',
      'POSTPONED→CLOSED:ok',
      'RESOLVED→OPEN:ok',
      'RESOLVED→CLOSED:ok',
    ]);
  }, 120_000);

  it('the refusal is localised', async () => {
    const id = await ticketIn('RESOLVED');
    const result = await gql(
      url,
      SET_STATUS,
      { input: { ticketId: id, status: 'ANSWERED' } },
      { token: staff },
    );
    expect(result.data?.setTicketStatus.errors).toEqual([
      {
        field: 'status',
        code: 'TICKET_STATUS_MOVE',
        message: 'Een ticket kan niet van Opgelost naar Beantwoord.',
      },
    ]);
  });

  it('Uitgesteld needs a future date, Opgelost a solution', async () => {
    const id = await ticketIn('OPEN');
    const noDate = await gql(
      url,
      SET_STATUS,
      { input: { ticketId: id, status: 'POSTPONED' } },
      { token: staff },
    );
    expect(noDate.data?.setTicketStatus.errors.map((e: { code: string }) => e.code)).toEqual([
      'TICKET_POSTPONE_DATE_REQUIRED',
    ]);
    const past = await gql(
      url,
      SET_STATUS,
      { input: { ticketId: id, status: 'POSTPONED', postponedUntil: '2020-01-01' } },
      { token: staff },
    );
    expect(past.data?.setTicketStatus.errors.map((e: { code: string }) => e.code)).toEqual([
      'TICKET_POSTPONE_DATE_PAST',
    ]);
    const noSolution = await gql(
      url,
      SET_STATUS,
      { input: { ticketId: id, status: 'RESOLVED', solution: '  ' } },
      { token: staff },
    );
    expect(noSolution.data?.setTicketStatus.errors.map((e: { code: string }) => e.code)).toEqual([
      'TICKET_SOLUTION_REQUIRED',
    ]);
  });

  it('customers cannot set a status', async () => {
    const id = await ticketIn('NEW');
    expect(
      errorCode(await gql(url, SET_STATUS, { input: { ticketId: id, status: 'CLOSED' } }, { token: admin })),
    ).toBe('FORBIDDEN');
  });

  it("replies move it: staff's first reply → Beantwoord; the customer's reply on Beantwoord, Uitgesteld, Opgelost → Open", async () => {
    const ticket = await create(member, 'Antwoorden verplaatsen de status', 'Test.');
    const staffReply = await gql(
      url,
      REPLY,
      { input: { ticketId: ticket.id, clientKey: key(), body: 'Kunt u een schermafdruk sturen?' } },
      { token: staff },
    );
    expect(staffReply.data?.replyToTicket.errors).toEqual([]);
    expect(staffReply.data?.replyToTicket.ticket.status).toBe('ANSWERED');
    expect(staffReply.data?.replyToTicket.ticket.firstResponseAt).not.toBeNull();

    for (const from of ['ANSWERED', 'POSTPONED', 'RESOLVED'] as const) {
      const id = await ticketIn(from);
      const reply = await gql(
        url,
        REPLY,
        { input: { ticketId: id, clientKey: key(), body: 'Nog steeds niet.' } },
        {
          token: member,
        },
      );
      expect(reply.data?.replyToTicket.ticket.status, from).toBe('OPEN');
    }
    const newOne = await ticketIn('NEW');
    const onNew = await gql(
      url,
      REPLY,
      { input: { ticketId: newOne, clientKey: key(), body: 'Aanvulling.' } },
      {
        token: member,
      },
    );
    expect(onNew.data?.replyToTicket.ticket.status).toBe('NEW');
  });

  it('Gesloten is final: a reply is refused and saves nothing', async () => {
    const id = await ticketIn('CLOSED');
    const reply = await gql(
      url,
      REPLY,
      { input: { ticketId: id, clientKey: key(), body: 'Toch nog iets.' } },
      {
        token: member,
      },
    );
    expect(reply.data?.replyToTicket.errors[0].code).toBe('TICKET_CLOSED');
    expect(
      await ownerQuery(server.dbUrl, `SELECT 1 FROM ticket_entry WHERE ticket_id = $1 AND kind = 'REPLY'`, [
        id,
      ]),
    ).toEqual([]);
  });

  it('the customer asks to close with a reason; staff resolve and the solution is mailed', async () => {
    const ticket = await create(member, 'Mag gesloten worden', 'Vraag.');
    const ask = await gql(
      url,
      `mutation($input: TicketReplyInput!) { requestTicketClose(input: $input) { errors { code } ticket { closeRequestedAt entries { closeRequest body } } } }`,
      { input: { ticketId: ticket.id, clientKey: key(), body: 'Het werkt weer, u mag het ticket sluiten.' } },
      { token: member },
    );
    expect(ask.data?.requestTicketClose.ticket.closeRequestedAt).not.toBeNull();
    expect(ask.data?.requestTicketClose.ticket.entries).toContainEqual({
      closeRequest: true,
      body: 'Het werkt weer, u mag het ticket sluiten.',
    });
    const resolved = await gql(
      url,
      SET_STATUS,
      { input: { ticketId: ticket.id, status: 'RESOLVED', solution: 'De cache van de browser leegmaken.' } },
      { token: staff },
    );
    expect(resolved.data?.setTicketStatus.ticket).toMatchObject({
      status: 'RESOLVED',
      solution: 'De cache van de browser leegmaken.',
    });
    const mail = (await outbox(server.dbUrl, 'medewerker@delinde.example')).find(
      (m) => m.template === 'ticket-solution' && m.subject.includes(ticket.number),
    );
    expect(mail?.subject).toBe(`Ticket ${ticket.number} is opgelost: Mag gesloten worden`);
    expect(mail?.text_body).toContain('De cache van de browser leegmaken.');
    expect(mail?.text_body).toContain(`http://loket.test/tickets/${ticket.number}`);
  });

  it("mails no participant who switched notifications off ('Geen meldingen meer')", async () => {
    const ticket = await create(member, 'Geen mails meer graag', 'Test.');
    const off = await gql(
      url,
      `mutation($t: ID!) { setTicketNotifications(ticketId: $t, notify: false) { errors { code } ticket { notifyMe } } }`,
      { t: ticket.id },
      { token: member },
    );
    expect(off.data?.setTicketNotifications.ticket.notifyMe).toBe(false);
    await gql(
      url,
      REPLY,
      { input: { ticketId: ticket.id, clientKey: key(), body: 'Antwoord.' } },
      { token: staff },
    );
    const mails = (await outbox(server.dbUrl, 'medewerker@delinde.example')).filter((m) =>
      m.subject.includes(ticket.number),
    );
    expect(mails.map((m) => m.template)).toEqual(['ticket-confirmation']);
  });
});

describe('internal notes', () => {
  it('are never shown to or mailed to the organisation', async () => {
    const ticket = await create(member, 'Notitie-test', 'Vraag.');
    const secret = `Interne notitie ${randomUUID()}`;
    const note = await gql(
      url,
      NOTE,
      { input: { ticketId: ticket.id, clientKey: key(), body: secret } },
      {
        token: staff,
      },
    );
    expect(note.data?.addTicketNote.errors).toEqual([]);
    await gql(
      url,
      REPLY,
      { input: { ticketId: ticket.id, clientKey: key(), body: 'Publiek antwoord.' } },
      {
        token: staff,
      },
    );

    const asStaff = await gql(url, TICKET, { id: ticket.id }, { token: staff });
    expect(asStaff.data?.ticket.entries.map((e: { kind: string }) => e.kind)).toContain('NOTE');
    for (const token of [member, admin]) {
      const seen = await gql(url, TICKET, { id: ticket.id }, { token });
      expect(JSON.stringify(seen)).not.toContain(secret);
      expect(seen.data?.ticket.entries.map((e: { kind: string }) => e.kind)).not.toContain('NOTE');
    }
    const mails = await outbox(server.dbUrl);
    expect(mails.filter((m) => m.text_body.includes(secret) || m.html_body.includes(secret))).toEqual([]);
    // Customers cannot write one.
    expect(
      errorCode(
        await gql(
          url,
          NOTE,
          { input: { ticketId: ticket.id, clientKey: key(), body: 'x' } },
          { token: member },
        ),
      ),
    ).toBe('FORBIDDEN');
  });
});

describe('search', () => {
  const SEARCH = `query($q: String!) { tickets(view: ALL, filter: { search: $q }, first: 20) { edges { node { id number } } } }`;
  const STAFF_SEARCH = `query($q: String!) { staffTickets(filter: { search: $q }, first: 20) { edges { node { id } } } }`;
  const found = (r: { data: Record<string, any> | null }, field = 'tickets') =>
    ((r.data?.[field].edges ?? []) as Array<{ node: { id: string } }>).map((e) => e.node.id);

  it("uses Dutch stemming: 'facturen' finds 'Factuur van oktober'", async () => {
    expect(found(await gql(url, SEARCH, { q: 'facturen' }, { token: member }))).toEqual([tomsInvoice.id]);
    expect(found(await gql(url, SEARCH, { q: 'zorgmail' }, { token: member }))).toEqual([tomsZorgmail.id]);
  });

  it('matches a ticket number exactly, within what the viewer may see', async () => {
    const number = await numberOf(elsTemplate.id);
    expect(found(await gql(url, SEARCH, { q: number.toLowerCase() }, { token: memberPlus }))).toEqual([
      elsTemplate.id,
    ]);
    expect(found(await gql(url, SEARCH, { q: number }, { token: member }))).toEqual([]);
  });

  it('finds words of public replies for everyone, of notes only for staff', async () => {
    // Demo: the reply on Tom's invoice says 'verzamelfactuur', the note 'import van 3 november'.
    expect(found(await gql(url, SEARCH, { q: 'import november' }, { token: member }))).toEqual([]);
    expect(
      found(await gql(url, STAFF_SEARCH, { q: 'import november' }, { token: staff }), 'staffTickets'),
    ).toEqual([tomsInvoice.id]);
  });
});

describe('staff handling', () => {
  it('assigns, moves queue, counts per queue and sets details, each in the timeline', async () => {
    const ticket = await create(member, 'Naar BI', 'Data-extractie.');
    const counts = async () =>
      Object.fromEntries(
        (
          ((await gql(url, '{ ticketQueueCounts { queue { code } openCount } }', {}, { token: staff })).data
            ?.ticketQueueCounts ?? []) as Array<{ queue: { code: string }; openCount: number }>
        ).map((c) => [c.queue.code, c.openCount]),
      );
    const before = await counts();
    const queues = await ownerQuery<{ id: string }>(
      server.dbUrl,
      `SELECT id FROM ticket_queue WHERE code = 'BI'`,
    );
    const moved = await gql(
      url,
      `mutation($t: ID!, $q: ID!) { moveTicketQueue(ticketId: $t, queueId: $q) { errors { code } ticket { queue { code explanation } } } }`,
      { t: ticket.id, q: queues[0]?.id },
      { token: staff },
    );
    expect(moved.data?.moveTicketQueue.ticket.queue.code).toBe('BI');
    const after = await counts();
    expect(after.BI).toBe((before.BI ?? 0) + 1);
    expect(after.HELPDESK).toBe((before.HELPDESK ?? 0) - 1);

    const assigned = await gql(
      url,
      `mutation($t: ID!, $a: ID) { assignTicket(ticketId: $t, assigneeId: $a) { errors { code } ticket { assignee { email } } } }`,
      { t: ticket.id, a: BART },
      { token: staff },
    );
    expect(assigned.data?.assignTicket.ticket.assignee.email).toBe('bart.desmet@zorg.example');
    const notStaff = await gql(
      url,
      `mutation($t: ID!, $a: ID) { assignTicket(ticketId: $t, assigneeId: $a) { errors { code } } }`,
      { t: ticket.id, a: TOM },
      { token: staff },
    );
    expect(notStaff.data?.assignTicket.errors).toEqual([{ code: 'TICKET_ASSIGNEE_NOT_FOUND' }]);

    const mine = await gql(
      url,
      `{ staffTickets(filter: { mine: true }, first: 50) { edges { node { id } } } }`,
      {},
      {
        token: staff,
      },
    );
    expect(mine.data?.staffTickets.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(
      ticket.id,
    );

    const details = await gql(
      url,
      `mutation($input: UpdateTicketDetailsInput!) { updateTicketDetails(input: $input) { errors { code } ticket { plannedVersion expectedResolutionOn } } }`,
      { input: { ticketId: ticket.id, plannedVersion: '2026.4', expectedResolutionOn: '2026-12-31' } },
      { token: staff },
    );
    expect(details.data?.updateTicketDetails.ticket).toEqual({
      plannedVersion: '2026.4',
      expectedResolutionOn: '2026-12-31',
    });
    const timeline = await gql(url, TICKET, { id: ticket.id }, { token: member });
    expect(
      timeline.data?.ticket.entries
        .filter((e: { kind: string }) => e.kind === 'EVENT')
        .map((e: any) => e.event.type),
    ).toEqual(['CREATED', 'QUEUE', 'ASSIGNED', 'DETAILS']);
    const audit = await ownerQuery(
      server.dbUrl,
      `SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY created_at`,
      [ticket.id],
    );
    expect(audit.map((a) => a.action)).toEqual([
      'ticket.created',
      'ticket.queue',
      'ticket.assigned',
      'ticket.details',
    ]);
  });

  it('merges a duplicate into a ticket of the same organisation and tells both requesters', async () => {
    const target = await create(admin, 'Postvak ontvangt niets', 'Origineel.');
    const duplicate = await create(member, 'Postvak werkt niet', 'Dubbel.');
    await gql(
      url,
      REPLY,
      { input: { ticketId: duplicate.id, clientKey: key(), body: 'Extra info bij het duplicaat.' } },
      {
        token: member,
      },
    );
    const other = await gql(
      url,
      `mutation($a: ID!, $b: ID!) { mergeTicket(ticketId: $a, intoTicketId: $b) { errors { code } } }`,
      { a: duplicate.id, b: zonnebloemExport.id },
      { token: staff },
    );
    expect(other.data?.mergeTicket.errors).toEqual([{ code: 'TICKET_MERGE_OTHER_ORGANISATION' }]);

    const merged = await gql(
      url,
      `mutation($a: ID!, $b: ID!) { mergeTicket(ticketId: $a, intoTicketId: $b) { errors { code } ticket { number entries { kind body event { type number } } } } }`,
      { a: duplicate.id, b: target.id },
      { token: staff },
    );
    expect(merged.data?.mergeTicket.errors).toEqual([]);
    expect(merged.data?.mergeTicket.ticket.entries).toContainEqual({
      kind: 'REPLY',
      body: 'Extra info bij het duplicaat.',
      event: null,
    });
    const dup = await gql(url, TICKET, { id: duplicate.id }, { token: member });
    expect(dup.data?.ticket).toMatchObject({ status: 'CLOSED', mergedInto: { number: target.number } });
    // The MEMBER now takes part in the target (moved participants), so sees it too.
    const targetAsMember = await gql(url, TICKET, { id: target.id }, { token: member });
    expect(targetAsMember.data?.ticket.number).toBe(target.number);

    const reply = await gql(
      url,
      REPLY,
      { input: { ticketId: duplicate.id, clientKey: key(), body: 'Nog iets.' } },
      {
        token: member,
      },
    );
    expect(reply.data?.replyToTicket.errors[0]).toMatchObject({ code: 'TICKET_MERGED' });
    expect(reply.data?.replyToTicket.errors[0].message).toContain(target.number);

    for (const email of ['medewerker@delinde.example', 'beheerder@delinde.example']) {
      const mails = (await outbox(server.dbUrl, email)).filter((m) => m.template === 'ticket-merged');
      expect(mails.map((m) => m.subject)).toContain(
        `Ticket ${duplicate.number} is samengevoegd met ${target.number}`,
      );
    }
  });
});

describe('labels', () => {
  it('staff set them; organisations see only the labels shown to customers', async () => {
    const ticket = await create(member, 'Excel met cliëntgegevens', 'Bijlage met namen.');
    const labels = await gql(url, '{ ticketLabels { id code } }', {}, { token: staff });
    const ids = labels.data?.ticketLabels.map((l: { id: string }) => l.id);
    const SET = `mutation($t: ID!, $l: [ID!]!) { setTicketLabels(ticketId: $t, labelIds: $l) { errors { field code } ticket { labels { code name } } } }`;
    const refused = await gql(url, SET, { t: ticket.id, l: [randomUUID()] }, { token: staff });
    expect(refused.data?.setTicketLabels.errors).toEqual([
      { field: 'labelIds.0', code: 'TICKET_LABEL_NOT_FOUND' },
    ]);
    const set = await gql(url, SET, { t: ticket.id, l: ids }, { token: staff });
    expect(set.data?.setTicketLabels.ticket.labels.map((l: { code: string }) => l.code)).toEqual([
      'SECURITY_INCIDENT',
      'SECURITY_INCIDENT_LIGHT',
    ]);
    const asMember = await gql(
      url,
      `query($id: ID) { ticket(id: $id) { labels { code name } } }`,
      { id: ticket.id },
      {
        token: member,
      },
    );
    expect(asMember.data?.ticket.labels).toEqual([
      { code: 'SECURITY_INCIDENT', name: 'Security incident Helpdesk' },
    ]);
    expect(errorCode(await gql(url, SET, { t: ticket.id, l: [] }, { token: admin }))).toBe('FORBIDDEN');
  });
});

describe('zonnebloem stays apart', () => {
  it('cannot reply to, or switch notifications on, another organisation’s ticket', async () => {
    const reply = await gql(
      url,
      REPLY,
      { input: { ticketId: tomsInvoice.id, clientKey: key(), body: 'Hallo' } },
      {
        token: stranger,
      },
    );
    expect(errorCode(reply)).toBe('NOT_FOUND');
    const notify = await gql(
      url,
      `mutation($t: ID!) { setTicketNotifications(ticketId: $t, notify: true) { errors { code } } }`,
      { t: tomsInvoice.id },
      { token: stranger },
    );
    expect(errorCode(notify)).toBe('NOT_FOUND');
    expect(zonnebloem.id).not.toBe(linde.id);
  });
});
