// Ticket settings (issue 16) and the service levels' open points (issue 14) against real PostgreSQL: only a
// DEPARTMENT_ADMIN reads and changes them (AGENT and organisations' users FORBIDDEN), every change audited,
// bad input refused per field in Dutch with nothing saved; a new target applies to new tickets while running
// ones keep theirs; a closing day moves an open ticket's due time (recompute job); the calendar cache of a
// second server drops its copy when the first changes the calendar; tickets from before the service levels
// get their due times (backfill) without warnings mailed about breaches of long ago.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { inScope } from '../../server/src/db/scope.js';
import { addBusinessTime } from '../../server/src/modules/sla/business-time.js';
import { calendarCache } from '../../server/src/modules/sla/calendar.cache.js';
import { recomputeTicketClocks } from '../../server/src/modules/sla/recompute-clocks.js';
import { loadCalendar } from '../../server/src/modules/sla/sla.service.js';
import { runTicketTimer } from '../../server/src/modules/sla/ticket-timer.js';
import { graphql } from '../graphql/generated/gql.js';
import { createOrganisation, createUser, type TestUser } from '../utils/factories.js';
import { errorCode, gql, login } from '../utils/graphql.js';
import { outbox, ownerQuery } from '../utils/mailbox.js';
import { startTestServer, type TestServer } from '../utils/server.js';

const MINUTE = 60_000;

const SETTINGS = graphql(`
  query SettingsRead {
    ticketSettings {
      supportTypes { id code reactionMinutes resolutionMinutes alwaysOpen resolutionByPriority { priority minutes } }
      queues { id code explanationNl autoResolveAfterDays }
      calendar { id timeZone week { weekday opensAt closesAt } closingDays { id onDate everyYearOn nameNl } }
      themes { id unreadReminderDays }
    }
  }
`);
const TARGETS = graphql(`
  mutation SettingsTargets($input: SupportTypeTargetsInput!) {
    updateSupportTypeTargets(input: $input) {
      errors { field code message }
      settings { supportTypes { id reactionMinutes resolutionMinutes } }
    }
  }
`);
const QUEUE = graphql(`
  mutation SettingsQueue($input: QueueSettingsInput!) {
    updateQueueSettings(input: $input) { errors { field code message } settings { queues { id autoResolveAfterDays } } }
  }
`);
const CALENDAR = graphql(`
  mutation SettingsCalendar($input: CalendarInput!) {
    updateBusinessCalendar(input: $input) { errors { field code message } settings { calendar { timeZone } } }
  }
`);
const ADD_CLOSING = graphql(`
  mutation SettingsAddClosing($input: ClosingDayInput!) {
    addClosingDay(input: $input) {
      errors { field code message }
      settings { calendar { closingDays { id onDate everyYearOn } } }
    }
  }
`);
const REMOVE_CLOSING = graphql(`
  mutation SettingsRemoveClosing($id: ID!) { removeClosingDay(closingDayId: $id) { calendar { id } } }
`);
const REMINDER = graphql(`
  mutation SettingsReminder($input: ThemeReminderInput!) {
    updateThemeReminder(input: $input) { errors { field code } settings { themes { id unreadReminderDays } } }
  }
`);
const DETAILS = graphql(`
  mutation SettingsTicketPriority($input: UpdateTicketDetailsInput!) {
    updateTicketDetails(input: $input) { errors { code } ticket { priority resolutionDueAt } }
  }
`);
const CUSTOMER_VIEW = graphql(`
  query SettingsCustomerTicket($id: ID) { ticket(id: $id) { priority } }
`);
const CREATE_TICKET = graphql(`
  mutation SettingsCreateTicket($input: CreateTicketInput!) {
    createTicket(input: $input) { errors { code } ticket { id firstResponseDueAt resolutionDueAt } }
  }
`);

let server: TestServer;
let url: string;
let admin: string;
let agent: string;
let member: TestUser;
let tenantAdmin: TestUser;
let categoryId: string;
let settings: NonNullable<Awaited<ReturnType<typeof readSettings>>>;

