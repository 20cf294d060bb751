// Demo data for a first start: the department (teams, themes, staff) and two organisations with an
// ADMIN, a MEMBER and a MEMBER_PLUS each. Written only when the database has no organisation yet.
import type { EntityManager } from 'typeorm';
import type { AppServices } from '../context.js';
import { inScope } from '../db/scope.js';
import { hashPassword } from '../modules/accounts/password.js';
import type { Role } from '../modules/accounts/user.entity.js';
import { nextTicketNumber } from '../modules/tickets/ticket-number.js';
import { writeDemoKnowledgeBase } from './demo-knowledge-base.js';

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
export async function writeDemoData(em: EntityManager, ticketNumberPrefix = 'HD'): Promise<void> {
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
  await writeDemoTickets(em, ticketNumberPrefix);
  await writeDemoKnowledgeBase(em);
}

/** A few tickets of De Linde (two of the MEMBER, one of the ADMIN) and one of De Zonnebloem. */
export const DEMO_TICKETS = [
  {
    id: id(601),
    organisationId: id(301),
    requesterId: id(402),
    requesterEmail: 'medewerker@delinde.example',
    subject: 'Factuur van oktober klopt niet',
    description: 'Op de verzamelfactuur van oktober staan twee cliënten dubbel. Kunnen jullie dit nakijken?',
    category: 'FINANCIAL',
    type: 'QUESTION',
  },
  {
    id: id(602),
    organisationId: id(301),
    requesterId: id(402),
    requesterEmail: 'medewerker@delinde.example',
    subject: 'Zorgmail komt niet aan',
    description: 'Sinds gisteren komen berichten via Zorgmail niet meer binnen.',
    category: 'EXTERNAL_LINK',
    type: 'FIRST_LINE_INCIDENT',
  },
  {
    id: id(603),
    organisationId: id(301),
    requesterId: id(401),
    requesterEmail: 'beheerder@delinde.example',
    subject: 'Sjabloon voor de jaarrapportage',
    description: 'Graag een aangepast sjabloon voor de jaarrapportage met ons logo.',
    category: 'TECHNICAL',
    type: 'CHANGE_REQUEST',
  },
  {
    id: id(611),
    organisationId: id(302),
    requesterId: id(412),
    requesterEmail: 'medewerker@zonnebloem.example',
    subject: 'Cliënten exporteren',
    description: 'Hoe exporteer ik de lijst van cliënten naar Excel?',
    category: 'TECHNICAL',
    type: 'QUESTION',
  },
];

async function writeDemoTickets(em: EntityManager, numberPrefix: string): Promise<void> {
  for (const t of DEMO_TICKETS) {
    const number = await nextTicketNumber(em, numberPrefix);
    await em.query(
      `INSERT INTO ticket (id, organisation_id, number, requester_id, requester_email, channel, subject, description,
                           category_id, support_type_id, queue_id, created_by)
       VALUES ($1, $2, $3, $4, $5, 'PORTAL', $6, $7,
               (SELECT id FROM ticket_category WHERE code = $8), (SELECT id FROM ticket_support_type WHERE code = $9),
               (SELECT id FROM ticket_queue WHERE is_default), $4)`,
      [
        t.id,
        t.organisationId,
        number,
        t.requesterId,
        t.requesterEmail,
        t.subject,
        t.description,
        t.category,
        t.type,
      ],
    );
    await em.query(
      'INSERT INTO ticket_participant (ticket_id, user_id, organisation_id) VALUES ($1, $2, $3)',
      [t.id, t.requesterId, t.organisationId],
    );
  }
  // A conversation on the first one: the helpdesk answered (status Beantwoord) and left a note.
  const [first] = DEMO_TICKETS as [(typeof DEMO_TICKETS)[number]];
  await em.query(
    `INSERT INTO ticket_entry (id, organisation_id, ticket_id, kind, author_id, by_staff, body)
     VALUES ($1, $3, $4, 'REPLY', $5, true, 'Dank u, we kijken de verzamelfactuur na en laten u iets weten.'),
            ($2, $3, $4, 'NOTE', $5, true, 'Dubbele regels komen uit de import van 3 november.')`,
    [id(651), id(652), first.organisationId, first.id, id(502)],
  );
  await em.query(
    `UPDATE ticket SET status = 'ANSWERED', first_response_at = now(), assignee_id = $2 WHERE id = $1`,
    [first.id, id(502)],
  );
  await em.query(
    `INSERT INTO ticket_label_link (ticket_id, label_id, organisation_id)
     SELECT $1, id, $2 FROM ticket_label WHERE code = 'SECURITY_INCIDENT'`,
    [id(602), id(301)],
  );
  for (const t of DEMO_TICKETS) await em.query('SELECT ticket_refresh_search($1)', [t.id]);
}

/** Seeds on a database without organisations; returns whether it did. */
export async function seedDemoDataIfEmpty(
  app: Pick<AppServices, 'dataSource' | 'log'> & {
    config?: Pick<AppServices['config'], 'ticketNumberPrefix'>;
  },
): Promise<boolean> {
  return inScope(app.dataSource, { kind: 'system' }, async (em) => {
    // Serialise concurrent first starts; the lock ends with the transaction.
    await em.query('SELECT pg_advisory_xact_lock(7420002)');
    const rows: Array<{ n: number }> = await em.query('SELECT count(*)::int AS n FROM organisation');
    if ((rows[0]?.n ?? 0) > 0) return false;
    await writeDemoData(em, app.config?.ticketNumberPrefix);
    app.log.info('demo data written');
    return true;
  });
}
