// Ticket mails delivered over real SMTP by the inline worker: the confirmation with number and deep link,
// the reply notice, the solution; an internal note in none of them.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { gql, login } from '../utils/graphql.js';
import { startTestServer, type TestServer } from '../utils/server.js';
import { type SmtpSink, startSmtpSink } from '../utils/smtp-sink.js';

let sink: SmtpSink;
let server: TestServer;
let url: string;
let member: string;
let staff: string;

const received = (subjectPart: string) =>
  vi.waitFor(
    () => {
      const mail = sink.accepted.find((m) => m.subject.includes(subjectPart));
      if (!mail) throw new Error(`no mail "${subjectPart}" yet`);
      return mail;
    },
    { timeout: 15_000, interval: 50 },
  );

beforeAll(async () => {
  sink = await startSmtpSink();
  afterAll(() => sink.close());
  server = await startTestServer({ WORKER: 'inline', SMTP_URL: sink.url });
  url = server.graphqlUrl;
  [member, staff] = await Promise.all([
    login(url, 'medewerker@delinde.example'),
    login(url, 'bart.desmet@zorg.example'),
  ]);
});

describe('ticket mails over SMTP', () => {
  it('confirm, tell of a reply and send the solution; never a note', async () => {
    const lists = await gql(
      url,
      '{ ticketCategories { id } ticketSupportTypes { id } }',
      {},
      { token: member },
    );
    const created = await gql(
      url,
      `mutation($input: CreateTicketInput!) { createTicket(input: $input) { errors { code } ticket { id number } } }`,
      {
        input: {
          clientKey: randomUUID(),
          subject: 'Rapport blijft leeg',
          description: 'Het maandrapport toont geen gegevens.',
          categoryId: lists.data?.ticketCategories[0].id,
          supportTypeId: lists.data?.ticketSupportTypes[0].id,
        },
      },
      { token: member },
    );
    const { id, number } = created.data?.createTicket.ticket ?? { id: '', number: '' };

    const confirmation = await received(`Ticket ${number} ontvangen`);
    expect(confirmation.to).toEqual(['medewerker@delinde.example']);
    expect(confirmation.text).toContain(`http://loket.test/tickets/${number}`);
    expect(confirmation.text).toContain('Stuur geen privacygevoelige gegevens');

    const secret = `Notitie ${randomUUID()}`;
    for (const [mutation, body] of [
      ['addTicketNote', secret],
      ['replyToTicket', 'We bekijken het rapport.'],
    ] as const) {
      const result = await gql(
        url,
        `mutation($input: TicketReplyInput!) { ${mutation}(input: $input) { errors { code } } }`,
        { input: { ticketId: id, clientKey: randomUUID(), body } },
        { token: staff },
      );
      expect(result.data?.[mutation].errors).toEqual([]);
    }
    const reply = await received(`Nieuwe reactie op ticket ${number}`);
    expect(reply.text).toContain('Bart De Smet heeft gereageerd');

    const resolved = await gql(
      url,
      `mutation($input: SetTicketStatusInput!) { setTicketStatus(input: $input) { errors { code } } }`,
      { input: { ticketId: id, status: 'RESOLVED', solution: 'De periode stond op volgend jaar.' } },
      { token: staff },
    );
    expect(resolved.data?.setTicketStatus.errors).toEqual([]);
    const solution = await received(`Ticket ${number} is opgelost`);
    expect(solution.text).toContain('De periode stond op volgend jaar.');

    expect(sink.accepted.filter((m) => m.text.includes(secret) || m.html.includes(secret))).toEqual([]);
  });
});