async function readSettings() {
  const result = await gql(url, SETTINGS, {}, { token: admin });
  expect(result.errors).toBeUndefined();
  return result.data?.ticketSettings;
}

const supportType = (code: string) => settings.supportTypes.find((s) => s.code === code)?.id ?? '';

async function createTicket(code: string): Promise<string> {
  const result = await gql(
    url,
    CREATE_TICKET,
    {
      input: {
        clientKey: randomUUID(),
        subject: `Instellingen ${code}`,
        description: 'Een vraag.',
        categoryId,
        supportTypeId: supportType(code),
      },
    },
    { token: member.token },
  );
  expect(result.data?.createTicket.errors).toEqual([]);
  return result.data?.createTicket.ticket?.id ?? '';
}

/** Puts the ticket's creation at `at` and recomputes its clock then (as the timer does). */
async function createdAt(id: string, at: string) {
  await ownerQuery(server.dbUrl, 'UPDATE ticket SET created_at = $2, status_changed_at = $2 WHERE id = $1', [
    id,
    at,
  ]);
  await runTicketTimer(server.app, id, new Date(at));
}

async function dueTimes(id: string) {
  const [row] = await ownerQuery<{ reaction: Date | null; resolution: Date | null; state: string | null }>(
    server.dbUrl,
    'SELECT first_response_due_at AS reaction, resolution_due_at AS resolution, sla_state AS state FROM ticket WHERE id = $1',
    [id],
  );
  return row;
}

const audits = (action: string, entityId: string) =>
  ownerQuery<{
    actor_user_id: string;
    changes: Array<{ field: string; old: string | null; new: string | null }>;
  }>(server.dbUrl, 'SELECT actor_user_id, changes FROM audit_event WHERE action = $1 AND entity_id = $2', [
    action,
    entityId,
  ]);

const officeCalendar = () =>
  inScope(server.app.dataSource, { kind: 'system' }, (em) => loadCalendar(em, settings.calendar.id));

beforeAll(async () => {
  server = await startTestServer();
  url = server.graphqlUrl;
  admin = await login(url, 'beheer@zorg.example');
  agent = await login(url, 'bart.desmet@zorg.example');
  const organisation = await createOrganisation(server);
  member = await createUser(server, organisation, { roles: ['MEMBER'] });
  tenantAdmin = await createUser(server, organisation, { roles: ['ADMIN'] });
  const categories = await gql(url, '{ ticketCategories { id } }', {}, { token: member.token });
  categoryId = categories.data?.ticketCategories[0].id;
  const read = await readSettings();
  if (!read) throw new Error('no settings');
  settings = read;
});

