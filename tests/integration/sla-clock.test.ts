// The service-level clock on real tickets against real PostgreSQL, with a fake clock for the timer: due
// times stored at creation, reaction met by the first public staff reply, the resolution clock paused
// while Uitgesteld and resumed with the time left, a new support type recomputed from the creation minus
// the paused time, the timer's job kept in step, breach states in staffTickets (filter, sort), warnings
// once per ticket and target (also with two timers at once), and the expected date for the customer.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  addBusinessTime,
  businessTimeBetween,
  officeCalendar,
} from '../../server/src/modules/sla/business-time.js';
import { runTicketTimer } from '../../server/src/modules/sla/ticket-timer.js';
import { createOrganisation, createUser, type TestUser } from '../utils/factories.js';
import { gql, login } from '../utils/graphql.js';
import { outbox, ownerQuery } from '../utils/mailbox.js';
import { startTestServer, type TestServer } from '../utils/server.js';

const MINUTE = 60_000;
const WORKDAY = 510 * MINUTE;
// The seeded department calendar: 08:15–16:45, Belgian holidays, 11 July closed every year.
const office = officeCalendar([], ['07-11']);

let server: TestServer;
let url: string;
let member: TestUser;
let staff: string;
let categoryId: string;
const types: Record<string, string> = {};

const FIELDS = `id number status createdAt firstResponseAt firstResponseDueAt resolutionDueAt slaState clockPaused
  expectedResolutionOn expectedResolutionDate`;

interface TicketData {
  id: string;
  number: string;
  status: string;
  createdAt: string;
  firstResponseAt: string | null;
  firstResponseDueAt: string | null;
  resolutionDueAt: string | null;
  slaState: string | null;
  clockPaused: boolean;
  expectedResolutionOn: string | null;
  expectedResolutionDate: string | null;
}

async function create(supportType: string): Promise<TicketData> {
  const result = await gql(
    url,
    `mutation($input: CreateTicketInput!) { createTicket(input: $input) { errors { code } ticket { ${FIELDS} } } }`,
    {
      input: {
        clientKey: randomUUID(),
        subject: `SLA ${supportType}`,
        description: 'Het rapport blijft leeg.',
        categoryId,
        supportTypeId: types[supportType],
      },
    },
    { token: member.token },
  );
  expect(result.data?.createTicket.errors).toEqual([]);
  return result.data?.createTicket.ticket;
}

async function read(id: string, token = staff): Promise<TicketData> {
  const result = await gql(url, `query($id: ID) { ticket(id: $id) { ${FIELDS} } }`, { id }, { token });
  return result.data?.ticket;
}

async function mutate(name: string, input: Record<string, unknown>, token = staff) {
  const inputType: Record<string, string> = {
    setTicketStatus: 'SetTicketStatusInput',
    replyToTicket: 'TicketReplyInput',
    updateTicketDetails: 'UpdateTicketDetailsInput',
  };
  const result = await gql(
    url,
    `mutation($input: ${inputType[name]}!) { ${name}(input: $input) { errors { code field } ticket { ${FIELDS} } } }`,
    { input },
    { token },
  );
  expect(result.errors).toBeUndefined();
  expect(result.data?.[name].errors).toEqual([]);
  return result.data?.[name].ticket as TicketData;
}

/** Puts the ticket's creation (and everything measured from it) at `at`, then recomputes at `now`. */
async function createdAt(id: string, at: string, now: Date) {
  await ownerQuery(server.dbUrl, 'UPDATE ticket SET created_at = $2, status_changed_at = $2 WHERE id = $1', [
    id,
    at,
  ]);
  return runTicketTimer(server.app, id, now);
}

const job = async (id: string) =>
  (
    await ownerQuery<{ run_at: Date }>(
      server.dbUrl,
      'SELECT run_at FROM graphile_worker.jobs WHERE key = $1',
      [`ticket-timer:${id}`],
    )
  )[0];

beforeAll(async () => {
  server = await startTestServer();
  url = server.graphqlUrl;
  const organisation = await createOrganisation(server);
  member = await createUser(server, organisation, { roles: ['MEMBER'] });
  staff = await login(url, 'bart.desmet@zorg.example');
  const lists = await gql(
    url,
    '{ ticketCategories { id } ticketSupportTypes { id code } }',
    {},
    { token: staff },
  );
  categoryId = lists.data?.ticketCategories[0].id;
  for (const t of lists.data?.ticketSupportTypes ?? []) types[t.code] = t.id;
});

