// Test data a test owns: an organisation of its own, users of it logged in through the API, contact
// persons added and confirmed as an ADMIN does. Tests that change people or organisations use these
// instead of the shared demo rows, so that they can run in any order (CI shuffles them).
import { randomUUID } from 'node:crypto';
import { hashPassword } from '../../server/src/modules/accounts/password.js';
import { DEMO_PASSWORD, DEMO_THEMES } from '../../server/src/seed/demo.js';
import { login } from './graphql.js';
import { ownerQuery } from './mailbox.js';
import { addConfirmedContact } from './messages.js';
import type { TestServer } from './server.js';

export interface TestOrganisation {
  id: string;
  name: string;
  externalNumber: string;
}

export interface TestUser {
  id: string;
  organisationId: string;
  email: string;
  /** Every factory user logs in with the demo password. */
  password: string;
  /** A session of its own, from a real login. */
  token: string;
}

let passwordHash: Promise<string> | undefined;

/** A short unique suffix for names and addresses. */
export const unique = () => randomUUID().slice(0, 8);

/** A new organisation with the demo themes (or `themes`, by code), written as the owner. */
export async function createOrganisation(
  server: TestServer,
  options: { name?: string; themes?: string[] } = {},
): Promise<TestOrganisation> {
  const id = randomUUID();
  const suffix = unique();
  const name = options.name ?? `Testvoorziening ${suffix}`;
  await ownerQuery(
    server.dbUrl,
    `INSERT INTO organisation (id, name, external_number, email) VALUES ($1, $2, $3, $4)`,
    [id, name, `T-${suffix}`, `info@${suffix}.example`],
  );
  const codes = options.themes ?? DEMO_THEMES.map((t) => t.code);
  for (const code of codes) {
    const theme = DEMO_THEMES.find((t) => t.code === code);
    if (!theme) throw new Error(`no theme ${code}`);
    await ownerQuery(
      server.dbUrl,
      'INSERT INTO organisation_theme (organisation_id, theme_id) VALUES ($1, $2)',
      [id, theme.id],
    );
  }
  return { id, name, externalNumber: `T-${suffix}` };
}

/** An active user of `organisation` with `roles`, logged in. */
export async function createUser(
  server: TestServer,
  organisation: TestOrganisation,
  options: { roles?: string[]; firstName?: string; lastName?: string; email?: string } = {},
): Promise<TestUser> {
  const id = randomUUID();
  const email = options.email ?? `user-${unique()}@test.example`;
  passwordHash ??= hashPassword(DEMO_PASSWORD);
  await ownerQuery(
    server.dbUrl,
    `INSERT INTO app_user (id, organisation_id, email, first_name, last_name, roles, status, password_hash)
     VALUES ($1, $2, $3, $4, $5, $6, 'ACTIVE', $7)`,
    [
      id,
      organisation.id,
      email,
      options.firstName ?? 'Test',
      options.lastName ?? 'Gebruiker',
      options.roles ?? ['MEMBER'],
      await passwordHash,
    ],
  );
  const token = await login(server.graphqlUrl, email);
  return { id, organisationId: organisation.id, email, password: DEMO_PASSWORD, token };
}

/** A confirmed contact person of `admin`'s organisation for the themes (codes), added through the API. */
export async function createContact(
  server: TestServer,
  admin: TestUser,
  themes: string[],
  names: { firstName?: string; lastName?: string } = {},
): Promise<{ id: string; email: string; firstName: string; lastName: string }> {
  const email = `contact-${unique()}@test.example`;
  const firstName = names.firstName ?? 'Contact';
  const lastName = names.lastName ?? 'Persoon';
  const id = await addConfirmedContact(server.graphqlUrl, server.dbUrl, admin.token, {
    firstName,
    lastName,
    email,
    themes,
  });
  return { id, email, firstName, lastName };
}