describe('who may', () => {
  it('refuses the settings and every change to an AGENT and to organisations’ users, and asks the anonymous to log in', async () => {
    const closing = { onDate: '2031-01-02', nameNl: 'Dicht', nameEn: 'Closed' };
    for (const token of [agent, member.token, tenantAdmin.token]) {
      expect(errorCode(await gql(url, SETTINGS, {}, { token }))).toBe('FORBIDDEN');
      expect(
        errorCode(
          await gql(
            url,
            TARGETS,
            { input: { supportTypeId: supportType('QUESTION'), reactionMinutes: 1 } },
            { token },
          ),
        ),
      ).toBe('FORBIDDEN');
      expect(errorCode(await gql(url, ADD_CLOSING, { input: closing }, { token }))).toBe('FORBIDDEN');
      expect(errorCode(await gql(url, REMOVE_CLOSING, { id: randomUUID() }, { token }))).toBe('FORBIDDEN');
      expect(errorCode(await gql(url, CALENDAR, { input: { timeZone: 'UTC', week: [] } }, { token }))).toBe(
        'FORBIDDEN',
      );
      expect(
        errorCode(
          await gql(
            url,
            REMINDER,
            { input: { themeId: settings.themes[0]?.id ?? '', unreadReminderDays: 1 } },
            { token },
          ),
        ),
      ).toBe('FORBIDDEN');
    }
    expect(errorCode(await gql(url, SETTINGS, {}))).toBe('UNAUTHENTICATED');
    const days = await ownerQuery(
      server.dbUrl,
      "SELECT 1 FROM business_closing_day WHERE on_date = '2031-01-02'",
    );
    expect(days).toEqual([]);
  });

  it('keeps a tenant transaction from writing the settings tables (row-level security)', async () => {
    await expect(
      inScope(
        server.app.dataSource,
        { kind: 'tenant', organisationId: member.organisationId, userId: member.id },
        (em) =>
          em.query(
            "UPDATE ticket_support_type SET reaction_minutes = 1 WHERE code = 'QUESTION' RETURNING id",
          ),
      ),
    ).resolves.toEqual([[], 0]);
  });

  it('answers NOT_FOUND for a support type, queue, theme or closing day that does not exist', async () => {
    const missing = randomUUID();
    expect(errorCode(await gql(url, TARGETS, { input: { supportTypeId: missing } }, { token: admin }))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await gql(url, REMOVE_CLOSING, { id: missing }, { token: admin }))).toBe('NOT_FOUND');
    expect(errorCode(await gql(url, REMINDER, { input: { themeId: 'not-an-id' } }, { token: admin }))).toBe(
      'NOT_FOUND',
    );
  });
});

describe('targets', () => {
  it('applies a new target to new tickets; a running ticket keeps the one it was given; the change is audited', async () => {
    const id = supportType('CHANGE_REQUEST');
    const running = await createTicket('CHANGE_REQUEST');
    await createdAt(running, '2026-03-02T09:00:00+01:00');
    const before = await dueTimes(running);
    const changed = await gql(
      url,
      TARGETS,
      { input: { supportTypeId: id, reactionMinutes: 120, resolutionMinutes: 1020 } },
      { token: admin },
    );
    expect(changed.data?.updateSupportTypeTargets.errors).toEqual([]);
    try {
      const fresh = await createTicket('CHANGE_REQUEST');
      await createdAt(fresh, '2026-03-02T09:00:00+01:00');
      const calendar = await officeCalendar();
      const created = new Date('2026-03-02T09:00:00+01:00');
      expect(await dueTimes(fresh)).toMatchObject({
        reaction: addBusinessTime(created, 120 * MINUTE, calendar),
        resolution: addBusinessTime(created, 1020 * MINUTE, calendar),
      });
      // The running ticket, recomputed after the change, still counts 3 working days and has no resolution target.
      await runTicketTimer(server.app, running, new Date('2026-03-02T10:00:00+01:00'));
      expect(await dueTimes(running)).toMatchObject({
        reaction: addBusinessTime(created, 3 * 510 * MINUTE, calendar),
        resolution: null,
      });
      expect(before?.reaction).toEqual(addBusinessTime(created, 3 * 510 * MINUTE, calendar));
      const [audit] = await audits('ticketSettings.supportTypeTargets', id);
      expect(audit?.changes).toEqual([
        { field: 'reactionMinutes', old: '1530', new: '120' },
        { field: 'resolutionMinutes', old: null, new: '1020' },
      ]);
    } finally {
      await gql(
        url,
        TARGETS,
        { input: { supportTypeId: id, reactionMinutes: 1530, resolutionMinutes: null } },
        { token: admin },
      );
    }
  });

  it('refuses targets out of range per field, in Dutch, and saves nothing', async () => {
    const id = supportType('QUESTION');
    const result = await gql(
      url,
      TARGETS,
      { input: { supportTypeId: id, reactionMinutes: 0, resolutionMinutes: 999_999 } },
      { token: admin },
    );
    expect(result.data?.updateSupportTypeTargets.errors).toEqual([
      {
        field: 'reactionMinutes',
        code: 'TARGET_MINUTES_RANGE',
        message: expect.stringContaining('Geef een doel van 1 tot 30600 minuten'),
      },
      { field: 'resolutionMinutes', code: 'TARGET_MINUTES_RANGE', message: expect.any(String) },
    ]);
    expect(result.data?.updateSupportTypeTargets.settings).toBeNull();
    expect((await readSettings())?.supportTypes.find((s) => s.id === id)).toMatchObject({
      reactionMinutes: 510,
      resolutionMinutes: 1020,
    });
    expect(await audits('ticketSettings.supportTypeTargets', id)).toEqual([]);
  });
});