describe('due times', () => {
  it('are stored at creation from the support type, in business time; the timer job waits for the first moment', async () => {
    const ticket = await read((await create('QUESTION')).id);
    const created = new Date(ticket.createdAt);
    expect(ticket.slaState).toBe('ON_TRACK');
    expect(new Date(ticket.firstResponseDueAt ?? '')).toEqual(addBusinessTime(created, WORKDAY, office));
    expect(new Date(ticket.resolutionDueAt ?? '')).toEqual(addBusinessTime(created, 2 * WORKDAY, office));
    // The first moment: the reaction target at risk (80 % of a working day used).
    expect((await job(ticket.id))?.run_at).toEqual(addBusinessTime(created, 0.8 * WORKDAY, office));
  });

  it("'op afspraak' has no resolution target; Major incident runs 24/7", async () => {
    const change = await create('CHANGE_REQUEST');
    expect(change.resolutionDueAt).toBeNull();
    expect(change.firstResponseDueAt).not.toBeNull();
    const major = await create('MAJOR_INCIDENT');
    const created = new Date(major.createdAt).getTime();
    expect(new Date(major.firstResponseDueAt ?? '').getTime()).toBe(created + 30 * MINUTE);
    expect(new Date(major.resolutionDueAt ?? '').getTime()).toBe(created + 240 * MINUTE);
  });

  it('Friday 16:30 with 4 business hours is due Monday 12:00, Tuesday when Monday is Easter Monday', async () => {
    for (const [at, due] of [
      ['2026-03-13T16:30:00+01:00', '2026-03-16T12:00:00+01:00'],
      ['2026-04-03T16:30:00+02:00', '2026-04-07T12:00:00+02:00'],
    ] as const) {
      const ticket = await create('FIRST_LINE_INCIDENT');
      await createdAt(ticket.id, at, new Date(at));
      expect(new Date((await read(ticket.id)).firstResponseDueAt ?? '')).toEqual(new Date(due));
    }
  });
});

describe('the clock', () => {
  it('reaction is met by the first public staff reply, not by a note', async () => {
    const ticket = await create('QUESTION');
    await gql(
      url,
      `mutation($input: TicketReplyInput!) { addTicketNote(input: $input) { errors { code } } }`,
      { input: { ticketId: ticket.id, clientKey: randomUUID(), body: 'intern' } },
      { token: staff },
    );
    expect((await read(ticket.id)).firstResponseAt).toBeNull();
    const replied = await mutate('replyToTicket', {
      ticketId: ticket.id,
      clientKey: randomUUID(),
      body: 'Antwoord',
    });
    expect(replied.firstResponseAt).not.toBeNull();
    expect(replied.status).toBe('ANSWERED');
  });

  it('pauses while Uitgesteld, resumes with the time left; a new support type counts from the creation minus the pause', async () => {
    const ticket = await create('QUESTION');
    const created = new Date(ticket.createdAt);
    const postponed = await mutate('setTicketStatus', {
      ticketId: ticket.id,
      status: 'POSTPONED',
      postponedUntil: new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10),
    });
    expect(postponed.clockPaused).toBe(true);
    // The timer waits for the reaction target only (the resolution clock stands still).
    expect((await job(ticket.id))?.run_at).toEqual(addBusinessTime(created, 0.8 * WORKDAY, office));
    // The pause began three working days ago (as if the customer had not replied since).
    const pausedSince = addBusinessTime(new Date(Date.now() - 5 * 86_400_000), 0, office);
    await ownerQuery(
      server.dbUrl,
      'UPDATE ticket SET clock_paused_since = $2, created_at = $3 WHERE id = $1',
      [ticket.id, pausedSince, new Date(pausedSince.getTime() - 86_400_000)],
    );
    const createdBefore = new Date(pausedSince.getTime() - 86_400_000);

    const resumed = await mutate(
      'replyToTicket',
      { ticketId: ticket.id, clientKey: randomUUID(), body: 'Hier is de informatie.' },
      member.token,
    );
    expect(resumed.status).toBe('OPEN');
    expect(resumed.clockPaused).toBe(false);
    const [row] = await ownerQuery<{ paused: string; resumed: Date }>(
      server.dbUrl,
      'SELECT clock_paused_ms AS paused, status_changed_at AS resumed FROM ticket WHERE id = $1',
      [ticket.id],
    );
    const paused = Number(row?.paused);
    expect(paused).toBe(businessTimeBetween(pausedSince, row?.resumed as Date, office));
    expect(paused).toBeGreaterThan(0);
    const due = new Date((await read(ticket.id)).resolutionDueAt ?? '');
    expect(due).toEqual(addBusinessTime(createdBefore, 2 * WORKDAY + paused, office));
    // The business time the ticket may take, minus the pause, is still the target.
    expect(businessTimeBetween(createdBefore, due, office) - paused).toBe(2 * WORKDAY);
    expect(created).not.toEqual(createdBefore);
    // Staff read the pause in business minutes (the ticket page shows it); the organisation does not.
    const pausedMinutes = async (token: string) =>
      (
        await gql(
          url,
          'query($id: ID) { ticket(id: $id) { clockPausedMinutes } }',
          { id: ticket.id },
          { token },
        )
      ).data?.ticket.clockPausedMinutes;
    await expect(pausedMinutes(staff)).resolves.toBe(Math.floor(paused / 60_000));
    await expect(pausedMinutes(member.token)).resolves.toBeNull();

    // GLPI recomputes from the creation and forgets the pause; we do not.
    const retyped = await mutate('updateTicketDetails', {
      ticketId: ticket.id,
      supportTypeId: types.FIRST_LINE_INCIDENT,
    });
    expect(new Date(retyped.resolutionDueAt ?? '')).toEqual(
      addBusinessTime(createdBefore, WORKDAY + paused, office),
    );
  });
});

