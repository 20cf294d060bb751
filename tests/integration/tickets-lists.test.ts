// The ticket lists' cost: the SQL statements of a page (with category, type, queue, assignee, labels and
// organisation) do not grow with the page size, for staff and for an organisation.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { QueryCounter } from '../../server/src/db/query-counter.js';
import { gql, login } from '../utils/graphql.js';
import { startTestServer, type TestServer } from '../utils/server.js';

let server: TestServer;
let url: string;
let member: string;
let staff: string;

beforeAll(async () => {
  server = await startTestServer();
  url = server.graphqlUrl;
  [member, staff] = await Promise.all([
    login(url, 'beheerder@delinde.example'),
    login(url, 'bart.desmet@zorg.example'),
  ]);
  const lists = await gql(
    url,
    '{ ticketCategories { id } ticketSupportTypes { id } }',
    {},
    { token: member },
  );
  for (let i = 0; i < 12; i++) {
    const created = await gql(
      url,
      `mutation($input: CreateTicketInput!) { createTicket(input: $input) { errors { code } } }`,
      {
        input: {
          clientKey: randomUUID(),
          subject: `Vraag ${i}`,
          description: 'Om de lijst te vullen.',
          categoryId: lists.data?.ticketCategories[i % 3].id,
          supportTypeId: lists.data?.ticketSupportTypes[i % 4].id,
        },
      },
      { token: member },
    );
    expect(created.data?.createTicket.errors).toEqual([]);
  }
});

describe('SQL statements per page of tickets', () => {
  const FIELDS = `edges { node { number subject status category { name } supportType { name } queue { name explanation }
    assignee { lastName } requester { lastName } organisation { name } labels { name } } }`;

  it('do not grow with the page size', async () => {
    const counter = server.app.dataSource.logger as QueryCounter;
    const statements = async (query: string, token: string, first: number) => {
      const before = counter.total;
      const result = await gql(url, query, { first }, { token });
      expect(result.errors).toBeUndefined();
      const list = result.data?.staffTickets ?? result.data?.tickets;
      expect(list.edges.length).toBe(first);
      return counter.total - before;
    };
    for (const [query, token] of [
      [`query($first: Int) { staffTickets(first: $first) { ${FIELDS} } }`, staff],
      [`query($first: Int) { tickets(view: ALL, first: $first) { ${FIELDS} } }`, member],
    ] as const) {
      await statements(query, token, 5); // warm-up
      const small = await statements(query, token, 2);
      expect(await statements(query, token, 5)).toBe(small);
      expect(await statements(query, token, 12)).toBe(small);
    }
  });
});