describe('priority', () => {
  it('gives Problem its resolution target by priority; staff change the priority, the customer sees it', async () => {
    const problem = settings.supportTypes.find((s) => s.code === 'PROBLEM');
    expect(problem?.resolutionByPriority).toEqual([
      { priority: 'LOW', minutes: 20 * 510 },
      { priority: 'NORMAL', minutes: 10 * 510 },
      { priority: 'HIGH', minutes: 5 * 510 },
      { priority: 'CRITICAL', minutes: 510 },
    ]);
    const ticket = await createTicket('PROBLEM');
    await createdAt(ticket, '2026-03-02T09:00:00+01:00');
    const created = new Date('2026-03-02T09:00:00+01:00');
    const calendar = await officeCalendar();
    expect((await dueTimes(ticket))?.resolution).toEqual(
      addBusinessTime(created, 10 * 510 * MINUTE, calendar),
    );
    // An organisation's user cannot set it (staff only).
    const refused = await gql(
      url,
      DETAILS,
      { input: { ticketId: ticket, priority: 'CRITICAL' } },
      { token: member.token },
    );
    expect(errorCode(refused)).toBe('FORBIDDEN');
    const critical = await gql(
      url,
      DETAILS,
      { input: { ticketId: ticket, priority: 'CRITICAL' } },
      { token: agent },
    );
    expect(critical.data?.updateTicketDetails.errors).toEqual([]);
    expect(critical.data?.updateTicketDetails.ticket?.priority).toBe('CRITICAL');
    expect((await dueTimes(ticket))?.resolution).toEqual(addBusinessTime(created, 510 * MINUTE, calendar));
    const seen = await gql(url, CUSTOMER_VIEW, { id: ticket }, { token: member.token });
    expect(seen.data?.ticket?.priority).toBe('CRITICAL');
  });

  it('lets the admin change the targets per priority, audited, refusing minutes out of range', async () => {
    const id = supportType('PROBLEM');
    const PRIORITY_TARGETS = [
      { priority: 'LOW' as const, minutes: 10200 },
      { priority: 'NORMAL' as const, minutes: 5100 },
      { priority: 'HIGH' as const, minutes: 2550 },
      { priority: 'CRITICAL' as const, minutes: 510 },
    ];
    const bad = await gql(
      url,
      TARGETS,
      {
        input: {
          supportTypeId: id,
          reactionMinutes: 2550,
          resolutionByPriority: [{ priority: 'HIGH', minutes: 0 }],
        },
      },
      { token: admin },
    );
    expect(bad.data?.updateSupportTypeTargets.errors.map((e) => [e.field, e.code])).toEqual([
      ['resolutionByPriority.0', 'TARGET_MINUTES_RANGE'],
    ]);
    const good = await gql(
      url,
      TARGETS,
      {
        input: {
          supportTypeId: id,
          reactionMinutes: 2550,
          resolutionByPriority: PRIORITY_TARGETS.map((t) =>
            t.priority === 'CRITICAL' ? { ...t, minutes: 240 } : t,
          ),
        },
      },
      { token: admin },
    );
    expect(good.data?.updateSupportTypeTargets.errors).toEqual([]);
    try {
      const [audit] = await audits('ticketSettings.supportTypeTargets', id);
      expect(audit?.changes).toEqual([
        {
          field: 'resolutionByPriority',
          old: 'LOW 10200, NORMAL 5100, HIGH 2550, CRITICAL 510',
          new: 'LOW 10200, NORMAL 5100, HIGH 2550, CRITICAL 240',
        },
      ]);
    } finally {
      await gql(
        url,
        TARGETS,
        { input: { supportTypeId: id, reactionMinutes: 2550, resolutionByPriority: PRIORITY_TARGETS } },
        { token: admin },
      );
    }
  });
});

