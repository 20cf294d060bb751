// The requests of the load scripts, for each contestant. (a) inbox page, (b) thread, (c) filtered inbox,
// (d) send; PostGraphile and the raw baseline answer (a) with the same rows and fields.
import manifest from '../../web/app/graphql/generated/persisted-documents.json' with { type: 'json' };

export const INBOX = `query Inbox($first: Int!, $filter: MessageFilterInput) {
  messages(first: $first, filter: $filter) {
    edges { node { id referenceNumber title sentAt senderLabel attachmentCount read
                   theme { name } author { firstName lastName } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

export const POSTGRAPHILE_INBOX = `query Inbox($organisationId: UUID!, $first: Int!) {
  allMessages(first: $first, condition: { organisationId: $organisationId, direction: "INBOUND" },
              orderBy: [SENT_AT_DESC, ROW_ID_DESC]) {
    edges { node { rowId referenceNumber title sentAt senderLabel attachmentCount isRead
                   themeByThemeId { nameNl nameEn } appUserByAuthorId { firstName lastName } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

export const THREAD = `query Thread($referenceNumber: String!) {
  thread(referenceNumber: $referenceNumber) {
    referenceNumber title lastMessageAt theme { name } team { name }
    messages { id title body sentAt senderLabel direction attachmentCount read author { firstName lastName } }
    contacts { firstName lastName email confirmed }
  }
}`;

export const SEND = `mutation Send($input: SendMessageInput!) {
  sendMessage(input: $input) { errors { field code } privacyWarnings { kind } message { id referenceNumber } }
}`;

export const STAFF_SEND = `mutation Send($input: StaffSendMessageInput!) {
  sendMessageToOrganisation(input: $input) { errors { field code } message { id } }
}`;

export const SUBSCRIPTION = `subscription Inbox {
  messageAdded { id referenceNumber title sentAt senderLabel direction attachmentCount
                 theme { name } author { firstName lastName } }
}`;

/**
 * The web app's own inbox page (`MessagesList`: the page, its count, the badge counts and the themes), a
 * trusted document (decision 0039): sent whole, or by its hash as the web app sends it.
 */
const [WEB_LIST_HASH, WEB_LIST] = Object.entries(manifest).find(([, text]) =>
  text.includes('query MessagesList('),
) ?? ['', ''];

/** The web app's staff inbox page (`StaffInbox`, with its `StaffThreadRow` fragment): the staff scenarios. */
export const STAFF_INBOX =
  Object.values(manifest).find((text) => text.includes('query StaffInbox(')) ??
  (() => {
    throw new Error('StaffInbox is not in the trusted documents manifest');
  })();

/** The word searched for in (c): in about 4 % of the messages. */
export const SEARCH_WORD = 'dementie';

/**
 * The staff inbox scenarios (a DEPARTMENT_ADMIN: every team, across all organisations), each with the filter
 * the web app's form sends; `themeId` is the most popular theme.
 */
export const staffInboxFilters = (themeId) => ({
  'staff inbox': {},
  'staff filtered': { themeId, unanswered: true },
  'staff theme + text': { themeId, text: SEARCH_WORD },
  'staff text': { text: SEARCH_WORD },
});

const json = (query, variables) => JSON.stringify({ query, variables });
const bearer = (token) => ({ 'content-type': 'application/json', authorization: `Bearer ${token}` });

/** Request builders: each returns `{ path, headers, body }` for one tenant session. */
export const requests = {
  inbox: {
    loket: (s, first = 20) => ({
      path: '/graphql',
      headers: bearer(s.token),
      body: json(INBOX, { first, filter: { direction: 'INBOUND' } }),
    }),
    postgraphile: (s, first = 20) => ({
      path: '/graphql',
      headers: bearer(s.token),
      body: json(POSTGRAPHILE_INBOX, { organisationId: s.organisation_id, first }),
    }),
    raw: (s, first = 20) => ({ path: '/inbox', headers: bearer(s.token), body: JSON.stringify({ first }) }),
    'loket, web list, document': (s, first = 20) => ({
      path: '/graphql',
      headers: bearer(s.token),
      body: json(WEB_LIST, { first, filter: { direction: 'INBOUND' } }),
    }),
    'loket, web list, hash': (s, first = 20) => ({
      path: '/graphql',
      headers: bearer(s.token),
      body: JSON.stringify({
        extensions: { persistedQuery: { version: 1, sha256Hash: WEB_LIST_HASH } },
        variables: { first, filter: { direction: 'INBOUND' } },
      }),
    }),
    'raw SELECT only': (s, first = 20) => ({
      path: '/select',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ organisationId: s.organisation_id, userId: s.user_id, first }),
    }),
  },
  thread: (s, random = Math.random) => ({
    path: '/graphql',
    headers: bearer(s.token),
    body: json(THREAD, { referenceNumber: s.references[Math.floor(random() * s.references.length)] }),
  }),
  filtered: (s, first = 20) => ({
    path: '/graphql',
    headers: bearer(s.token),
    body: json(INBOX, {
      first,
      filter: { direction: 'INBOUND', themeId: s.top_theme_id, text: SEARCH_WORD },
    }),
  }),
  /** The staff inbox as the web app asks it, 20 a page: `filter` as its form sends it. */
  staffInbox: (s, filter = {}, first = 20) => ({
    path: '/graphql',
    headers: bearer(s.token),
    body: json(STAFF_INBOX, { first, filter }),
  }),
  send: (s, n) => ({
    path: '/graphql',
    headers: bearer(s.token),
    body: json(SEND, {
      input: {
        clientKey: `bench-${process.pid}-${n}`,
        themeId: s.send_theme_id,
        title: `Vraag ${n} over de werking`,
        body: 'Beste,\n\nKunt u ons laten weten wanneer de inspectie gepland is?\n\nMet vriendelijke groet',
      },
    }),
  }),
};

/** True when a GraphQL answer carries errors (top-level or in a mutation payload). */
export function hasErrors(text) {
  try {
    const body = JSON.parse(text);
    if (body.errors?.length) return true;
    const payload = body.data && Object.values(body.data)[0];
    return Boolean(payload?.errors?.length || payload?.privacyWarnings?.length);
  } catch {
    return true;
  }
}
