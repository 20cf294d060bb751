// No account-existence oracle: inviting, changing one's address and asking for a password reset answer
// the same for an address with an account (in another organisation) as for a free one; only the mail to
// that address, which only its owner reads, differs.
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/src/seed/demo.js';
import { gql, login } from '../utils/graphql.js';
import { outbox, ownerQuery } from '../utils/mailbox.js';
import { startTestServer, type TestServer } from '../utils/server.js';

let server: TestServer;
let url: string;

beforeAll(async () => {
  server = await startTestServer();
  url = server.graphqlUrl;
});

const INVITE = `mutation($input: InviteUserInput!) {
  inviteUser(input: $input) { user { email status roles } errors { field code message } }
}`;
const UPDATE = `mutation($input: UpdateProfileInput!) {
  updateProfile(input: $input) { user { firstName email } errors { field code message } }
}`;
const RESET = 'mutation($email: String!) { requestPasswordReset(email: $email) }';

const onlyMail = async (address: string) => {
  const mails = await outbox(server.dbUrl, address);
  expect(mails).toHaveLength(1);
  return mails[0] as NonNullable<(typeof mails)[0]>;
};

describe('inviteUser', () => {
  it('answers the same for an address with an account in another organisation as for a free one', async () => {
    const admin = await login(url, 'beheerder@delinde.example');
    const invite = (email: string) =>
      gql(
        url,
        INVITE,
        { input: { email, firstName: 'Eva', lastName: 'Elders', roles: ['MEMBER'] } },
        { token: admin },
      );
    const free = await invite('vrij.adres@elders.example');
    const elsewhere = await invite('medewerker@zonnebloem.example');
    const staff = await invite('chloe.maes@zorg.example');
    const shape = (r: typeof free, email: string) => ({
      ...r.data?.inviteUser,
      user: { ...r.data?.inviteUser.user, email },
    });
    expect(shape(elsewhere, 'x')).toEqual(shape(free, 'x'));
    expect(shape(staff, 'x')).toEqual(shape(free, 'x'));
    expect(free.data?.inviteUser).toEqual({
      errors: [],
      user: { email: 'vrij.adres@elders.example', status: 'INVITED', roles: ['MEMBER'] },
    });

    // Only the mails differ: a link for the free address; a notice for the taken ones.
    expect((await onlyMail('vrij.adres@elders.example')).text_body).toContain('accept-invitation?token=');
    for (const address of ['medewerker@zonnebloem.example', 'chloe.maes@zorg.example']) {
      const mail = await onlyMail(address);
      expect(mail.template).toBe('invitation-existing-account');
      expect(mail.text_body).toContain('Dit adres heeft al een e-loket-account');
      expect(mail.text_body).not.toContain('token=');
    }
    // The existing accounts are untouched and still log in.
    expect(await login(url, 'medewerker@zonnebloem.example')).toBeTruthy();
    expect(await login(url, 'chloe.maes@zorg.example')).toBeTruthy();
    // A second invitation in the same organisation is EMAIL_TAKEN (the ADMIN sees the first in the list).
    const again = await invite('Medewerker@Zonnebloem.example');
    expect(again.data?.inviteUser.errors).toMatchObject([{ field: 'email', code: 'EMAIL_TAKEN' }]);
  });
});

describe('updateProfile', () => {
  it('answers the same for an address of another account as for a free one, and changes neither yet', async () => {
    const token = await login(url, 'medewerkerplus@zonnebloem.example');
    const update = (email: string) =>
      gql(
        url,
        UPDATE,
        { input: { firstName: 'Sam', lastName: 'Smet', email, currentPassword: DEMO_PASSWORD } },
        { token },
      );
    const elsewhere = await update('beheerder@delinde.example');
    const free = await update('sam.nieuw@zonnebloem.example');
    expect(elsewhere.data?.updateProfile).toEqual(free.data?.updateProfile);
    expect(free.data?.updateProfile).toEqual({
      errors: [],
      user: { firstName: 'Sam', email: 'medewerkerplus@zonnebloem.example' },
    });

    expect((await onlyMail('sam.nieuw@zonnebloem.example')).template).toBe('email-change-confirmation');
    const inUse = (await outbox(server.dbUrl, 'beheerder@delinde.example')).at(-1);
    expect(inUse?.template).toBe('email-change-address-in-use');
    expect(inUse?.text_body).not.toContain('token=');
    expect(await login(url, 'beheerder@delinde.example')).toBeTruthy();
  });

  it('is EMAIL_TAKEN only for a colleague of the same organisation', async () => {
    const token = await login(url, 'beheerder@zonnebloem.example');
    const colleague = await gql(
      url,
      UPDATE,
      {
        input: {
          firstName: 'K',
          lastName: 'E',
          email: 'medewerker@zonnebloem.example',
          currentPassword: DEMO_PASSWORD,
        },
      },
      { token },
    );
    expect(colleague.data?.updateProfile.errors).toMatchObject([{ field: 'email', code: 'EMAIL_TAKEN' }]);
  });
});

describe('requestPasswordReset', () => {
  it('queues one mail for an existing and for an unknown address alike (and reports the time each takes)', async () => {
    const timings = { existing: [] as number[], unknown: [] as number[] };
    for (let i = 0; i < 15; i++) {
      for (const [kind, email] of [
        ['existing', 'medewerker@delinde.example'],
        ['unknown', `niemand-${i}@nergens.example`],
      ] as const) {
        // A fresh address each round for both: the per-address minute limit would otherwise skip the work.
        if (kind === 'existing' && i > 0) await resetMinuteLimit(email);
        const started = performance.now();
        const result = await gql(url, RESET, { email });
        timings[kind].push(performance.now() - started);
        expect(result.data?.requestPasswordReset).toBe(true);
      }
    }
    expect(
      (await outbox(server.dbUrl, 'medewerker@delinde.example')).filter(
        (m) => m.template === 'password-reset',
      ),
    ).toHaveLength(15);
    expect((await outbox(server.dbUrl, 'niemand-3@nergens.example')).map((m) => m.template)).toEqual([
      'password-reset-no-account',
    ]);
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]?.toFixed(1);
    console.info(
      `requestPasswordReset median ms: existing ${median(timings.existing)}, unknown ${median(timings.unknown)}`,
    );
  });
});

async function resetMinuteLimit(email: string) {
  await ownerQuery(server.dbUrl, 'DELETE FROM rate_limit WHERE key = $1', [`reset:address:${email}`]);
}
