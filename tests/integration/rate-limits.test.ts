// The PostgreSQL-backed rate limiter in front of logins, current-password guesses and mail-causing
// mutations: however attempts arrive (all at once here), at most the allowed number is evaluated.
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/src/seed/demo.js';
import { errorCode, gql, LOGIN, login } from '../utils/graphql.js';
import { outbox } from '../utils/mailbox.js';
import { startTestServer, type TestServer } from '../utils/server.js';

let server: TestServer;
let url: string;

beforeAll(async () => {
  server = await startTestServer({
    LOGIN_MAX_FAILURES_PER_ACCOUNT: '5',
    LOGIN_MAX_FAILURES_PER_IP: '1000',
    MAIL_ACTIONS_PER_HOUR: '3',
  });
  url = server.graphqlUrl;
});

const codesOf = (results: Array<{ data: any }>, field: string) =>
  results.map((r) =>
    ((r.data?.[field]?.errors ?? []) as Array<{ code: string }>).map((e) => e.code).join(','),
  );
const count = (codes: string[], code: string) => codes.filter((c) => c === code).length;

describe('logins', () => {
  it('evaluates at most 5 of 30 concurrent wrong passwords; the others are refused unevaluated', async () => {
    const email = 'medewerker@delinde.example';
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => gql(url, LOGIN, { input: { email, password: `Fout-${i}-x` } })),
    );
    const codes = codesOf(results, 'login');
    // An evaluated attempt answers INVALID_CREDENTIALS; a refused one TOO_MANY_ATTEMPTS.
    expect(count(codes, 'INVALID_CREDENTIALS')).toBe(5);
    expect(count(codes, 'TOO_MANY_ATTEMPTS')).toBe(25);
    expect(results.every((r) => r.status === 200)).toBe(true);
  });

  it('refuses the right password among 25 concurrent guesses once the account is locked', async () => {
    const email = 'medewerkerplus@delinde.example';
    for (let i = 0; i < 5; i++) await gql(url, LOGIN, { input: { email, password: `Fout-${i}-y` } });
    const guesses = Array.from({ length: 25 }, (_, i) => (i === 12 ? DEMO_PASSWORD : `Gok-${i}-z`));
    const results = await Promise.all(
      guesses.map((password) => gql(url, LOGIN, { input: { email, password } })),
    );
    expect(results.map((r) => r.data?.login.token)).toEqual(guesses.map(() => null));
    expect(new Set(codesOf(results, 'login'))).toEqual(new Set(['TOO_MANY_ATTEMPTS']));
    expect(results[12]?.data?.login.errors[0]?.message).toMatch(
      /^Te veel mislukte pogingen\. Probeer het over 1[45] minuten opnieuw\.$/,
    );
  });

  it('gives a successful login its attempt back: many logins from one address do not lock it', async () => {
    const ipLimited = await startTestServer({ LOGIN_MAX_FAILURES_PER_IP: '3' });
    const tokens: string[] = [];
    for (let i = 0; i < 6; i++) tokens.push(await login(ipLimited.graphqlUrl, 'beheerder@delinde.example'));
    expect(new Set(tokens).size).toBe(6);
  });
});

describe('current-password guesses', () => {
  const CHANGE = `mutation($input: ChangePasswordInput!) {
    changePassword(input: $input) { ok errors { field code message } }
  }`;

  it('evaluates at most 5 concurrent guesses, then refuses even the right password', async () => {
    const token = await login(url, 'beheerder@zonnebloem.example');
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        gql(
          url,
          CHANGE,
          { input: { currentPassword: `Gok-${i}`, newPassword: 'Nieuw-wachtwoord-9' } },
          { token },
        ),
      ),
    );
    const codes = codesOf(results, 'changePassword');
    expect(count(codes, 'WRONG_PASSWORD')).toBe(5);
    expect(count(codes, 'TOO_MANY_ATTEMPTS')).toBe(7);

    const right = await gql(
      url,
      CHANGE,
      { input: { currentPassword: DEMO_PASSWORD, newPassword: 'Nieuw-wachtwoord-9' } },
      { token },
    );
    expect(right.data?.changePassword.ok).toBe(false);
    expect(right.data?.changePassword.errors).toEqual([
      {
        field: 'currentPassword',
        code: 'TOO_MANY_ATTEMPTS',
        message: expect.stringMatching(
          /^Te veel mislukte pogingen\. Probeer het over 1[45] minuten opnieuw\.$/,
        ),
      },
    ]);
    // The password did not change.
    expect(await login(url, 'beheerder@zonnebloem.example')).toBeTruthy();
  });
});

describe('mail-causing mutations', () => {
  const RESET = 'mutation($email: String!) { requestPasswordReset(email: $email) }';

  it('refuses a password reset request over the limit per address with a localised RATE_LIMITED', async () => {
    const before = (await outbox(server.dbUrl)).length;
    const emails = ['a@nergens.example', 'b@nergens.example', 'c@nergens.example'];
    for (const email of emails)
      expect((await gql(url, RESET, { email })).data?.requestPasswordReset).toBe(true);
    const refused = await gql(url, RESET, { email: 'medewerker@zonnebloem.example' });
    expect(refused.status).toBe(200);
    expect(errorCode(refused)).toBe('RATE_LIMITED');
    expect(refused.errors?.[0]?.message).toMatch(
      /^U deed dit te vaak na elkaar\. Probeer het over 60 minuten opnieuw\.$/,
    );
    const english = await gql(
      url,
      RESET,
      { email: 'x@nergens.example' },
      { headers: { 'accept-language': 'en' } },
    );
    expect(english.errors?.[0]?.message).toBe(
      'You did this too often in a short time. Try again in 60 minutes.',
    );
    // One mail per allowed request (a link, or word that no account has the address); none for the refused.
    expect(await outbox(server.dbUrl, 'medewerker@zonnebloem.example')).toHaveLength(0);
    expect(await outbox(server.dbUrl, 'x@nergens.example')).toHaveLength(0);
    expect((await outbox(server.dbUrl)).length).toBe(before + emails.length);
  });

  it('counts per user: an ADMIN inviting colleagues is refused after the limit, and nothing is saved', async () => {
    const admin = await login(url, 'beheerder@delinde.example');
    const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { user { id } errors { code } } }`;
    const invite = (n: number) =>
      gql(
        url,
        INVITE,
        {
          input: {
            email: `collega${n}@delinde.example`,
            firstName: 'C',
            lastName: `${n}`,
            roles: ['MEMBER'],
          },
        },
        { token: admin },
      );
    for (let n = 1; n <= 3; n++) expect((await invite(n)).data?.inviteUser.errors).toEqual([]);
    const refused = await invite(4);
    expect(errorCode(refused)).toBe('RATE_LIMITED');
    expect(await outbox(server.dbUrl, 'collega4@delinde.example')).toHaveLength(0);
    const users = await gql(url, '{ myOrganisation { users { email } } }', {}, { token: admin });
    expect(users.data?.myOrganisation.users.map((u: { email: string }) => u.email)).not.toContain(
      'collega4@delinde.example',
    );
  });
});