describe('queues and themes', () => {
  it('changes a queue’s explanation and auto-resolve period, audited; refuses a blank explanation and 0 days', async () => {
    const queue = settings.queues[0];
    if (!queue) throw new Error('no queue');
    const bad = await gql(
      url,
      QUEUE,
      { input: { queueId: queue.id, explanationNl: '  ', explanationEn: 'Fine', autoResolveAfterDays: 0 } },
      { token: admin },
    );
    expect(bad.data?.updateQueueSettings.errors.map((e) => [e.field, e.code])).toEqual([
      ['explanationNl', 'REQUIRED'],
      ['autoResolveAfterDays', 'AUTO_RESOLVE_DAYS_RANGE'],
    ]);
    const good = await gql(
      url,
      QUEUE,
      {
        input: {
          queueId: queue.id,
          explanationNl: queue.explanationNl,
          explanationEn: 'We look at it.',
          autoResolveAfterDays: 21,
        },
      },
      { token: admin },
    );
    expect(
      good.data?.updateQueueSettings.settings?.queues.find((q) => q.id === queue.id)?.autoResolveAfterDays,
    ).toBe(21);
    const [audit] = await audits('ticketSettings.queue', queue.id);
    expect(audit?.changes).toContainEqual({ field: 'autoResolveAfterDays', old: '14', new: '21' });
  });

  it('sets a theme’s reminder period or switches reminders off, audited; refuses 0', async () => {
    const theme = settings.themes[1];
    if (!theme) throw new Error('no theme');
    const bad = await gql(
      url,
      REMINDER,
      { input: { themeId: theme.id, unreadReminderDays: 0 } },
      { token: admin },
    );
    expect(bad.data?.updateThemeReminder.errors).toEqual([
      { field: 'unreadReminderDays', code: 'REMINDER_DAYS_RANGE' },
    ]);
    const off = await gql(
      url,
      REMINDER,
      { input: { themeId: theme.id, unreadReminderDays: null } },
      { token: admin },
    );
    expect(
      off.data?.updateThemeReminder.settings?.themes.find((t) => t.id === theme.id)?.unreadReminderDays,
    ).toBeNull();
    const [audit] = await audits('ticketSettings.themeReminder', theme.id);
    expect(audit?.changes).toEqual([{ field: 'unreadReminderDays', old: '3', new: null }]);
  });
});

