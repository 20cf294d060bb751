// Password guesses sent all at once: however they arrive, at most the allowed number is evaluated per
// account (LOGIN_MAX_FAILURES_PER_ACCOUNT) and per address (LOGIN_MAX_FAILURES_PER_IP), and the right
// password sent after them is refused while the lock lasts. The same for changePassword's current password.
import { beforeAll, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/src/seed/demo.js';
import { gql, LOGIN, login } from '../utils/graphql.js';
import { startTestServer, type TestServer } from '../utils/server.js';

const PER_ACCOUNT = 5;
const PER_IP = 12;
const PARALLEL = 30;

let server: TestServer;
/** A session for the changePassword test, opened before the per-address lock below applies. */
let sessionForChange: string;
beforeAll(async () => {
  server = await startTestServer({
    LOGIN_MAX_FAILURES_PER_ACCOUNT: String(PER_ACCOUNT),
    LOGIN_MAX_FAILURES_PER_IP: String(PER_IP),
  });
  sessionForChange = await login(server.graphqlUrl, 'medewerkerplus@delinde.example');
});

/** The answer's code: OK for a session, else the first error's code. */
async function tryLogin(email: string, password: string, on = server): Promise<string> {
  const answer = await gql(on.graphqlUrl, LOGIN, { input: { email, password } });
  if (answer.data?.login?.token) return 'OK';
  return answer.data?.login?.errors?.[0]?.code ?? answer.errors?.[0]?.extensions?.code ?? 'NONE';
}

const tally = (codes: string[]) =>
  codes.reduce<Record<string, number>>((t, c) => Object.assign(t, { [c]: (t[c] ?? 0) + 1 }), {});

it(`evaluates at most ${PER_ACCOUNT} of ${PARALLEL} parallel wrong passwords for one account, then refuses the right one (defect 4)`, async () => {
  const email = 'medewerker@delinde.example';
  const codes = await Promise.all(
    Array.from({ length: PARALLEL }, (_, i) => tryLogin(email, `Fout-wachtwoord-${i}`)),
  );
  const counted = tally(codes);
  expect(counted.INVALID_CREDENTIALS ?? 0).toBeLessThanOrEqual(PER_ACCOUNT);
  expect((counted.INVALID_CREDENTIALS ?? 0) + (counted.TOO_MANY_ATTEMPTS ?? 0)).toBe(PARALLEL);
  expect(await tryLogin(email, DEMO_PASSWORD)).toBe('TOO_MANY_ATTEMPTS');
});

it(`evaluates at most ${PER_IP} parallel wrong logins from one address across accounts (defect 4)`, async () => {
  const codes = await Promise.all(
    Array.from({ length: PARALLEL }, (_, i) =>
      tryLogin(`onbekend-${i}@nergens.example`, 'Fout-wachtwoord-1'),
    ),
  );
  const counted = tally(codes);
  expect(counted.INVALID_CREDENTIALS ?? 0).toBeLessThanOrEqual(PER_IP);
  expect((counted.INVALID_CREDENTIALS ?? 0) + (counted.TOO_MANY_ATTEMPTS ?? 0)).toBe(PARALLEL);
});

it(`evaluates at most ${PER_ACCOUNT} parallel wrong current passwords in changePassword, then refuses the right one (defect 4)`, async () => {
  const token = sessionForChange;
  const CHANGE =
    'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { ok errors { code } } }';
  const attempt = async (currentPassword: string) => {
    const answer = await gql(
      server.graphqlUrl,
      CHANGE,
      { input: { currentPassword, newPassword: 'Nieuw-wachtwoord-9' } },
      { token },
    );
    return answer.data?.changePassword.ok ? 'OK' : (answer.data?.changePassword.errors[0]?.code ?? 'NONE');
  };
  const codes = await Promise.all(
    Array.from({ length: PARALLEL }, (_, i) => attempt(`Fout-wachtwoord-${i}`)),
  );
  const counted = tally(codes);
  expect(counted.WRONG_PASSWORD ?? 0).toBeLessThanOrEqual(PER_ACCOUNT);
  expect(await attempt(DEMO_PASSWORD)).toBe('TOO_MANY_ATTEMPTS');
});