describe('breach state, warnings and the fake clock', () => {
  it('turns at risk, then breached, at the business moments; warns every agent once per target and level', async () => {
    const ticket = await create('QUESTION');
    // Friday 16:30: the reaction is due Monday 16:30 (15 min Friday + 8 h 15 Monday); at risk from 14:48.
    const start = '2026-03-13T16:30:00+01:00';
    expect((await createdAt(ticket.id, start, new Date('2026-03-16T09:00:00+01:00')))?.state).toBe(
      'ON_TRACK',
    );
    expect((await job(ticket.id))?.run_at).toEqual(new Date('2026-03-16T14:48:00+01:00'));

    const atRisk = await runTicketTimer(server.app, ticket.id, new Date('2026-03-16T14:48:00+01:00'));
    expect(atRisk).toMatchObject({ state: 'AT_RISK', warnings: [{ target: 'REACTION', level: 'AT_RISK' }] });
    expect((await read(ticket.id)).slaState).toBe('AT_RISK');
    expect((await job(ticket.id))?.run_at).toEqual(new Date('2026-03-16T16:30:00+01:00'));
    const agents = await ownerQuery<{ email: string }>(
      server.dbUrl,
      `SELECT email FROM app_user WHERE organisation_id IS NULL AND status = 'ACTIVE' AND 'AGENT' = ANY (roles) ORDER BY email`,
    );
    const warned = async () =>
      (await outbox(server.dbUrl)).filter((m) => m.subject.startsWith(`Ticket ${ticket.number}:`));
    expect((await warned()).map((m) => m.recipient).sort()).toEqual(agents.map((a) => a.email));
    expect((await warned())[0]?.subject).toContain('reactietermijn in gevaar');

    // Again at the same moment (a restart), and two timers at once (two workers): nothing more.
    const again = await Promise.all([
      runTicketTimer(server.app, ticket.id, new Date('2026-03-16T15:00:00+01:00')),
      runTicketTimer(server.app, ticket.id, new Date('2026-03-16T15:00:00+01:00')),
    ]);
    expect(again.map((o) => o?.warnings)).toEqual([[], []]);
    expect(await warned()).toHaveLength(agents.length);

    const breached = await Promise.all([
      runTicketTimer(server.app, ticket.id, new Date('2026-03-16T16:31:00+01:00')),
      runTicketTimer(server.app, ticket.id, new Date('2026-03-16T16:31:00+01:00')),
    ]);
    expect(breached.flatMap((o) => o?.warnings ?? [])).toEqual([{ target: 'REACTION', level: 'BREACHED' }]);
    expect((await read(ticket.id)).slaState).toBe('BREACHED');
    expect(await warned()).toHaveLength(2 * agents.length);

    // staffTickets: filter by state and sort most urgent first; an organisation never sees the state.
    const listed = await gql(
      url,
      `{ staffTickets(filter: { slaStates: [BREACHED] }, sort: SLA, first: 100) { edges { node { id slaState } } } }`,
      {},
      { token: staff },
    );
    const nodes = listed.data?.staffTickets.edges.map(
      (e: { node: { id: string; slaState: string } }) => e.node,
    );
    expect(nodes).toContainEqual({ id: ticket.id, slaState: 'BREACHED' });
    expect(nodes.every((n: { slaState: string }) => n.slaState === 'BREACHED')).toBe(true);
    const sorted = await gql(
      url,
      `{ staffTickets(sort: SLA, first: 100) { edges { node { slaState } } } }`,
      {},
      { token: staff },
    );
    const rank = { BREACHED: 0, AT_RISK: 1, ON_TRACK: 2 } as Record<string, number>;
    const ranks = sorted.data?.staffTickets.edges.map((e: { node: { slaState: string | null } }) =>
      e.node.slaState === null ? 3 : rank[e.node.slaState],
    );
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect((await read(ticket.id, member.token)).slaState).toBeNull();
  });

  it("the customer sees the agent's date when set, else the computed one", async () => {
    const ticket = await create('QUESTION');
    const due = new Date(ticket.resolutionDueAt ?? '');
    expect(ticket.expectedResolutionDate).toBe(
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(due),
    );
    await mutate('updateTicketDetails', { ticketId: ticket.id, expectedResolutionOn: '2027-01-15' });
    expect((await read(ticket.id, member.token)).expectedResolutionDate).toBe('2027-01-15');
  });
});

