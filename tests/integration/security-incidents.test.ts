// Security incidents per organisation and year (issue 15 'Privacy incidents', '002' yearly review): the
// count staff read beside the service-level report, and the one mail to the organisation's Beheerders when a
// label brings the year's count to SECURITY_INCIDENT_YEARLY_THRESHOLD (here 2) — not before, not again
// (a third incident, a label removed and added again), and once when two agents label at the same moment.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated/gql.js';
import { createOrganisation, createUser, type TestUser } from '../utils/factories.js';
import { errorCode, gql, login } from '../utils/graphql.js';
import { outbox } from '../utils/mailbox.js';
import { startTestServer, type TestServer } from '../utils/server.js';

const CREATE = graphql(`
  mutation IncidentsCreateTicket($input: CreateTicketInput!) {
    createTicket(input: $input) { errors { code } ticket { id } }
  }
`);
const LABEL = graphql(`
  mutation IncidentsLabel($ticketId: ID!, $labelIds: [ID!]!) {
    setTicketLabels(ticketId: $ticketId, labelIds: $labelIds) { errors { code } }
  }
`);
const COUNTS = graphql(`
  query IncidentsCounts($from: Day!, $to: Day!) {
    securityIncidentCounts(from: $from, to: $to) { organisationId organisationName year incidents noticeSentAt }
  }
`);

let server: TestServer;
let url: string;
let agent: string;
let categoryId: string;
let supportTypeId: string;
const labels: Record<string, string> = {};

interface World {
  organisationId: string;
  admins: TestUser[];
  member: TestUser;
}

async function world(): Promise<World> {
  const organisation = await createOrganisation(server);
  return {
    organisationId: organisation.id,
    admins: [
      await createUser(server, organisation, { roles: ['ADMIN'] }),
      await createUser(server, organisation, { roles: ['ADMIN'] }),
    ],
    member: await createUser(server, organisation, { roles: ['MEMBER'] }),
  };
}

async function ticket(w: World): Promise<string> {
  const result = await gql(
    url,
    CREATE,
    {
      input: {
        clientKey: randomUUID(),
        subject: 'Lek',
        description: 'Gegevens verstuurd.',
        categoryId,
        supportTypeId,
      },
    },
    { token: w.member.token },
  );
  expect(result.data?.createTicket.errors).toEqual([]);
  return result.data?.createTicket.ticket?.id ?? '';
}

async function label(ticketId: string, codes: string[]) {
  const result = await gql(
    url,
    LABEL,
    { ticketId, labelIds: codes.map((c) => labels[c] ?? '') },
    { token: agent },
  );
  expect(result.data?.setTicketLabels.errors).toEqual([]);
}

const notices = async (w: World) =>
  (await Promise.all(w.admins.map((a) => outbox(server.dbUrl, a.email))))
    .flat()
    .filter((m) => m.template === 'security-incident-threshold');

const year = new Date().getFullYear();

beforeAll(async () => {
  server = await startTestServer({ SECURITY_INCIDENT_YEARLY_THRESHOLD: '2' });
  url = server.graphqlUrl;
  agent = await login(url, 'bart.desmet@zorg.example');
  const lists = await gql(
    url,
    '{ ticketCategories { id } ticketSupportTypes { id code } ticketLabels { id code } }',
    {},
    { token: agent },
  );
  categoryId = lists.data?.ticketCategories[0].id;
  supportTypeId = lists.data?.ticketSupportTypes[0].id;
  for (const l of lists.data?.ticketLabels ?? []) labels[l.code] = l.id;
});

describe('security incidents', () => {
  it('mails every Beheerder once when the year reaches the threshold, and counts per organisation and year', async () => {
    const w = await world();
    const [first, second, third] = [await ticket(w), await ticket(w), await ticket(w)];
    await label(first ?? '', ['SECURITY_INCIDENT']);
    expect(await notices(w)).toEqual([]);
    await label(second ?? '', ['SECURITY_INCIDENT_LIGHT']);
    const mails = await notices(w);
    expect(mails.map((m) => m.recipient).sort()).toEqual(w.admins.map((a) => a.email).sort());
    expect(mails[0]?.subject).toContain(`2 security incidents in ${year}`);
    expect(mails[0]?.text_body).toContain('/tickets');
    // A third, and a label taken off and put back: no second mail.
    await label(third ?? '', ['SECURITY_INCIDENT']);
    await label(first ?? '', []);
    await label(first ?? '', ['SECURITY_INCIDENT']);
    expect(await notices(w)).toHaveLength(2);
    // The member (not a Beheerder) gets nothing.
    expect(
      (await outbox(server.dbUrl, w.member.email)).filter(
        (m) => m.template === 'security-incident-threshold',
      ),
    ).toEqual([]);

    const counts = await gql(url, COUNTS, { from: `${year}-01-01`, to: `${year}-12-31` }, { token: agent });
    const row = counts.data?.securityIncidentCounts.find((c) => c.organisationId === w.organisationId);
    expect(row).toMatchObject({ year, incidents: 3 });
    expect(row?.noticeSentAt).not.toBeNull();
    const earlier = await gql(
      url,
      COUNTS,
      { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` },
      { token: agent },
    );
    expect(earlier.data?.securityIncidentCounts.some((c) => c.organisationId === w.organisationId)).toBe(
      false,
    );
  });

  it('mails once when two agents label the second incident at the same moment', async () => {
    const w = await world();
    const [a, b] = [await ticket(w), await ticket(w)];
    await Promise.all([label(a ?? '', ['SECURITY_INCIDENT']), label(b ?? '', ['SECURITY_INCIDENT'])]);
    expect(await notices(w)).toHaveLength(2);
  });

  it('keeps the counts from organisations’ users', async () => {
    const w = await world();
    const result = await gql(
      url,
      COUNTS,
      { from: `${year}-01-01`, to: `${year}-12-31` },
      { token: w.admins[0]?.token },
    );
    expect(errorCode(result)).toBe('FORBIDDEN');
  });
});
