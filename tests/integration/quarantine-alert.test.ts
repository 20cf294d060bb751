// The quarantine alert (issue 15, decision 0033): when the quarantined mails nobody handled reach the
// threshold, exactly one mail goes to the helpdesk's mailbox over real SMTP (even when several intakes
// quarantine at the same moment), staff's count follows live, nothing is sent below the threshold or
// twice within the period, and the alert re-arms once staff bring the quarantine below the threshold.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { graphql } from '../graphql/generated/gql.js';
import { collectLive, disposeLive, errorCode, gql, login, wsClient } from '../utils/graphql.js';
import { HELPDESK, MAIL_IN_ENV, messageId, sendInto } from '../utils/mail-in.js';
import { ownerQuery } from '../utils/mailbox.js';
import { startTestServer, type TestServer } from '../utils/server.js';
import { type SmtpSink, startSmtpSink } from '../utils/smtp-sink.js';

const TEAM = 'helpdesk-team@loket.test';
const THRESHOLD = 3;

let server: TestServer;
let sink: SmtpSink;
let port: number;
let staff: string;

beforeAll(async () => {
  sink = await startSmtpSink();
  afterAll(() => sink.close());
  server = await startTestServer({
    ...MAIL_IN_ENV,
    WORKER: 'inline',
    SMTP_URL: sink.url,
    MAIL_FROM: 'Loket test <no-reply@loket.test>',
    HELPDESK_EMAIL: TEAM,
    QUARANTINE_ALERT_THRESHOLD: String(THRESHOLD),
    QUARANTINE_ALERT_PERIOD_MINUTES: '60',
  });
  port = server.mailInPort ?? 0;
  staff = await login(server.graphqlUrl, 'bart.desmet@zorg.example');
});

/** One mail with a program attached (quarantined); resolves after the listener's 250. */
async function quarantine(label: string): Promise<void> {
  const outcome = await sendInto(port, {
    from: 'beheerder@delinde.example',
    to: HELPDESK,
    subject: `Programma ${label}`,
    text: 'Zie bijlage',
    messageId: messageId(label),
    attachments: [{ filename: 'tool.exe', content: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(100)]) }],
  });
  expect(outcome.accepted).toBe(true);
}

const alerts = () =>
  ownerQuery<{ recipient: string; subject: string; text_body: string }>(
    server.dbUrl,
    `SELECT recipient, subject, text_body FROM outbound_mail WHERE template = 'mail-intake-quarantine-alert' ORDER BY created_at`,
  );

const COUNT = graphql(`query QuarantineAlertCount { quarantineCount }`);
const LIVE_COUNT = graphql(`subscription QuarantineAlertLive { quarantineCountChanged }`);
const HELD = graphql(`
  query QuarantineAlertHeld { inboundMails(status: QUARANTINED, first: 100) { edges { node { id } } } }
`);
const DISCARD = graphql(`
  mutation QuarantineAlertDiscard($input: DiscardInboundMailInput!) { discardInboundMail(input: $input) { errors { code } } }
`);
const count = async () => (await gql(server.graphqlUrl, COUNT, {}, { token: staff })).data?.quarantineCount;

const sinkAlerts = () => sink.accepted.filter((m) => m.to.includes(TEAM));

/** Nothing in quarantine, the alert armed and its last mail long ago: each test starts from here. */
async function freshStart(): Promise<void> {
  await discardAll();
  await ownerQuery(server.dbUrl, `UPDATE quarantine_alert SET last_sent_at = now() - interval '1 day'`);
  expect(await count()).toBe(0);
}

async function discardAll(): Promise<void> {
  const list = await gql(server.graphqlUrl, HELD, {}, { token: staff });
  for (const edge of list.data?.inboundMails.edges ?? []) {
    const result = await gql(
      server.graphqlUrl,
      DISCARD,
      { input: { id: edge.node.id, reason: 'opgeruimd' } },
      { token: staff },
    );
    expect(result.data?.discardInboundMail.errors).toEqual([]);
  }
}

describe('quarantine alert', () => {
  it('is for staff only', async () => {
    const tenant = await login(server.graphqlUrl, 'beheerder@delinde.example');
    expect(errorCode(await gql(server.graphqlUrl, COUNT, {}, { token: tenant }))).toBe('FORBIDDEN');
  });

  it('below the threshold: no mail; crossing it with concurrent intakes: exactly one, over SMTP, and the count live', async () => {
    await freshStart();
    const before = (await alerts()).length;
    const client = wsClient(server.wsUrl, staff);
    const live = await collectLive(server, client, LIVE_COUNT);
    await Promise.all([quarantine('onder-1'), quarantine('onder-2')]);
    expect(await count()).toBe(2);
    expect(await alerts()).toHaveLength(before);
    await vi.waitFor(() => expect(live.pending.map((e) => e.data?.quarantineCountChanged)).toContain(2));

    // Five intakes at once cross the threshold: each locks the alert's row, one mail is sent.
    await Promise.all(Array.from({ length: 5 }, (_, i) => quarantine(`boven-${i}`)));
    expect(await count()).toBe(7);
    const sent = (await alerts()).slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.recipient).toBe(TEAM);
    expect(sent[0]?.text_body).toContain('/staff/quarantine');
    await vi.waitFor(() => expect(sinkAlerts()).toHaveLength(before + 1), { timeout: 15_000 });
    const mail = sinkAlerts().at(-1);
    expect(mail?.subject).toMatch(/^Quarantaine: \d+ e-mails wachten/);
    expect(mail?.text).toContain('/staff/quarantine');
    await vi.waitFor(() => expect(live.pending.map((e) => e.data?.quarantineCountChanged)).toContain(7));
    await disposeLive(server, [client]);
  });

  it('re-arms below the threshold; at most one mail per period; again after the period', async () => {
    await freshStart();
    const before = (await alerts()).length;
    for (let i = 0; i < THRESHOLD; i++) await quarantine(`eerste-${i}`);
    expect(await alerts()).toHaveLength(before + 1);
    const [disarmed] = await ownerQuery<{ armed: boolean }>(
      server.dbUrl,
      'SELECT armed FROM quarantine_alert',
    );
    expect(disarmed?.armed).toBe(false);

    // Staff handle the quarantine: below the threshold, the alert is armed again.
    await discardAll();
    const [state] = await ownerQuery<{ armed: boolean }>(server.dbUrl, 'SELECT armed FROM quarantine_alert');
    expect(state?.armed).toBe(true);

    // Crossing again within the period of the last mail: no second mail (no storm).
    for (let i = 0; i < THRESHOLD; i++) await quarantine(`periode-${i}`);
    expect(await alerts()).toHaveLength(before + 1);

    // The period passed (the clock is the database's: the last mail is made two hours old).
    await ownerQuery(server.dbUrl, `UPDATE quarantine_alert SET last_sent_at = now() - interval '2 hours'`);
    await quarantine('na-periode');
    expect(await alerts()).toHaveLength(before + 2);
    await quarantine('nog-een');
    expect(await alerts()).toHaveLength(before + 2);
    await vi.waitFor(() => expect(sinkAlerts()).toHaveLength(before + 2), { timeout: 15_000 });
  });
});