describe('automations', () => {
  it('Beantwoord without reaction for 14 days → Opgelost with a mail; Opgelost 7 days → Gesloten', async () => {
    const ticket = await create('QUESTION');
    const answered = await mutate('replyToTicket', {
      ticketId: ticket.id,
      clientKey: randomUUID(),
      body: 'Kijk eens',
    });
    expect(answered.status).toBe('ANSWERED');
    const [row] = await ownerQuery<{ at: Date }>(
      server.dbUrl,
      'SELECT status_changed_at AS at FROM ticket WHERE id = $1',
      [ticket.id],
    );
    if (!row) throw new Error('ticket not found');
    const since = row.at.getTime();
    const day = 86_400_000;
    expect((await job(ticket.id))?.run_at.getTime()).toBeLessThanOrEqual(since + 14 * day);

    expect(
      (await runTicketTimer(server.app, ticket.id, new Date(since + 14 * day - MINUTE)))?.automation,
    ).toBeNull();
    const resolved = await runTicketTimer(server.app, ticket.id, new Date(since + 14 * day));
    expect(resolved?.automation).toBe('RESOLVED');
    expect((await read(ticket.id)).status).toBe('RESOLVED');
    // Only this ticket's mail: the file's other tests mail the same member.
    const mails = (await outbox(server.dbUrl, member.email)).filter(
      (m) => m.subject.includes(ticket.number) && m.subject.includes('als opgelost gemarkeerd'),
    );
    expect(mails).toHaveLength(1);
    expect(mails[0]?.text_body).toContain('14 dagen geen reactie');
    expect(mails[0]?.text_body).toContain('Reageer op het ticket, dan gaat het opnieuw open');
    // Once: a repeat finds the ticket resolved.
    expect((await runTicketTimer(server.app, ticket.id, new Date(since + 14 * day)))?.automation).toBeNull();

    const closedAt = since + 21 * day + MINUTE;
    expect((await runTicketTimer(server.app, ticket.id, new Date(closedAt)))?.automation).toBe('CLOSED');
    expect((await read(ticket.id)).status).toBe('CLOSED');
    expect(await job(ticket.id)).toBeUndefined();
  });

  it('a customer reply cancels the auto-resolve', async () => {
    const ticket = await create('QUESTION');
    await mutate('replyToTicket', { ticketId: ticket.id, clientKey: randomUUID(), body: 'Kijk eens' });
    await mutate(
      'replyToTicket',
      { ticketId: ticket.id, clientKey: randomUUID(), body: 'Nog niet goed' },
      member.token,
    );
    const outcome = await runTicketTimer(server.app, ticket.id, new Date(Date.now() + 15 * 86_400_000));
    expect(outcome?.automation).toBeNull();
    expect((await read(ticket.id)).status).toBe('OPEN');
  });

  it('Uitgesteld past its date → Opgelost', async () => {
    const ticket = await create('QUESTION');
    const until = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    await mutate('setTicketStatus', { ticketId: ticket.id, status: 'POSTPONED', postponedUntil: until });
    const dayAfter = new Date(`${until}T23:59:00Z`);
    expect(
      (await runTicketTimer(server.app, ticket.id, new Date(`${until}T12:00:00Z`)))?.automation,
    ).toBeNull();
    expect((await runTicketTimer(server.app, ticket.id, dayAfter))?.automation).toBe('RESOLVED');
    const mails = (await outbox(server.dbUrl, member.email)).filter(
      (m) => m.subject.includes(ticket.number) && m.text_body.includes(`uitgesteld tot ${until}`),
    );
    expect(mails).toHaveLength(1);
  });
});