describe('calendar', () => {
  it('refuses a bad time zone, bad opening hours and a week without hours, per field, saving nothing', async () => {
    const result = await gql(
      url,
      CALENDAR,
      {
        input: {
          timeZone: 'Mars/Olympus',
          week: [
            { weekday: 1, opensAt: '08:15', closesAt: '16:45' },
            { weekday: 2, opensAt: '17:00', closesAt: '09:00' },
            { weekday: 8, opensAt: '08:00', closesAt: '09:00' },
            { weekday: 1, opensAt: '12:00', closesAt: '13:00' },
          ],
        },
      },
      { token: admin },
    );
    expect(result.data?.updateBusinessCalendar.errors.map((e) => [e.field, e.code])).toEqual([
      ['timeZone', 'INVALID_TIME_ZONE'],
      ['week.1', 'OPENING_HOURS_INVALID'],
      ['week.2', 'OPENING_HOURS_INVALID'],
      ['week.3', 'OPENING_HOURS_INVALID'],
    ]);
    const closed = await gql(
      url,
      CALENDAR,
      { input: { timeZone: 'Europe/Brussels', week: [] } },
      { token: admin },
    );
    expect(closed.data?.updateBusinessCalendar.errors.map((e) => e.code)).toEqual(['CALENDAR_NEVER_OPEN']);
    expect((await readSettings())?.calendar.week).toHaveLength(5);
  });

  it('refuses a closing day with both or neither kind, a bad yearly day or one already listed', async () => {
    const add = (input: { onDate?: string; everyYearOn?: string; nameNl: string; nameEn: string }) =>
      gql(url, ADD_CLOSING, { input }, { token: admin }).then((r) =>
        r.data?.addClosingDay.errors.map((e) => [e.field, e.code]),
      );
    expect(await add({ onDate: '2031-05-05', everyYearOn: '05-05', nameNl: 'x', nameEn: 'x' })).toEqual([
      ['onDate', 'CLOSING_DAY_ONE_KIND'],
    ]);
    expect(await add({ nameNl: '', nameEn: 'x' })).toEqual([
      ['onDate', 'CLOSING_DAY_ONE_KIND'],
      ['nameNl', 'REQUIRED'],
    ]);
    expect(await add({ everyYearOn: '13-01', nameNl: 'x', nameEn: 'x' })).toEqual([
      ['everyYearOn', 'INVALID_YEARLY_DAY'],
    ]);
    expect(await add({ everyYearOn: '07-11', nameNl: 'x', nameEn: 'x' })).toEqual([
      ['everyYearOn', 'CLOSING_DAY_EXISTS'],
    ]);
    const invalidDay = await gql(
      url,
      ADD_CLOSING,
      { input: { onDate: '2031-02-30', nameNl: 'x', nameEn: 'x' } },
      { token: admin },
    );
    expect(errorCode(invalidDay)).toBe('BAD_USER_INPUT');
  });

  it('moves an open ticket’s due time when a closing day is added, and back when it is removed (audited)', async () => {
    const ticket = await createTicket('QUESTION');
    // Monday 1 June 2026, 09:00: two working days to resolve, due Wednesday 09:00.
    await createdAt(ticket, '2026-06-01T09:00:00+02:00');
    expect((await dueTimes(ticket))?.resolution).toEqual(new Date('2026-06-03T09:00:00+02:00'));
    const added = await gql(
      url,
      ADD_CLOSING,
      { input: { onDate: '2026-06-02', nameNl: 'Verhuis', nameEn: 'Moving' } },
      { token: admin },
    );
    expect(added.data?.addClosingDay.errors).toEqual([]);
    const day = added.data?.addClosingDay.settings?.calendar.closingDays.find(
      (d) => d.onDate === '2026-06-02',
    );
    if (!day) throw new Error('not added');
    try {
      // The trigger scheduled the recompute job (run here: the test server has no worker).
      const jobs = await ownerQuery(
        server.dbUrl,
        "SELECT 1 FROM graphile_worker.jobs WHERE key = 'recompute-ticket-clocks'",
      );
      expect(jobs).toHaveLength(1);
      await recomputeTicketClocks(server.app, new Date());
      expect((await dueTimes(ticket))?.resolution).toEqual(new Date('2026-06-04T09:00:00+02:00'));
      const [audit] = await audits('ticketSettings.closingDayAdded', day.id);
      expect(audit?.changes).toContainEqual({ field: 'onDate', old: null, new: '2026-06-02' });
    } finally {
      await gql(url, REMOVE_CLOSING, { id: day.id }, { token: admin });
    }
    await recomputeTicketClocks(server.app, new Date());
    expect((await dueTimes(ticket))?.resolution).toEqual(new Date('2026-06-03T09:00:00+02:00'));
    expect(await audits('ticketSettings.closingDayRemoved', day.id)).toHaveLength(1);
  });
});

