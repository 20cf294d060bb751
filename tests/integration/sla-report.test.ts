// The service-level report per month, queue and support type, over GraphQL and as CSV: targets met and
// breached, median business time to the first reaction and to the resolution; staff only.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { addBusinessTime, officeCalendar } from '../../server/src/modules/sla/business-time.js';
import { createOrganisation, createUser, type TestUser } from '../utils/factories.js';
import { gql, login } from '../utils/graphql.js';
import { ownerQuery } from '../utils/mailbox.js';
import { startTestServer, type TestServer } from '../utils/server.js';

const MINUTE = 60_000;
const office = officeCalendar([], ['07-11']);
let server: TestServer;
let url: string;
let member: TestUser;
let staff: string;

async function ticket(times: { created: string; reaction: string | null; resolved: string | null }) {
  const lists = await gql(
    url,
    '{ ticketCategories { id } ticketSupportTypes { id code } }',
    {},
    { token: staff },
  );
  const created = await gql(
    url,
    `mutation($input: CreateTicketInput!) { createTicket(input: $input) { errors { code } ticket { id } } }`,
    {
      input: {
        clientKey: randomUUID(),
        subject: 'Rapport',
        description: 'Het rapport blijft leeg.',
        categoryId: lists.data?.ticketCategories[0].id,
        supportTypeId: lists.data?.ticketSupportTypes.find((t: { code: string }) => t.code === 'QUESTION').id,
      },
    },
    { token: member.token },
  );
  const id = created.data?.createTicket.ticket.id;
  const at = new Date(times.created);
  // A month of its own (2031), so that other tests' tickets are not in it.
  await ownerQuery(
    server.dbUrl,
    `UPDATE ticket SET created_at = $2, first_response_at = $3, resolved_at = $4, first_response_due_at = $5,
            resolution_due_at = $6, status = CASE WHEN $4::timestamptz IS NULL THEN status ELSE 'RESOLVED' END,
            solution = CASE WHEN $4::timestamptz IS NULL THEN solution ELSE 'Opgelost' END
      WHERE id = $1`,
    [
      id,
      at,
      times.reaction,
      times.resolved,
      addBusinessTime(at, 510 * MINUTE, office),
      addBusinessTime(at, 1020 * MINUTE, office),
    ],
  );
}

beforeAll(async () => {
  server = await startTestServer();
  url = server.graphqlUrl;
  member = await createUser(server, await createOrganisation(server), { roles: ['MEMBER'] });
  staff = await login(url, 'bart.desmet@zorg.example');
  // Met (1 h) and resolved in exactly two working days; breached (11 h 30 of business time), not resolved.
  await ticket({
    created: '2031-05-05T09:00:00+02:00',
    reaction: '2031-05-05T10:00:00+02:00',
    resolved: '2031-05-07T09:00:00+02:00',
  });
  await ticket({
    created: '2031-05-05T09:00:00+02:00',
    reaction: '2031-05-06T12:00:00+02:00',
    resolved: null,
  });
});

describe('service-level report', () => {
  it('counts per month, queue and support type, with medians in business minutes', async () => {
    const report = await gql(
      url,
      `{ serviceLevelReport(from: "2031-05-01", to: "2031-05-31") {
           month queue queueCode supportType supportTypeCode created reactionMet reactionBreached reactionMetPercent
           resolutionMet resolutionBreached resolutionMetPercent medianReactionMinutes medianResolutionMinutes } }`,
      {},
      { token: staff },
    );
    expect(report.errors).toBeUndefined();
    expect(report.data?.serviceLevelReport).toEqual([
      {
        month: '2031-05',
        queue: 'Helpdesk',
        queueCode: 'HELPDESK',
        supportType: 'Vraag',
        supportTypeCode: 'QUESTION',
        created: 2,
        reactionMet: 1,
        reactionBreached: 1,
        reactionMetPercent: 50,
        // The open one is not due yet (2031 is in the future): neither met nor breached.
        resolutionMet: 1,
        resolutionBreached: 0,
        resolutionMetPercent: 100,
        medianReactionMinutes: (60 + 690) / 2,
        medianResolutionMinutes: 1020,
      },
    ]);
  });

  it('exports CSV for staff, in their language; organisations and anonymous get none', async () => {
    const csv = await fetch(`${server.url}/reports/service-levels.csv?from=2031-05-01&to=2031-05-31`, {
      headers: { authorization: `Bearer ${staff}` },
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect((await csv.text()).split('\r\n')).toEqual([
      'month,queue,support_type,created,reaction_met,reaction_breached,reaction_met_percent,resolution_met,resolution_breached,resolution_met_percent,median_reaction_business_minutes,median_resolution_business_minutes',
      '2031-05,Helpdesk,Vraag,2,1,1,50,1,0,100,375,1020',
      '',
    ]);
    const asMember = await fetch(`${server.url}/reports/service-levels.csv?from=2031-05-01&to=2031-05-31`, {
      headers: { authorization: `Bearer ${member.token}` },
    });
    expect(asMember.status).toBe(404);
    expect(
      (await fetch(`${server.url}/reports/service-levels.csv?from=2031-05-01&to=2031-05-31`)).status,
    ).toBe(401);
    const bad = await fetch(`${server.url}/reports/service-levels.csv?from=2031-02-30&to=2031-05-31`, {
      headers: { authorization: `Bearer ${staff}` },
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('INVALID_DAY');
    const refused = await gql(
      url,
      '{ serviceLevelReport(from: "2031-05-01", to: "2031-05-31") { month } }',
      {},
      {
        token: member.token,
      },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
