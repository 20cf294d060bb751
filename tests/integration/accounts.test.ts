// Accounts over real HTTP against real PostgreSQL: login, logout, sessions, invitations, password reset,
// password policy, throttling and role checks.
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/src/seed/demo.js';
import { graphql } from '../graphql/generated/gql.js';
import { createOrganisation, createUser, type TestOrganisation, unique } from '../utils/factories.js';
import { errorCode, gql, LOGIN, login } from '../utils/graphql.js';
import { linkIn, outbox, ownerQuery, tokenOf } from '../utils/mailbox.js';
import { startTestServer, type TestServer } from '../utils/server.js';

let server: TestServer;
let url: string;
/** The tests that change a user (password, profile, roles, lock-out) change users of their own, here. */
let org: TestOrganisation;

beforeAll(async () => {
  server = await startTestServer({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', LOGIN_MAX_FAILURES_PER_IP: '1000' });
  url = server.graphqlUrl;
  org = await createOrganisation(server);
});

const ME = graphql(`query AccountsMe { me { email firstName roles organisation { name } } }`);

describe('login and logout', () => {
  it('logs in with a demo account, sets an httpOnly cookie, and the token works as a bearer token', async () => {
    const result = await gql(url, LOGIN, {
      input: { email: 'Beheerder@DeLinde.example', password: DEMO_PASSWORD },
    });
    expect(result.data?.login.errors).toEqual([]);
    const token = result.data?.login.token;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const cookie = result.headers.get('set-cookie') ?? '';
    expect(cookie).toContain(`loket_session=${token}`);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);

    const me = await gql(url, ME, {}, { token });
    expect(me.data?.me).toEqual({
      email: 'beheerder@delinde.example',
      firstName: 'Els',
      roles: ['ADMIN'],
      organisation: { name: 'WZC De Linde' },
    });
    const viaCookie = await gql(url, ME, {}, { headers: { cookie: `loket_session=${token}` } });
    expect(viaCookie.data?.me?.email).toBe('beheerder@delinde.example');
  });

  it('answers a wrong password and an unknown account alike, in the viewer language', async () => {
    const wrong = await gql(url, LOGIN, {
      input: { email: 'medewerker@delinde.example', password: 'Nope-12345' },
    });
    const unknown = await gql(url, LOGIN, {
      input: { email: 'nobody@nowhere.example', password: 'Nope-12345' },
    });
    expect(wrong.data?.login.errors).toEqual([
      { field: null, code: 'INVALID_CREDENTIALS', message: 'Het e-mailadres of het wachtwoord klopt niet.' },
    ]);
    expect(unknown.data?.login.errors).toEqual(wrong.data?.login.errors);
    const english = await gql(
      url,
      LOGIN,
      { input: { email: 'nobody@nowhere.example', password: 'x' } },
      { headers: { 'accept-language': 'en-GB,en;q=0.9' } },
    );
    expect(english.data?.login.errors[0]?.message).toBe('The email address or the password is not correct.');
  });

  it('logs out: the token stops working', async () => {
    const token = await login(url, 'medewerkerplus@delinde.example');
    expect((await gql(url, ME, {}, { token })).data?.me).not.toBeNull();
    const out = await gql(url, graphql(`mutation AccountsLogout { logout }`), {}, { token });
    expect(out.data?.logout).toBe(true);
    expect((await gql(url, ME, {}, { token })).data?.me).toBeNull();
    expect(errorCode(await gql(url, graphql(`mutation AccountsLogout2 { logout }`), {}, { token }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('lists own sessions and revokes one; another user cannot see or revoke it', async () => {
    const user = await createUser(server, org);
    const first = user.token;
    const second = await login(url, user.email);
    const list = await gql(
      url,
      graphql(`query AccountsMySessions { mySessions { id current } }`),
      {},
      { token: second },
    );
    const sessions = list.data?.mySessions ?? [];
    expect(sessions.map((s) => s.current).sort()).toEqual([false, true]);
    const other = sessions.find((s) => !s.current);
    if (!other) throw new Error('expected a second session');

    const stranger = (await createUser(server, org, { roles: ['ADMIN'] })).token;
    const foreign = await gql(
      url,
      graphql(`mutation AccountsRevokeSession($id: ID!) { revokeSession(id: $id) }`),
      { id: other.id },
      { token: stranger },
    );
    expect(errorCode(foreign)).toBe('NOT_FOUND');

    const revoked = await gql(
      url,
      graphql(`mutation AccountsRevokeSession2($id: ID!) { revokeSession(id: $id) }`),
      { id: other.id },
      { token: second },
    );
    expect(revoked.data?.revokeSession).toBe(true);
    expect((await gql(url, ME, {}, { token: first })).data?.me).toBeNull();
    expect((await gql(url, ME, {}, { token: second })).data?.me).not.toBeNull();
  });
});

describe('password reset', () => {
  const REQUEST = graphql(
    `mutation AccountsRequestPasswordReset($email: String!) { requestPasswordReset(email: $email) }`,
  );
  const RESET = graphql(
    `mutation AccountsResetPassword($input: TokenPasswordInput!) { resetPassword(input: $input) { ok errors { field code message } } }`,
  );

  it('answers the same for an unknown address; the mail to it says no account has it, with no link', async () => {
    const result = await gql(url, REQUEST, { email: 'ghost@nowhere.example' });
    expect(result.data?.requestPasswordReset).toBe(true);
    const [mail, ...more] = await outbox(server.dbUrl, 'ghost@nowhere.example');
    expect(more).toEqual([]);
    expect(mail?.template).toBe('password-reset-no-account');
    expect(mail?.text_body).toContain('geen actief e-loket-account heeft dit adres');
    expect(mail?.text_body).not.toContain('reset-password?token=');
  });

  it('mails a link built from PUBLIC_URL (not the Host header) that resets the password once', async () => {
    const { email, token: oldSession } = await createUser(server, org);
    const result = await gql(
      url,
      REQUEST,
      { email: email.toUpperCase() },
      { headers: { host: 'evil.example' } },
    );
    expect(result.data?.requestPasswordReset).toBe(true);
    const mails = await outbox(server.dbUrl, email);
    const mail = mails.at(-1);
    if (!mail) throw new Error('no reset mail');
    expect(mail.template).toBe('password-reset');
    expect(mail.subject).toBe('Uw wachtwoord voor het e-loket herstellen');
    const link = linkIn(mail, 'http://loket.test/reset-password?token=');
    expect(mail.html_body).toContain('http://loket.test/reset-password?token=');
    expect(mail.text_body).not.toContain('evil.example');

    const weak = await gql(url, RESET, { input: { token: tokenOf(link), password: 'short' } });
    expect(weak.data?.resetPassword.ok).toBe(false);
    expect(weak.data?.resetPassword.errors.map((e) => e.code)).toEqual([
      'PASSWORD_TOO_SHORT',
      'PASSWORD_NEEDS_UPPERCASE',
      'PASSWORD_NEEDS_DIGIT_OR_SYMBOL',
    ]);

    const done = await gql(url, RESET, { input: { token: tokenOf(link), password: 'Nieuw-wachtwoord-1' } });
    expect(done.data?.resetPassword).toEqual({ ok: true, errors: [] });
    expect((await gql(url, ME, {}, { token: oldSession })).data?.me).toBeNull();
    await login(url, email, 'Nieuw-wachtwoord-1');

    const again = await gql(url, RESET, { input: { token: tokenOf(link), password: 'Nog-een-ander-2' } });
    expect(again.data?.resetPassword.errors[0]).toMatchObject({ field: 'token', code: 'TOKEN_USED' });
  });

  it('refuses an expired link and a made-up one', async () => {
    const { id: userId, email } = await createUser(server, org);
    await gql(url, REQUEST, { email });
    const mail = (await outbox(server.dbUrl, email)).at(-1);
    if (!mail) throw new Error('no reset mail');
    const token = tokenOf(linkIn(mail, 'http://loket.test/reset-password'));
    await ownerQuery(
      server.dbUrl,
      "UPDATE user_token SET expires_at = now() - interval '1 second' WHERE purpose = 'PASSWORD_RESET' AND user_id = $1",
      [userId],
    );
    const expired = await gql(url, RESET, { input: { token, password: 'Geldig-wachtwoord-3' } });
    expect(expired.data?.resetPassword.errors[0]).toMatchObject({ field: 'token', code: 'TOKEN_EXPIRED' });
    expect(expired.data?.resetPassword.errors[0]?.message).toContain('verlopen');
    const madeUp = await gql(url, RESET, {
      input: { token: 'A'.repeat(43), password: 'Geldig-wachtwoord-3' },
    });
    expect(madeUp.data?.resetPassword.errors[0]?.code).toBe('TOKEN_INVALID');
  });
});

describe('invitations', () => {
  const INVITE = graphql(`
  mutation AccountsInviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) { user { id email status roles } errors { field code message } }
  }
`);
  const ACCEPT = graphql(`
  mutation AccountsAcceptInvitation($input: TokenPasswordInput!) {
    acceptInvitation(input: $input) { token user { email status organisation { name } } errors { field code } }
  }
`);

  it('an ADMIN invites a colleague, who sets a password under the policy and is logged in', async () => {
    const admin = await login(url, 'beheerder@delinde.example');
    const invited = await gql(
      url,
      INVITE,
      { input: { email: 'nieuw@delinde.example', firstName: 'Nina', lastName: 'Nieuw', roles: ['MEMBER'] } },
      { token: admin },
    );
    expect(invited.data?.inviteUser.errors).toEqual([]);
    expect(invited.data?.inviteUser.user).toMatchObject({
      email: 'nieuw@delinde.example',
      status: 'INVITED',
    });

    const mail = (await outbox(server.dbUrl, 'nieuw@delinde.example')).at(-1);
    if (!mail) throw new Error('no invitation mail');
    expect(mail.subject).toBe('Uitnodiging voor het e-loket van WZC De Linde');
    expect(mail.text_body).toContain('Els Janssens nodigt u uit');
    const token = tokenOf(linkIn(mail, 'http://loket.test/accept-invitation?token='));

    const weak = await gql(url, ACCEPT, { input: { token, password: 'alllowercase1' } });
    expect(weak.data?.acceptInvitation.errors).toEqual([
      { field: 'password', code: 'PASSWORD_NEEDS_UPPERCASE' },
    ]);

    const accepted = await gql(url, ACCEPT, { input: { token, password: 'Welkom-bij-loket-1' } });
    expect(accepted.data?.acceptInvitation).toMatchObject({
      errors: [],
      user: { email: 'nieuw@delinde.example', status: 'ACTIVE', organisation: { name: 'WZC De Linde' } },
    });
    const me = await gql(url, ME, {}, { token: accepted.data?.acceptInvitation.token });
    expect(me.data?.me?.roles).toEqual(['MEMBER']);
    const reused = await gql(url, ACCEPT, { input: { token, password: 'Welkom-bij-loket-2' } });
    expect(reused.data?.acceptInvitation.errors[0]?.code).toBe('TOKEN_USED');
  });

  it('a resent invitation replaces the previous link', async () => {
    const admin = await login(url, 'beheerder@delinde.example');
    const invited = await gql(
      url,
      INVITE,
      {
        input: {
          email: 'opnieuw@delinde.example',
          firstName: 'Olaf',
          lastName: 'Opnieuw',
          roles: ['MEMBER'],
        },
      },
      { token: admin },
    );
    const first = (await outbox(server.dbUrl, 'opnieuw@delinde.example')).at(-1);
    if (!first) throw new Error('no invitation mail');
    const resent = await gql(
      url,
      graphql(`mutation AccountsResendInvitation($id: ID!) { resendInvitation(userId: $id) { status } }`),
      { id: invited.data?.inviteUser.user?.id ?? '' },
      { token: admin },
    );
    expect(resent.data?.resendInvitation.status).toBe('INVITED');
    const second = (await outbox(server.dbUrl, 'opnieuw@delinde.example')).at(-1);
    if (!second || second.id === first.id) throw new Error('no second invitation mail');
    const oldLink = await gql(url, ACCEPT, {
      input: {
        token: tokenOf(linkIn(first, 'http://loket.test/accept-invitation')),
        password: 'Welkom-bij-loket-1',
      },
    });
    expect(oldLink.data?.acceptInvitation.errors[0]?.code).toBe('TOKEN_INVALID');
    const newLink = await gql(url, ACCEPT, {
      input: {
        token: tokenOf(linkIn(second, 'http://loket.test/accept-invitation')),
        password: 'Welkom-bij-loket-1',
      },
    });
    expect(newLink.data?.acceptInvitation.errors).toEqual([]);
  });

  it('validates every field at once and saves nothing on error', async () => {
    const admin = await login(url, 'beheerder@delinde.example');
    const result = await gql(
      url,
      INVITE,
      { input: { email: 'not-an-email', firstName: ' ', lastName: 'X', roles: ['AGENT'] } },
      { token: admin },
    );
    expect(result.data?.inviteUser.user).toBeNull();
    expect(result.data?.inviteUser.errors.map((e) => [e.field, e.code])).toEqual([
      ['email', 'INVALID_EMAIL'],
      ['firstName', 'REQUIRED'],
      ['roles', 'INVALID_ROLE'],
    ]);
    // A colleague of the same organisation already has the address (the ADMIN sees them in the list).
    const taken = await gql(
      url,
      INVITE,
      {
        input: { email: 'MEDEWERKERPLUS@delinde.example', firstName: 'A', lastName: 'B', roles: ['MEMBER'] },
      },
      { token: admin },
    );
    expect(taken.data?.inviteUser.errors).toMatchObject([{ field: 'email', code: 'EMAIL_TAKEN' }]);
    expect(await outbox(server.dbUrl, 'not-an-email')).toHaveLength(0);
  });

  it('only an ADMIN may invite', async () => {
    const member = await login(url, 'medewerkerplus@delinde.example');
    const result = await gql(
      url,
      INVITE,
      { input: { email: 'x@delinde.example', firstName: 'A', lastName: 'B', roles: ['MEMBER'] } },
      { token: member },
    );
    expect(errorCode(result)).toBe('FORBIDDEN');
    const anonymous = await gql(url, INVITE, {
      input: { email: 'x@delinde.example', firstName: 'A', lastName: 'B', roles: ['MEMBER'] },
    });
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
  });
});

describe('own profile and roles', () => {
  const UPDATE = graphql(`
  mutation AccountsUpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) { user { firstName email phone } errors { field code } }
  }
`);

  it('changes name and phone with the current password; a new email address once confirmed from it', async () => {
    const { email, token } = await createUser(server, org);
    const newEmail = `lies.vermeulen-${unique()}@test.example`;
    const input = {
      firstName: 'Lies',
      lastName: 'Vermeulen',
      email: newEmail,
      phone: '09 333 44 55',
      currentPassword: 'wrong',
    };
    const wrong = await gql(url, UPDATE, { input }, { token });
    expect(wrong.data?.updateProfile.errors).toEqual([{ field: 'currentPassword', code: 'WRONG_PASSWORD' }]);
    expect((await gql(url, ME, {}, { token })).data?.me?.email).toBe(email);

    const done = await gql(url, UPDATE, { input: { ...input, currentPassword: DEMO_PASSWORD } }, { token });
    // Name and phone at once; the address only once confirmed from its mailbox.
    expect(done.data?.updateProfile).toEqual({
      errors: [],
      user: { firstName: 'Lies', email, phone: '+3293334455' },
    });
    const confirmation = (await outbox(server.dbUrl, newEmail)).at(-1);
    if (!confirmation) throw new Error('no confirmation mail');
    expect(confirmation.template).toBe('email-change-confirmation');
    const link = tokenOf(linkIn(confirmation, 'http://loket.test/confirm-email?token='));
    const CONFIRM = graphql(
      `mutation AccountsConfirmEmailChange($token: String!) { confirmEmailChange(token: $token) { ok errors { code } } }`,
    );
    expect((await gql(url, CONFIRM, { token: link })).data?.confirmEmailChange).toEqual({
      ok: true,
      errors: [],
    });
    expect((await gql(url, ME, {}, { token })).data?.me?.email).toBe(newEmail);
    expect((await gql(url, CONFIRM, { token: link })).data?.confirmEmailChange.errors).toEqual([
      { code: 'TOKEN_USED' },
    ]);
    const notice = (await outbox(server.dbUrl, email)).at(-1);
    expect(notice?.template).toBe('account-email-changed');
    expect(notice?.text_body).toContain(newEmail);
  });

  it('nobody changes their own role or organisation; an ADMIN sets a colleague’s role', async () => {
    const owner = await createUser(server, org, { roles: ['ADMIN'] });
    const admin = owner.token;
    const me = await gql(url, graphql(`query AccountsMe2 { me { id } }`), {}, { token: admin });
    const CHANGE = graphql(
      `mutation AccountsChangeUserRole($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { user { roles } errors { field code } } }`,
    );
    const own = await gql(
      url,
      CHANGE,
      { input: { userId: me.data?.me?.id ?? '', role: 'MEMBER', currentPassword: owner.password } },
      { token: admin },
    );
    expect(own.data?.changeUserRole.errors).toEqual([{ field: 'role', code: 'OWN_ROLES' }]);

    const colleague = await createUser(server, org, { roles: ['MEMBER_PLUS'] });
    const set = await gql(
      url,
      CHANGE,
      { input: { userId: colleague.id, role: 'ADMIN', currentPassword: owner.password } },
      { token: admin },
    );
    expect(set.data?.changeUserRole).toEqual({ errors: [], user: { roles: ['ADMIN'] } });

    // The profile input has no organisation or roles field: the schema refuses them.
    const sneaky = await gql(
      url,
      UPDATE,
      {
        input: {
          firstName: 'K',
          lastName: 'E',
          email: owner.email,
          currentPassword: DEMO_PASSWORD,
          roles: ['AGENT'],
        },
      },
      { token: admin },
    );
    expect(errorCode(sneaky)).toBe('BAD_USER_INPUT');
  });
});

describe('throttling', () => {
  it('locks an account after repeated failures, even for the right password, and says for how long', async () => {
    const { email } = await createUser(server, org);
    for (let i = 0; i < 3; i++) await gql(url, LOGIN, { input: { email, password: `wrong-${i}` } });
    const locked = await gql(url, LOGIN, { input: { email, password: DEMO_PASSWORD } });
    expect(locked.data?.login.token).toBeNull();
    expect(locked.data?.login.errors[0]).toMatchObject({ code: 'TOO_MANY_ATTEMPTS' });
    expect(locked.data?.login.errors[0]?.message).toMatch(/Probeer het over 15 minuten opnieuw/);
    // Another account from the same address is not affected.
    const other = await createUser(server, org);
    const me = await gql(
      url,
      graphql(`query AccountsMe3 { me { email } }`),
      {},
      { token: await login(url, other.email) },
    );
    expect(me.data?.me).toEqual({ email: other.email });
  });

  it('locks an IP address after too many failures across accounts', async () => {
    const ipServer = await startTestServer({
      LOGIN_MAX_FAILURES_PER_IP: '4',
      LOGIN_MAX_FAILURES_PER_ACCOUNT: '100',
    });
    const emails = ['a@x.example', 'b@x.example', 'c@x.example', 'd@x.example'];
    for (const email of emails) await gql(ipServer.graphqlUrl, LOGIN, { input: { email, password: 'x' } });
    const locked = await gql(ipServer.graphqlUrl, LOGIN, {
      input: { email: 'beheerder@delinde.example', password: DEMO_PASSWORD },
    });
    expect(locked.data?.login.errors[0]?.code).toBe('TOO_MANY_ATTEMPTS');
  });
});