describe('calendar cache', () => {
  let second: TestServer;
  beforeAll(async () => {
    second = await startTestServer({}, { databaseUrl: server.dbUrl });
  });
  afterAll(() => second.stop());

  it('saves a timer run its calendar statement once cached', async () => {
    const ticket = await createTicket('QUESTION');
    const dataSource = server.app.dataSource;
    const logger = dataSource.logger;
    let statements = 0;
    const count = (run: () => Promise<unknown>) => {
      statements = 0;
      return run().then(() => statements);
    };
    // Every statement the data source sends passes its logger.
    dataSource.logger = Object.assign(Object.create(logger), { logQuery: () => void statements++ });
    try {
      const timer = () => runTicketTimer(server.app, ticket, new Date());
      await timer();
      const cached = await count(timer);
      calendarCache(dataSource).invalidate();
      const uncached = await count(timer);
      expect(uncached - cached).toBe(1);
    } finally {
      dataSource.logger = logger;
    }
  });

  it('serves a calendar from memory and drops it in another server when the calendar changes there', async () => {
    const read = () =>
      inScope(second.app.dataSource, { kind: 'system' }, (em) => loadCalendar(em, settings.calendar.id));
    const first = await read();
    // Cached: the same value again, no statement.
    expect(await read()).toBe(first);
    const added = await gql(
      url,
      ADD_CLOSING,
      { input: { onDate: '2032-04-07', nameNl: 'Cache', nameEn: 'Cache' } },
      { token: admin },
    );
    const day = added.data?.addClosingDay.settings?.calendar.closingDays.find(
      (d) => d.onDate === '2032-04-07',
    );
    if (!day) throw new Error('not added');
    try {
      await vi.waitFor(async () => {
        const now = await read();
        expect(now.kind === 'OFFICE' && now.closedDates.has('2032-04-07')).toBe(true);
      });
    } finally {
      await gql(url, REMOVE_CLOSING, { id: day.id }, { token: admin });
    }
    await vi.waitFor(async () => {
      const now = await read();
      expect(now.kind === 'OFFICE' && now.closedDates.has('2032-04-07')).toBe(false);
    });
  });
});

describe('backfill', () => {
  it('gives a ticket from before the service levels its due times and state, without mailing about old breaches', async () => {
    const ticket = await createTicket('QUESTION');
    // As the ServiceLevels migration left it: created weeks ago, no targets, no due times, no timer.
    await ownerQuery(
      server.dbUrl,
      `UPDATE ticket SET created_at = '2026-09-01T10:00:00+02:00', status_changed_at = '2026-09-01T10:00:00+02:00',
              sla_targets = NULL, first_response_due_at = NULL, resolution_due_at = NULL, first_response_at_risk_at = NULL,
              resolution_at_risk_at = NULL, sla_state = NULL, timer_at = NULL
        WHERE id = $1`,
      [ticket],
    );
    const mailsBefore = (await outbox(server.dbUrl)).length;
    await recomputeTicketClocks(server.app, new Date('2026-11-02T12:00:00+01:00'), 3);
    expect(await dueTimes(ticket)).toEqual({
      // Tuesday 1 September 10:00: one working day to react, two to resolve.
      reaction: new Date('2026-09-02T10:00:00+02:00'),
      resolution: new Date('2026-09-03T10:00:00+02:00'),
      state: 'BREACHED',
    });
    const warned = await ownerQuery(
      server.dbUrl,
      'SELECT target, level FROM ticket_sla_warning WHERE ticket_id = $1',
      [ticket],
    );
    expect(warned).toHaveLength(4);
    expect((await outbox(server.dbUrl)).length).toBe(mailsBefore);
    const [row] = await ownerQuery(server.dbUrl, 'SELECT sla_targets, timer_at FROM ticket WHERE id = $1', [
      ticket,
    ]);
    expect(row.sla_targets).toEqual({
      supportTypeId: supportType('QUESTION'),
      priority: 'NORMAL',
      reactionMinutes: 510,
      resolutionMinutes: 1020,
    });
    // Nothing left to warn about: the timer waits for nothing but the automations (none while Nieuw).
    expect(row.timer_at).toBeNull();
  });
});
