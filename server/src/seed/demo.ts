// Demo data for a first start: the department (teams, themes, staff) and two organisations with an
// ADMIN, a MEMBER and a MEMBER_PLUS each. Written only when the database has no organisation yet.
import type { EntityManager } from 'typeorm';
import type { AppServices } from '../context.js';
import { inScope } from '../db/scope.js';
import { hashPassword } from '../modules/accounts/password.js';
import type { Role } from '../modules/accounts/user.entity.js';

export const DEMO_PASSWORD = 'Loket-demo-2026';

// Fixed ids keep demo links and tests stable across machines.
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const teams = [
  { id: id(101), nameNl: 'Team Erkenning', nameEn: 'Recognition team', email: 'erkenning@zorg.example' },
  { id: id(102), nameNl: 'Team Subsidies', nameEn: 'Subsidies team', email: 'subsidies@zorg.example' },
  { id: id(103), nameNl: 'Team Kwaliteit', nameEn: 'Quality team', email: 'kwaliteit@zorg.example' },
  {
    id: id(104),
    nameNl: 'Team Infectieziektebestrijding',
    nameEn: 'Infectious disease control team',
    email: 'infectieziekten@zorg.example',
  },
  { id: id(105), nameNl: 'Team Personeel', nameEn: 'Staffing team', email: 'personeel@zorg.example' },
];

export const DEMO_THEMES = [
  { id: id(201), code: 'ERK', nameNl: 'Erkenning', nameEn: 'Recognition', teamId: id(101) },
  { id: id(202), code: 'SUB', nameNl: 'Subsidies', nameEn: 'Subsidies', teamId: id(102) },
  { id: id(203), code: 'KWA', nameNl: 'Kwaliteit', nameEn: 'Quality', teamId: id(103) },
  { id: id(204), code: 'INF', nameNl: 'Infectieziekten', nameEn: 'Infectious diseases', teamId: id(104) },
  { id: id(205), code: 'PER', nameNl: 'Personeel', nameEn: 'Staff', teamId: id(105) },
];

export const DEMO_ORGANISATIONS = [
  {
    id: id(301),
    name: 'WZC De Linde',
    externalNumber: '0412.345.678',
    phone: '+3250123456',
    email: 'info@delinde.example',
    websiteUrl: 'https://www.delinde.example',
    themes: [id(201), id(202), id(203), id(204), id(205)],
  },
  {
    id: id(302),
    name: 'Dagcentrum De Zonnebloem',
    externalNumber: '0498.765.432',
    phone: '+3293334455',
    email: 'contact@zonnebloem.example',
    websiteUrl: 'https://zonnebloem.example',
    themes: [id(201), id(202), id(203), id(205)],
  },
];

interface DemoUser {
  id: string;
  organisationId: string | null;
  email: string;
  firstName: string;
  lastName: string;
  roles: Role[];
  teams?: string[];
}

export const DEMO_USERS: DemoUser[] = [
  {
    id: id(401),
    organisationId: id(301),
    email: 'beheerder@delinde.example',
    firstName: 'Els',
    lastName: 'Janssens',
    roles: ['ADMIN'],
  },
  {
    id: id(402),
    organisationId: id(301),
    email: 'medewerker@delinde.example',
    firstName: 'Tom',
    lastName: 'Claes',
    roles: ['MEMBER'],
  },
  {
    id: id(403),
    organisationId: id(301),
    email: 'medewerkerplus@delinde.example',
    firstName: 'Sara',
    lastName: 'Wouters',
    roles: ['MEMBER_PLUS'],
  },
  {
    id: id(411),
    organisationId: id(302),
    email: 'beheerder@zonnebloem.example',
    firstName: 'Karim',
    lastName: 'El Amrani',
    roles: ['ADMIN'],
  },
  {
    id: id(412),
    organisationId: id(302),
    email: 'medewerker@zonnebloem.example',
    firstName: 'Lies',
    lastName: 'Vermeulen',
    roles: ['MEMBER'],
  },
  {
    id: id(413),
    organisationId: id(302),
    email: 'medewerkerplus@zonnebloem.example',
    firstName: 'Joris',
    lastName: 'Goossens',
    roles: ['MEMBER_PLUS'],
  },
  {
    id: id(501),
    organisationId: null,
    email: 'an.peeters@zorg.example',
    firstName: 'An',
    lastName: 'Peeters',
    roles: ['AGENT'],
    teams: [id(101), id(103)],
  },
  {
    id: id(502),
    organisationId: null,
    email: 'bart.desmet@zorg.example',
    firstName: 'Bart',
    lastName: 'De Smet',
    roles: ['AGENT'],
    teams: [id(102), id(105)],
  },
  {
    id: id(503),
    organisationId: null,
    email: 'chloe.maes@zorg.example',
    firstName: 'Chloé',
    lastName: 'Maes',
    roles: ['AGENT'],
    teams: [id(104)],
  },
  {
    id: id(504),
    organisationId: null,
    email: 'beheer@zorg.example',
    firstName: 'Dirk',
    lastName: 'Willems',
    roles: ['DEPARTMENT_ADMIN', 'AGENT'],
    teams: [id(101)],
  },
];

/** Writes the demo data in the current (system-scoped) transaction. */
export async function writeDemoData(em: EntityManager): Promise<void> {
  for (const t of teams) {
    await em.query('INSERT INTO team (id, name_nl, name_en, email) VALUES ($1, $2, $3, $4)', [
      t.id,
      t.nameNl,
      t.nameEn,
      t.email,
    ]);
  }
  for (const [position, t] of DEMO_THEMES.entries()) {
    await em.query(
      'INSERT INTO theme (id, code, name_nl, name_en, team_id, position) VALUES ($1, $2, $3, $4, $5, $6)',
      [t.id, t.code, t.nameNl, t.nameEn, t.teamId, position],
    );
  }
  for (const o of DEMO_ORGANISATIONS) {
    await em.query(
      'INSERT INTO organisation (id, name, external_number, phone, email, website_url) VALUES ($1, $2, $3, $4, $5, $6)',
      [o.id, o.name, o.externalNumber, o.phone, o.email, o.websiteUrl],
    );
    for (const themeId of o.themes) {
      await em.query('INSERT INTO organisation_theme (organisation_id, theme_id) VALUES ($1, $2)', [
        o.id,
        themeId,
      ]);
    }
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const u of DEMO_USERS) {
    await em.query(
      `INSERT INTO app_user (id, organisation_id, email, first_name, last_name, roles, status, password_hash)
       VALUES ($1, $2, $3, $4, $5, $6, 'ACTIVE', $7)`,
      [u.id, u.organisationId, u.email, u.firstName, u.lastName, u.roles, passwordHash],
    );
    for (const teamId of u.teams ?? []) {
      await em.query('INSERT INTO team_member (team_id, user_id) VALUES ($1, $2)', [teamId, u.id]);
    }
  }
}

/** Seeds on a database without organisations; returns whether it did. */
export async function seedDemoDataIfEmpty(app: Pick<AppServices, 'dataSource' | 'log'>): Promise<boolean> {
  return inScope(app.dataSource, { kind: 'system' }, async (em) => {
    // Serialise concurrent first starts; the lock ends with the transaction.
    await em.query('SELECT pg_advisory_xact_lock(7420002)');
    const rows: Array<{ n: number }> = await em.query('SELECT count(*)::int AS n FROM organisation');
    if ((rows[0]?.n ?? 0) > 0) return false;
    await writeDemoData(em);
    app.log.info('demo data written');
    return true;
  });
}
