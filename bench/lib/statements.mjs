// SQL statements per request: each server runs with bench/lib/count-queries.mjs preloaded, which counts
// what its node-postgres clients send. A request is sent once to warm up (the session becomes known), then
// three times; the difference of the counters divided by three is the steady state of one request.
import { INBOX, requests, SEARCH_WORD, staffInboxFilters, THREAD } from './scenarios.mjs';

async function post(server, r) {
  const response = await fetch(`${server.url}${r.path}`, {
    method: 'POST',
    headers: r.headers,
    body: r.body,
  });
  const text = await response.text();
  if (!response.ok || text.includes('"errors":[{')) throw new Error(`${server.name}: ${text.slice(0, 300)}`);
  return text;
}

/** Queries and statements per request (steady state), and the extra ones of a session's first request. */
export async function perRequest(server, build) {
  const before0 = await server.queries();
  await post(server, build(true));
  const first = await server.queries();
  for (let i = 0; i < 3; i++) await post(server, build(false));
  const after = await server.queries();
  return {
    queries: (after.queries - first.queries) / 3,
    statements: (after.statements - first.statements) / 3,
    firstRequestQueries: first.queries - before0.queries,
  };
}

/** The sizes of a page (a, c) or of a thread (b) whose statements are counted. */
export const PAGE_SIZES = [5, 20, 100];

/**
 * Counts for (a) on every contestant and (b), (c) and the staff inbox on Loket, at each page size. `threads`
 * maps a size to a reference number of a thread of that many messages in the session's organisation;
 * `staff` is a DEPARTMENT_ADMIN's session with the theme of the staff filters.
 */
export async function countStatements({ servers, session, threads, staff }) {
  const rows = [];
  for (const size of PAGE_SIZES) {
    for (const [name, server] of Object.entries(servers)) {
      const build = requests.inbox[name === 'raw' ? 'raw' : name];
      rows.push({
        scenario: 'a inbox',
        contestant: name,
        size,
        ...(await perRequest(server, () => build(session, size))),
      });
    }
  }
  const loket = servers.loket;
  for (const size of PAGE_SIZES) {
    rows.push({
      scenario: 'b thread',
      contestant: 'loket',
      size,
      ...(await perRequest(loket, () => ({
        path: '/graphql',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` },
        body: JSON.stringify({ query: THREAD, variables: { referenceNumber: threads[size] } }),
      }))),
    });
  }
  for (const size of PAGE_SIZES) {
    rows.push({
      scenario: 'c filtered',
      contestant: 'loket',
      size,
      ...(await perRequest(loket, () => ({
        path: '/graphql',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` },
        body: JSON.stringify({
          query: INBOX,
          variables: {
            first: size,
            filter: { direction: 'INBOUND', themeId: session.top_theme_id, text: SEARCH_WORD },
          },
        }),
      }))),
    });
  }
  for (const [scenario, filter] of Object.entries(staffInboxFilters(staff.themeId))) {
    if (scenario === 'staff theme + text') continue; // the same statements as the text alone
    for (const size of PAGE_SIZES) {
      rows.push({
        scenario,
        contestant: 'loket',
        size,
        ...(await perRequest(loket, () => requests.staffInbox(staff, filter, size))),
      });
    }
  }
  return rows;
}
